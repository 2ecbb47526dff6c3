// Closed-class words: function words, prepositions, pronouns, abbreviations, page furniture.
import { set, union } from './wordSet';

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
  business opinion story code hide ad advert most popular trending sponsored recommended
`);

/** A wire service's version marks before a headline, never a name: "(3rd LD)", "2nd LD Writethru:". */
export const WIRE_VERSION_MARKS = set('ld writethru');

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

/** The same pronouns as objects ("according to him"), with what they can refer to. */
export const OBJECT_PRONOUNS: ReadonlyMap<string, 'person' | 'group'> = new Map([['him', 'person'], ['her', 'person'], ['them', 'group']]);

/** The same pronouns as possessive determiners ("in her view"), with what they can refer to. */
export const POSSESSIVE_PRONOUNS: ReadonlyMap<string, 'person' | 'organization' | 'group'> = new Map([
  ['his', 'person'], ['her', 'person'], ['its', 'organization'], ['their', 'group'],
]);

/** Verbs before a bare infinitive: "will say", "did not tell", "must insist". */
export const MODALS = set('will would can could may might shall should must do does did');

/** Auxiliary verbs: a word after them is a verb, a plural before them is their subject. */
export const AUXILIARIES = union(MODALS, set('is are was were has had have'));

/** What a verb's base form follows: a modal, or the "to" of an infinitive ("wants to say"). */
export const BEFORE_BASE_FORM = union(MODALS, set('to'));

/**
 * Adverbs that deny the verb they stand before: "would never say", "could hardly deny" report
 * that something was not said.
 */
export const NEGATING_ADVERBS = set('not never hardly scarcely barely rarely seldom');

/** Prepositions of place: a one-word name right after one ("in Patna", "at Ferrybridge") is where, not who. */
export const LOCATIVE_PREPOSITIONS = set('in at near outside inside across throughout');

/** Prepositions: a name right after one is not the subject of its sentence. */
export const PREPOSITIONS = set(`
  in on at by with from to of for about after before between against among during
  over under into onto upon within without through toward towards via per amid
  across behind beside besides beyond near than like including
  alongside amongst amidst despite throughout unlike beneath underneath regarding
`);

/** Conjunctions that join clauses of equal rank: "The mayor did not name anyone, but told …". */
export const COORDINATORS = set('and but or nor yet');

/** Conjunctions that open an adverbial clause with a subject of its own: "When Berg arrived, …". */
export const SUBORDINATORS = set('after before when while because since until if unless although though whereas whether once');

/**
 * The same where a clause starts ("As Berg put it, …", "said as the vote began"). "As" is
 * only here: inside a sentence it is mostly a preposition ("known as", "portraying them as").
 */
export const CLAUSE_START_SUBORDINATORS = union(SUBORDINATORS, set('as'));

/** Numbers written as words: "Two weeks after …", "four in 10". */
export const NUMBER_WORDS = set(`
  one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty
  hundred hundreds thousands millions dozens
`);

/** Quantifiers that stand for people on their own: "Most said", "several told". */
export const PEOPLE_QUANTIFIERS = set('most many several some half few others');

/** Words that soften a figure and belong to its phrase: "about four in 10", "Nearly 40 percent". */
export const APPROXIMATORS = set('about nearly almost roughly around over some just only');

/** The articles: "the", "a", "an". */
export const ARTICLES = set('a an the');

/** Determiners that bring in one person not named: "a neighbour", "one Democrat", "another resident". */
export const SINGLE_INDEFINITES = set('a an one another');

/** Nouns that end in -ly, unlike the manner adverbs ("privately", "loudly"): "the family said". */
export const LY_NOUNS = set('family assembly ally rally supply monopoly anomaly');

/** Common irregular past tenses, which the "-ed" test misses: "remarks Berg made", "Berg took the stage". */
export const IRREGULAR_PASTS = set(`
  made took gave went came got held ran won lost left met thought knew saw began became brought
  sent spent kept felt stood paid put set led built bought caught fought found heard meant sold
  struck taught understood wore drew drove flew grew threw chose spoke broke rose fell
`);

/** Determiners of a plural: a name after one names many people ("Other Bergeners said", "many Trump voters"). */
export const PLURAL_DETERMINERS = set('other many some several few most these those');

/** Words that open sentences capitalized, alone, and name nobody: sentence adverbs ("Soon, …", "Long a critic, …"), ordinals and imperatives. */
export const LONE_OPENERS: ReadonlySet<string> = new Set(['soon', 'still', 'yet', 'now', 'then', 'later', 'instead', 'again', 'also', 'thus', 'perhaps', 'maybe', 'certainly', 'clearly', 'finally', 'eventually', 'ultimately', 'initially', 'originally', 'previously', 'recently', 'currently', 'tonight', 'afterward', 'afterwards', 'overall', 'likewise', 'similarly', 'consequently', 'accordingly', 'therefore', 'anyway', 'regardless', 'sometimes', 'often', 'twice', 'rather', 'long', 'one', 'ask', 'imagine', 'consider', 'remember', 'look', 'listen', 'note',
  // "Second, they meant to …", "Think "Fargo" meets …", "Already, the show is …": ordinals
  // that list points, imperatives and sentence adverbs.
  'first', 'second', 'third', 'fourth', 'fifth', 'lastly', 'next', 'think', 'wait', 'picture', 'take', 'already', 'indeed', 'moreover', 'furthermore', 'further', 'besides', 'hence',
  // "Sure, he admits …", "Yes, she wrote …", "Granted, the plan …": words that concede or
  // answer before the clause.
  'sure', 'yes', 'no', 'well', 'okay', 'true', 'granted']);

/** Words that open a wire headline as its kicker: "Spotlight: Leaders hold “fruitful” talks". */
export const STORY_KICKERS = set('spotlight roundup interview analysis commentary feature update exclusive explainer factbox timeline profile opinion editorial backgrounder focus insight urgent flash breaking translation correction clarification');
