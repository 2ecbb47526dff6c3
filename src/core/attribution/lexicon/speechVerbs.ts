// Speech verbs: every inflection accepted as a cue, how strongly each one reports speech,
// and the words that may stand between a subject and its verb.
import { WEEKDAYS } from './places';
import { set, union } from './wordSet';

/**
 * Speech verbs in every inflection we accept as a cue, keyed by the lower-case form.
 * The value says how the form behaves: 'finite' (he said), 'participle' (saying: the
 * subject is the clause's), 'base' (will say). Past participles after be ("was said") are
 * recognised as passives by the cue finder, not here.
 */
const CUE_STEMS: Array<[string, string, string, string, string]> = [
  // base, 3rd person, past, -ing, (extra past form or '')
  ['say', 'says', 'said', 'saying', ''],
  ['tell', 'tells', 'told', 'telling', ''],
  ['add', 'adds', 'added', 'adding', ''],
  ['note', 'notes', 'noted', 'noting', ''],
  ['stress', 'stresses', 'stressed', 'stressing', ''],
  ['emphasize', 'emphasizes', 'emphasized', 'emphasizing', ''],
  ['emphasise', 'emphasises', 'emphasised', 'emphasising', ''],
  ['tweet', 'tweets', 'tweeted', 'tweeting', ''],
  ['write', 'writes', 'wrote', 'writing', 'written'],
  ['declare', 'declares', 'declared', 'declaring', ''],
  ['insist', 'insists', 'insisted', 'insisting', ''],
  ['warn', 'warns', 'warned', 'warning', ''],
  ['explain', 'explains', 'explained', 'explaining', ''],
  ['ask', 'asks', 'asked', 'asking', ''],
  ['reply', 'replies', 'replied', 'replying', ''],
  ['claim', 'claims', 'claimed', 'claiming', ''],
  ['argue', 'argues', 'argued', 'arguing', ''],
  ['state', 'states', 'stated', 'stating', ''],
  ['announce', 'announces', 'announced', 'announcing', ''],
  ['remark', 'remarks', 'remarked', 'remarking', ''],
  ['comment', 'comments', 'commented', 'commenting', ''],
  ['observe', 'observes', 'observed', 'observing', ''],
  ['acknowledge', 'acknowledges', 'acknowledged', 'acknowledging', ''],
  ['admit', 'admits', 'admitted', 'admitting', ''],
  ['concede', 'concedes', 'conceded', 'conceding', ''],
  ['suggest', 'suggests', 'suggested', 'suggesting', ''],
  ['urge', 'urges', 'urged', 'urging', ''],
  ['predict', 'predicts', 'predicted', 'predicting', ''],
  ['conclude', 'concludes', 'concluded', 'concluding', ''],
  ['respond', 'responds', 'responded', 'responding', ''],
  ['counter', 'counters', 'countered', 'countering', ''],
  ['complain', 'complains', 'complained', 'complaining', ''],
  ['caution', 'cautions', 'cautioned', 'cautioning', ''],
  ['vow', 'vows', 'vowed', 'vowing', ''],
  ['promise', 'promises', 'promised', 'promising', ''],
  ['pledge', 'pledges', 'pledged', 'pledging', ''],
  ['reiterate', 'reiterates', 'reiterated', 'reiterating', ''],
  ['confirm', 'confirms', 'confirmed', 'confirming', ''],
  ['maintain', 'maintains', 'maintained', 'maintaining', ''],
  ['contend', 'contends', 'contended', 'contending', ''],
  ['assert', 'asserts', 'asserted', 'asserting', ''],
  ['underline', 'underlines', 'underlined', 'underlining', ''],
  ['underscore', 'underscores', 'underscored', 'underscoring', ''],
  ['recall', 'recalls', 'recalled', 'recalling', ''],
  ['remember', 'remembers', 'remembered', 'remembering', ''],
  ['continue', 'continues', 'continued', 'continuing', ''],
  ['report', 'reports', 'reported', 'reporting', ''],
  ['quip', 'quips', 'quipped', 'quipping', ''],
  ['joke', 'jokes', 'joked', 'joking', ''],
  ['shout', 'shouts', 'shouted', 'shouting', ''],
  ['exclaim', 'exclaims', 'exclaimed', 'exclaiming', ''],
  ['boast', 'boasts', 'boasted', 'boasting', ''],
  ['mention', 'mentions', 'mentioned', 'mentioning', ''],
  ['recount', 'recounts', 'recounted', 'recounting', ''],
  ['describe', 'describes', 'described', 'describing', ''],
  ['demand', 'demands', 'demanded', 'demanding', ''],
  ['allege', 'alleges', 'alleged', 'alleging', ''],
  ['testify', 'testifies', 'testified', 'testifying', ''],
  ['answer', 'answers', 'answered', 'answering', ''],
  ['agree', 'agrees', 'agreed', 'agreeing', ''],
  ['deny', 'denies', 'denied', 'denying', ''],
  ['accuse', 'accuses', 'accused', 'accusing', ''],
  ['call', 'calls', 'called', 'calling', ''],
  ['tout', 'touts', 'touted', 'touting', ''],
  ['speak', 'speaks', 'spoke', 'speaking', 'spoken'],
  ['post', 'posts', 'posted', 'posting', ''],
  ['blast', 'blasts', 'blasted', 'blasting', ''],
  ['charge', 'charges', 'charged', 'charging', ''],
  ['point', 'points', 'pointed', 'pointing', ''],
  ['put', 'puts', 'put', 'putting', ''],
  // Only with "back" (PARTICLE_CUES): "shot back", "fired back", "hit back".
  ['shoot', 'shoots', 'shot', 'shooting', ''],
  ['fire', 'fires', 'fired', 'firing', ''],
  ['hit', 'hits', 'hit', 'hitting', ''],
  ['estimate', 'estimates', 'estimated', 'estimating', ''],
  ['think', 'thinks', 'thought', 'thinking', ''],
  ['believe', 'believes', 'believed', 'believing', ''],
  ['hope', 'hopes', 'hoped', 'hoping', ''],
  ['fear', 'fears', 'feared', 'fearing', ''],
  ['worry', 'worries', 'worried', 'worrying', ''],
  ['wonder', 'wonders', 'wondered', 'wondering', ''],
  ['retort', 'retorts', 'retorted', 'retorting', ''],
  ['scoff', 'scoffs', 'scoffed', 'scoffing', ''],
  ['lament', 'laments', 'lamented', 'lamenting', ''],
  ['decry', 'decries', 'decried', 'decrying', ''],
  ['denounce', 'denounces', 'denounced', 'denouncing', ''],
  ['praise', 'praises', 'praised', 'praising', ''],
  ['slam', 'slams', 'slammed', 'slamming', ''],
  ['criticize', 'criticizes', 'criticized', 'criticizing', ''],
  ['criticise', 'criticises', 'criticised', 'criticising', ''],
  ['mock', 'mocks', 'mocked', 'mocking', ''],
  ['muse', 'muses', 'mused', 'musing', ''],
  ['repeat', 'repeats', 'repeated', 'repeating', ''],
  ['echo', 'echoes', 'echoed', 'echoing', ''],
  ['hint', 'hints', 'hinted', 'hinting', ''],
  ['advise', 'advises', 'advised', 'advising', ''],
  ['assure', 'assures', 'assured', 'assuring', ''],
  ['reassure', 'reassures', 'reassured', 'reassuring', ''],
  ['inform', 'informs', 'informed', 'informing', ''],
  ['remind', 'reminds', 'reminded', 'reminding', ''],
  ['indicate', 'indicates', 'indicated', 'indicating', ''],
  ['proclaim', 'proclaims', 'proclaimed', 'proclaiming', ''],
  ['propose', 'proposes', 'proposed', 'proposing', ''],
  ['protest', 'protests', 'protested', 'protesting', ''],
  ['recommend', 'recommends', 'recommended', 'recommending', ''],
  ['reveal', 'reveals', 'revealed', 'revealing', ''],
  ['threaten', 'threatens', 'threatened', 'threatening', ''],
  ['disclose', 'discloses', 'disclosed', 'disclosing', ''],
  ['dismiss', 'dismisses', 'dismissed', 'dismissing', ''],
  ['dispute', 'disputes', 'disputed', 'disputing', ''],
  ['object', 'objects', 'objected', 'objecting', ''],
  ['plead', 'pleads', 'pleaded', 'pleading', ''],
  ['speculate', 'speculates', 'speculated', 'speculating', ''],
  ['swear', 'swears', 'swore', 'swearing', 'sworn'],
  ['yell', 'yells', 'yelled', 'yelling', ''],
  ['brag', 'brags', 'bragged', 'bragging', ''],
  ['confess', 'confesses', 'confessed', 'confessing', ''],
  ['label', 'labels', 'labeled', 'labeling', 'labelled'],
  ['dub', 'dubs', 'dubbed', 'dubbing', ''],
  ['term', 'terms', 'termed', 'terming', ''],
  ['brand', 'brands', 'branded', 'branding', ''],
  ['characterize', 'characterizes', 'characterized', 'characterizing', ''],
  ['attack', 'attacks', 'attacked', 'attacking', ''],
  ['question', 'questions', 'questioned', 'questioning', ''],
  ['thank', 'thanks', 'thanked', 'thanking', ''],
  ['chant', 'chants', 'chanted', 'chanting', ''],
  ['cry', 'cries', 'cried', 'crying', ''],
  ['read', 'reads', 'read', 'reading', ''],
  ['pronounce', 'pronounces', 'pronounced', 'pronouncing', ''],
  ['recount', 'recounts', 'recounted', 'recounting', ''],
  ['reply', 'replies', 'replied', 'replying', ''],
  ['tease', 'teases', 'teased', 'teasing', ''],
  ['concur', 'concurs', 'concurred', 'concurring', ''],
  ['predict', 'predicts', 'predicted', 'predicting', ''],
  // "A 2014 report found “no evidence …”": a study's or an inquiry's conclusion, in its words.
  ['find', 'finds', 'found', 'finding', ''],
  ['explain', 'explains', 'explained', 'explaining', ''],
  ['ask', 'asks', 'asked', 'asking', ''],
  ['blame', 'blames', 'blamed', 'blaming', ''],
  ['insist', 'insists', 'insisted', 'insisting', ''],
  ['scold', 'scolds', 'scolded', 'scolding', ''],
  ['refer', 'refers', 'referred', 'referring', ''],
  ['hail', 'hails', 'hailed', 'hailing', ''],
  ['deride', 'derides', 'derided', 'deriding', ''],
  ['ridicule', 'ridicules', 'ridiculed', 'ridiculing', ''],
  ['condemn', 'condemns', 'condemned', 'condemning', ''],
  ['applaud', 'applauds', 'applauded', 'applauding', ''],
  ['welcome', 'welcomes', 'welcomed', 'welcoming', ''],
  ['opine', 'opines', 'opined', 'opining', ''],
  ['defend', 'defends', 'defended', 'defending', ''],
  ['identify', 'identifies', 'identified', 'identifying', ''],
  ['reject', 'rejects', 'rejected', 'rejecting', ''],
  ['beam', 'beams', 'beamed', 'beaming', ''],
  ['talk', 'talks', 'talked', 'talking', ''],
  ['interject', 'interjects', 'interjected', 'interjecting', ''],
  ['snap', 'snaps', 'snapped', 'snapping', ''],
  ['chime', 'chimes', 'chimed', 'chiming', ''],
  ['gush', 'gushes', 'gushed', 'gushing', ''],
  ['offer', 'offers', 'offered', 'offering', ''],
  // Manner of speaking: speech next to a quotation (`"…," the senator fumed`), else ordinary verbs.
  ['fume', 'fumes', 'fumed', 'fuming', ''],
  ['jeer', 'jeers', 'jeered', 'jeering', ''],
  ['taunt', 'taunts', 'taunted', 'taunting', ''],
  ['heckle', 'heckles', 'heckled', 'heckling', ''],
  ['cheer', 'cheers', 'cheered', 'cheering', ''],
  ['roar', 'roars', 'roared', 'roaring', ''],
  ['holler', 'hollers', 'hollered', 'hollering', ''],
  ['bellow', 'bellows', 'bellowed', 'bellowing', ''],
  ['beg', 'begs', 'begged', 'begging', ''],
  ['interrupt', 'interrupts', 'interrupted', 'interrupting', ''],
  ['deadpan', 'deadpans', 'deadpanned', 'deadpanning', ''],
  ['rave', 'raves', 'raved', 'raving', ''],
  ['preach', 'preaches', 'preached', 'preaching', ''],
  ['growl', 'growls', 'growled', 'growling', ''],
  ['snarl', 'snarls', 'snarled', 'snarling', ''],
  ['shriek', 'shrieks', 'shrieked', 'shrieking', ''],
  ['wail', 'wails', 'wailed', 'wailing', ''],
  ['snipe', 'snipes', 'sniped', 'sniping', ''],
  ['gripe', 'gripes', 'griped', 'griping', ''],
  ['grouse', 'grouses', 'groused', 'grousing', ''],
  ['grumble', 'grumbles', 'grumbled', 'grumbling', ''],
  ['marvel', 'marvels', 'marveled', 'marveling', 'marvelled'],
  ['demur', 'demurs', 'demurred', 'demurring', ''],
  ['bark', 'barks', 'barked', 'barking', ''],
  ['implore', 'implores', 'implored', 'imploring', ''],
  ['intone', 'intones', 'intoned', 'intoning', ''],
  ['venture', 'ventures', 'ventured', 'venturing', ''],
  ['whisper', 'whispers', 'whispered', 'whispering', ''],
  ['mutter', 'mutters', 'muttered', 'muttering', ''],
  ['murmur', 'murmurs', 'murmured', 'murmuring', ''],
  ['scream', 'screams', 'screamed', 'screaming', ''],
  ['sneer', 'sneers', 'sneered', 'sneering', ''],
  ['laugh', 'laughs', 'laughed', 'laughing', ''],
  ['sigh', 'sighs', 'sighed', 'sighing', ''],
  ['boom', 'booms', 'boomed', 'booming', ''],
  ['chuckle', 'chuckles', 'chuckled', 'chuckling', ''],
  ['utter', 'utters', 'uttered', 'uttering', ''],
];

