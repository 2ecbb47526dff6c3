// Word lists the rules consult. They describe English news prose in general (how titles,
// organisations and speech verbs are written), never a particular corpus: a word belongs
// here only if it would be right for any wire story.

function set(words: string): ReadonlySet<string> {
  return new Set(words.trim().split(/\s+/));
}

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
  ['write', 'writes', 'wrote', 'writing', ''],
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
  inform indicate propose protest recommend reveal threaten disclose object plead concur muse assure
  reassure advise swear pronounce hint point snap chime offer
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

/** Base forms that are speech verbs after a plain subject: "Officials say", "Critics argue". */
export const BASE_CUES = set('say tell add insist argue claim warn write explain predict contend believe think estimate acknowledge admit suggest maintain fear worry agree note caution concede complain hope');

/** Cue verbs that need a following particle to be speech: "pointed out", "went on". */
export const PARTICLE_CUES: ReadonlyMap<string, string> = new Map([
  ['point', 'out'], ['points', 'out'], ['pointed', 'out'], ['pointing', 'out'],
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
export const VERB_GAP = set(`
  also later then earlier again further once previously repeatedly recently quickly
  has had have will would could can may might shall should did does do not never
  just only still even already however though too yet once reportedly publicly privately
  simply bluntly flatly firmly angrily earnestly sternly calmly frankly openly separately
  initially subsequently now today yesterday tonight
  monday tuesday wednesday thursday friday saturday sunday
`);

/** Lower-case nouns for people by role: "the spokesman said", "a senior official said". */
export const PERSON_ROLE_NOUNS = set(`
  spokesman spokeswoman spokesperson spokespeople secretary minister president premier
  chancellor leader official officials representative envoy ambassador diplomat
  senator congressman congresswoman lawmaker legislator governor mayor chairman chairwoman
  chair director chief head commander general officer adviser advisor aide counselor
  counsellor negotiator analyst expert source sources lawyer attorney prosecutor judge
  candidate nominee campaigner activist economist professor researcher scientist author
  executive ceo founder manager owner king queen prince princess monarch pope cleric
  clergyman priest bishop imam rabbi emperor dictator strongman ruler politician statesman
  deputy assistant consul attache attaché correspondent journalist reporter editor columnist
  commentator witness victim resident residents man woman father mother
  speaker hopeful ally supporter critic opponent rival backer strategist consultant pollster
  operative donor voter delegate member host anchor organizer organiser founder insider
`);

/** Lower-case nouns for organisations by kind: "the ministry said", "the company said". */
export const ORG_ROLE_NOUNS = set(`
  ministry department agency administration government kremlin campaign committee council
  commission office bureau service court bank company firm corporation group union
  association organization organisation institute university police army military navy
  party parliament congress senate cabinet embassy consulate authorities authority
  alliance coalition foundation fund federation board league network newspaper channel
  broadcaster station airline regulator watchdog mission secretariat directorate team
  club spokesmen press
`);

/** Things that speak in print: "the report says", "a statement said", "her campaign's ad claims". */
export const SOURCE_NOUNS = set(`
  statement report letter study poll survey memo memorandum website site book article editorial
  column ad ads advertisement video email e-mail message release transcript filing complaint
  lawsuit document documents analysis paper piece story tweet post page account record records
  sign banner caption headline note notice order ruling opinion decision brief motion indictment
  affidavit testimony speech remarks interview op-ed blog podcast broadcast documentary book
  announcement petition platform manifesto resolution bill law proposal plan policy guidance
  budget audit review investigation inquiry findings data research paper newsletter flyer
  leaflet mailer brochure slogan
`);

/** Modifiers that may precede a role noun inside the subject noun phrase. */
export const ROLE_MODIFIERS = set(`
  presidential press foreign defense defence interior justice finance state senior top
  chief deputy former acting vice prime assistant national federal regional local
  military diplomatic official government white house campaign security intelligence
  economic trade health energy education public communications media information
  spokesman spokeswoman ministry department agency kremlin embassy union party
  secretary general executive managing principal first second deputy high-ranking
  long-time longtime veteran new outgoing incoming then-president
`);

/** Groups of interchangeable role words: "the press secretary" may refer back to a "spokesman". */
export const ROLE_GROUPS: ReadonlyArray<ReadonlySet<string>> = [
  set('spokesman spokeswoman spokesperson press-secretary representative'),
  set('president leader head premier chancellor'),
  set('minister secretary'),
  set('ministry department'),
  set('senator lawmaker congressman congresswoman legislator'),
  set('ambassador envoy diplomat'),
  set('chairman chairwoman chair'),
  set('lawyer attorney'),
  set('company firm corporation'),
];

/** Capitalized words that are titles or offices before a name ("Foreign Minister Sergey Lavrov"). */
export const TITLE_WORDS = set(`
  mr mrs ms miss dr prof sir dame lord lady mx
  president vice prime minister secretary senator sen rep representative gov governor
  mayor chancellor king queen prince princess pope general gen lt lieutenant colonel col
  captain capt admiral adm sergeant sgt major maj judge justice ambassador chairman
  chairwoman chair director commissioner spokesman spokeswoman spokesperson deputy chief
  attorney speaker leader majority minority officer executive ceo cfo coo premier sheikh
  rabbi reverend rev father bishop cardinal archbishop emir crown sultan ayatollah
  patriarch coach professor detective sheriff superintendent inspector agent envoy
  presidential press foreign defense defence interior finance state former acting
  assistant undersecretary under-secretary congressman congresswoman councillor
  councilman councilwoman candidate nominee commander marshal brig brigadier emperor
  pastor imam president-elect chief-of-staff first lady justice
`);

/** Capitalized words that name an office's domain rather than a person ("Secretary of State"). */
export const DOMAIN_WORDS = set(`
  state foreign defense defence interior justice finance treasury affairs homeland security
  health energy trade commerce education labor labour agriculture transport transportation
  economy economic environment environmental national federal senior former acting
  executive majority minority democratic republican presidential press public relations
  communications intelligence navy army air force information development human rights
  internal external general social culture emergency emergencies situations industry
  science technology digital veterans housing urban justice armed forces joint staff
  staff international
`);

/** Capitalized words that make a name an organisation ("Foreign Ministry", "White House"). */
export const ORG_WORDS = set(`
  ministry department agency party kremlin committee council commission office bureau
  service services court bank company co corp corporation inc ltd llc plc group union
  association organization organisation institute university college school police army
  navy government administration congress senate parliament duma assembly house pentagon
  foundation fund federation reserve board league network times post journal news press
  channel tv radio airlines airways authority authorities coalition alliance forces guard
  embassy consulate cabinet secretariat mission centre center club society corps tribunal
  directorate inspectorate watch international trust partners holdings capital motors
  technologies systems media studios agency kremlin commonwealth command council
  ministries departments committees campaign caucus fed interfax tass reuters xinhua ria
  novosti sputnik afp ap bloomberg cnn bbc nbc cbs abc fox msnbc politico
  gazette tribune herald telegraph guardian observer chronicle examiner courier daily
  weekly magazine review associated
`);

/** Nationality adjectives and country short forms that may open a title or an organisation. */
export const NATIONALITIES = set(`
  russian american us u.s. u.s.a. usa uk u.k. british english chinese french german
  italian spanish japanese korean north south ukrainian polish turkish iranian iraqi
  syrian israeli palestinian egyptian saudi indian pakistani afghan canadian mexican
  brazilian australian european western eastern soviet belarusian georgian armenian
  azerbaijani kazakh uzbek lithuanian latvian estonian finnish swedish norwegian danish
  dutch belgian swiss austrian czech slovak hungarian romanian bulgarian serbian croatian
  greek cypriot lebanese jordanian libyan tunisian algerian moroccan nigerian kenyan
  ethiopian venezuelan cuban colombian argentine argentinian chilean peruvian filipino
  indonesian vietnamese thai malaysian singaporean emirati qatari kuwaiti yemeni crimean
  ossetian chechen nato eu un african asian arab latin
`);

/** Place names that speak only by metonymy ("Moscow said"): organisations, not people. */
export const PLACES = set(`
  russia moscow washington america us u.s. usa united states kingdom britain london
  china beijing france paris germany berlin ukraine kiev kyiv syria damascus iran tehran
  iraq baghdad israel jerusalem turkey ankara japan tokyo korea seoul pyongyang india
  delhi pakistan afghanistan kabul canada ottawa mexico brazil europe asia africa
  brussels geneva vienna warsaw poland crimea donbass sochi minsk belarus georgia
  tbilisi egypt cairo saudi arabia riyadh qatar doha lebanon beirut libya tripoli
  venezuela caracas cuba havana italy rome spain madrid sweden norway finland denmark
  netherlands hague belgium switzerland austria greece athens hungary budapest romania
  serbia belgrade latvia lithuania estonia kazakhstan astana uzbekistan armenia yerevan
  azerbaijan baku moldova st petersburg new york california texas florida
  white house capitol hill
  alabama alaska arizona arkansas colorado connecticut delaware hawaii idaho illinois indiana
  iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi
  missouri montana nebraska nevada hampshire jersey mexico carolina dakota ohio oklahoma oregon
  pennsylvania rhode tennessee utah vermont virginia wisconsin wyoming chicago boston
  philadelphia houston dallas atlanta miami detroit seattle denver phoenix cleveland baltimore
  los angeles san francisco diego las vegas orleans manhattan brooklyn iowa nigeria kenya
  ethiopia somalia yemen jordan tunisia algeria morocco sudan chile peru colombia argentina
  australia zealand indonesia vietnam thailand philippines malaysia singapore taiwan hong kong
  portugal ireland scotland wales england czech slovakia croatia bulgaria cyprus iceland
  scandinavia balkans caucasus gulf pacific atlantic arctic
`);

/** Months and days: capitalized, but never part of a name. */
export const CALENDAR = set(`
  january february march april may june july august september october november december
  jan feb mar apr jun jul aug sep sept oct nov dec
  monday tuesday wednesday thursday friday saturday sunday
  mon tue tues wed thu thur thurs fri sat sun
`);

/** Words that are capitalized only because they open a sentence or a headline. */
export const FUNCTION_WORDS = set(`
  the a an this that these those there here it its it's he she they we i you his her
  their our my your him them us me who whom whose which what when where why how
  and but or nor so yet for if then than as because although though while whereas
  unless until since after before during despite against among between about above
  below over under into onto upon within without through throughout toward towards
  from to of in on at by with via per amid amidst also however meanwhile moreover
  furthermore nevertheless nonetheless still instead indeed earlier later thus hence
  otherwise besides once now today yesterday tomorrow shortly asked speaking according
  all any some many most much more few several each every both either neither no not
  other another such only just even also back last next first new our
  is are was were be been being has have had do does did will would can could may
  might shall should must let lets let's
  mr mrs ms dr
  others hundreds thousands millions dozens scores along amid beyond despite toward unlike like
  following regarding including across behind below beneath beside inside outside throughout
  whether every everyone everybody nobody none someone somebody anyone something nothing
`);

/** Words of web-page furniture that open lines capitalized ("Photo", "Related", "Story Code"). */
export const FURNITURE_WORDS = set(`
  photo file video image read see click share comment comments reply related more follow
  updated update advertisement breaking exclusive watch listen home news world politics
  business opinion story code
`);

/** Abbreviations that end with a period without ending the sentence. */
export const ABBREVIATIONS = set(`
  mr mrs ms dr prof sr jr st mt gen lt col capt sgt adm maj rep sen gov pres sec
  inc corp co ltd no nos vs etc jan feb mar apr jun jul aug sep sept oct nov dec
  a.m p.m u.s u.k u.n e.u u.s.a i.e e.g approx est dept univ ave blvd
`);

/** Pronouns that may be the subject of a speech verb, with what they can refer to. */
export const PRONOUNS: ReadonlyMap<string, 'person' | 'organization' | 'group'> = new Map([
  ['he', 'person'], ['she', 'person'], ['it', 'organization'], ['they', 'group'],
]);

/** Prepositions: a name right after one is not the subject of its sentence. */
export const PREPOSITIONS = set(`
  in on at by with from to of for about after before between against among during
  over under into onto upon within without through toward towards via per amid
  across behind beside besides beyond near than like including
`);

/** Given names that mark the following capitalized word as a person's surname. */
export const HONORIFICS = set('mr mrs ms miss dr sir dame mx');

/**
 * Common given names by usual gender, so "he" and "she" skip people of the other one. A
 * name missing here only means unknown: pronouns then follow recency alone.
 */
export const FEMALE_NAMES = set(`
  hillary nancy elizabeth sarah mary patricia jennifer linda barbara susan jessica karen lisa
  betty margaret sandra ashley kimberly emily donna michelle carol amanda melissa deborah
  stephanie rebecca sharon laura cynthia kathleen amy angela shirley anna brenda pamela emma
  nicole helen samantha katherine christine debra rachel carolyn janet catherine maria heather
  diane ruth julie olivia joyce virginia victoria kelly lauren christina joan evelyn judith
  megan andrea cheryl hannah jacqueline martha gloria teresa ann sara madison frances kathryn
  janice jean abigail alice judy sophia grace denise amber doris marilyn danielle beverly
  isabella theresa diana natalie brittany charlotte marie kayla alexis lori melania ivanka
  chelsea michele condoleezza nikki kellyanne huma madeleine elena sonia ruth loretta janet
  angela theresa marine christine ursula federica jacinda golda indira benazir tulsi kamala
  kirsten dianne debbie donna valerie susana jill tammy amy carly betsy sheryl oprah meghan
  megyn maria marsha lindsey jeanne catherine jane jen katie kate kathy sally stacey tina
  wendy yvonne zoe irina olga svetlana natalia tatiana yulia anastasia ekaterina galina lyudmila
  valentina marina elvira veronika
`);

export const MALE_NAMES = set(`
  donald barack bernie bill george john james robert michael william david richard joseph
  thomas charles christopher daniel matthew anthony mark paul steven andrew kenneth joshua
  kevin brian edward ronald timothy jason jeffrey ryan jacob gary nicholas eric jonathan
  stephen larry justin scott brandon benjamin samuel gregory frank alexander raymond patrick
  jack dennis jerry tyler aaron jose adam henry nathan douglas zachary peter kyle walter ethan
  jeremy harold keith christian roger noah gerald carl terry sean austin arthur lawrence
  jesse dylan bryan joe jordan billy bruce albert willie gabriel logan alan juan wayne roy
  ralph randy eugene vincent russell elijah louis bobby philip johnny ted marco jeb mitt rand
  mike chris newt rudy reince corey jared mitch harry chuck tim tom jim bob dick al rick
  vladimir dmitry sergey sergei nikolai ivan boris alexei alexey yuri igor viktor andrei
  mikhail pavel oleg maxim konstantin valery anatoly gennady vyacheslav grigory leonid
  emmanuel francois nicolas jacques angelo matteo giuseppe silvio recep bashar benjamin
  ehud ariel shinzo xi li narendra tony gordon nigel jeremy hassan
  mahmoud ali mohammed muhammad ahmed omar hamid abdullah salman kim moon jae
`);

/** Role words that tell a person's gender ("spokeswoman", "first lady"). */
export const FEMALE_WORDS = set('mrs ms miss madam dame lady spokeswoman chairwoman congresswoman businesswoman actress wife mother sister daughter queen princess widow grandmother aunt niece girl woman');
export const MALE_WORDS = set('mr sir lord spokesman chairman congressman businessman actor husband father brother son king prince widower grandfather uncle nephew boy man');