export type CueForm = 'finite' | 'participle' | 'base';

/**
 * Cue verbs whose speech sense needs a particle ("pointed out", "went on") or which are
 * speech verbs only in some uses ("called X a liar", "agreed that"): they count as cues
 * only next to a quotation or a that-clause, which the cue finder checks.
 */
function forms(bases: string): ReadonlySet<string> {
  const wanted = new Set(bases.trim().split(/\s+/));
  return new Set(CUE_STEMS.filter((stem) => wanted.has(stem[0])).flatMap((stem) => stem.filter(Boolean)));
}

/**
 * Verbs that report speech only sometimes ("agreed to meet", "feared the worst"): cues only
 * when a that-clause, a colon or a quotation follows within a few words, or right after a
 * quotation (`"…," she hoped`).
 */
export const WEAK_CUES = forms(`
  agree deny continue report speak post mention fear worry hope think believe wonder estimate read
  inform remind indicate propose protest recommend reveal threaten disclose object plead concur muse assure
  reassure advise swear pronounce hint point snap chime offer shoot fire hit
  fume snipe gripe grouse grumble marvel demur bark implore intone venture whisper mutter murmur
  scream sneer laugh sigh boom chuckle remember
  jeer taunt heckle cheer roar holler bellow beg interrupt deadpan rave preach growl snarl shriek wail
`);

/**
 * Verbs of judging someone's words or acts ("called it "a disaster"", "mocked … as "bullshit""):
 * cues when a quotation follows anywhere in their sentence.
 */
export const EVALUATIVE_CUES = forms(`
  call describe dub label term brand characterize praise slam criticize criticise denounce decry
  attack blast accuse charge tout question dismiss dispute blame thank lament scoff tease chant yell
  cry echo repeat mock scold refer hail deride ridicule condemn applaud welcome defend identify reject
  beam talk
`);

/** Weak cues whose listener comes before the that-clause: "assured the town's residents that …". */
export const LISTENER_FIRST_CUES = forms('assure reassure inform advise remind');

/** Verbs of asking: whoever is asked answers next ("Lund asked Berg which towns he could win"). */
export const QUESTION_CUES = forms('ask question');

/** Base forms that are speech verbs after a plain subject: "Officials say", "Critics argue". */
export const BASE_CUES = set('say tell add insist argue claim warn write explain predict contend believe think estimate acknowledge admit suggest maintain fear worry agree note caution concede complain hope');

/** Cue verbs that need a following word to be speech: "pointed out", "put it". */
export const PARTICLE_CUES: ReadonlyMap<string, string> = new Map([
  ['point', 'out'], ['points', 'out'], ['pointed', 'out'], ['pointing', 'out'],
  // "As Berg put it, "…"", "She puts it bluntly:".
  ['put', 'it'], ['puts', 'it'], ['putting', 'it'],
  // "Berg shot back, "…"", "the campaign fired back": a retort (weak: "the police fired back").
  ['shoot', 'back'], ['shoots', 'back'], ['shot', 'back'], ['shooting', 'back'],
  ['fire', 'back'], ['fires', 'back'], ['fired', 'back'], ['firing', 'back'],
  ['hit', 'back'], ['hits', 'back'], ['hitting', 'back'],
]);

export const CUE_FORMS: ReadonlyMap<string, CueForm> = (() => {
  const map = new Map<string, CueForm>();
  for (const [base, third, past, ing, extra] of CUE_STEMS) {
    map.set(base, 'base');
    map.set(third, 'finite');
    map.set(past, 'finite');
    map.set(ing, 'participle');
    if (extra) map.set(extra, 'finite');
  }
  return map;
})();

/** Auxiliaries and adverbs that may stand between a subject and its speech verb. */
export const VERB_GAP = union(WEEKDAYS, set(`
  also later then earlier again further once previously repeatedly recently quickly
  has had have will would could can may might shall should did does do not never
  just only still even already however though too yet once reportedly publicly privately
  simply bluntly flatly firmly angrily earnestly sternly calmly frankly openly separately
  initially subsequently now today yesterday tonight first originally finally eventually ultimately
`));

/**
 * Nouns for something said: "Trump's pledge to be "neutral"", "the mayor's call for a
 * "revolution"". Their possessor is the speaker of a quotation they introduce.
 */
export const SPEECH_NOUNS = set(`
  words word remark remarks comment comments statement statements claim claims assertion assertions
  pledge pledges promise promises vow vows call calls plea pleas appeal appeals demand demands
  warning warnings threat threats response reply answer retort rejection denial admission
  suggestion suggestions proposal proposals description characterization label phrase catchphrase
  slogan motto mantra refrain line lines quip joke boast complaint complaints charge charges
  accusation accusations criticism attack attacks broadside insistence declaration argument arguments
  message tweet tweets speech address question questions reference dismissal praise
  prediction predictions assessment verdict insult insults apology defense defence
  rhetoric language talk reaction reactions
`);

/**
 * "In his opinion, …", "In the minister's view, …", "In her words, …": nouns whose possessor,
 * after a sentence's "in", credits what follows as "according to" does.
 */
export const VIEW_NOUNS = set('opinion view views words estimation judgment judgement assessment');
