// Roles, titles and offices: the words that tell a person from an organisation and a
// description ("the spokesman", "the ministry") from a stray noun.
import { set, union } from './wordSet';

/** Relatives, who speak for themselves: "the sister of the leader said" is the sister. */
export const KINSHIP_NOUNS = set(`
  wife husband son daughter sister brother widow widower grandson granddaughter grandmother
  grandfather niece nephew cousin uncle aunt fiancee fiancée fiance fiancé
`);

/**
 * What the press calls someone powerful whatever their office: "Nordtel Chairman Ola
 * Berg … the telecom czar said", "the shipping magnate". Anyone in the story may be one.
 */
export const PERSON_EPITHETS = set('czar tsar tycoon mogul magnate billionaire');

/**
 * Offices written short or in their own language, both titles ("SSP Ola Berg", "CJI Ola Berg", "Taoiseach
 * Ola Berg") and roles ("the PM said", "the DSP told reporters").
 */
const OFFICE_ABBREVIATIONS = set('pm fm cm cs cp igp dsp asp csp acp dcp supt superintendent taoiseach tánaiste tanaiste cji');

/**
 * The letters after a member's name in the Westminster, Scottish, European, Northern Irish and
 * Irish parliaments: "the Glasgow MSP", like "the Sherwood MP", may be the minister the story follows.
 */
const MEMBER_LETTERS = set('mp msp mep mla td');

/** Lower-case nouns for people by role: "the spokesman said", "a senior official said". */
export const PERSON_ROLE_NOUNS = union(set(`
  spokesman spokeswoman spokesperson spokespeople secretary minister president premier
  chancellor leader official officials representative envoy ambassador diplomat
  senator congressman congresswoman lawmaker legislator governor mayor chairman chairwoman chairperson
  chair director chief head commander general officer adviser advisor aide counselor
  counsellor negotiator analyst expert source sources lawyer attorney prosecutor judge
  candidate nominee campaigner activist economist professor researcher scientist author
  executive ceo founder manager owner king queen prince princess monarch pope cleric
  clergyman priest bishop imam rabbi emperor dictator strongman ruler politician statesman
  deputy assistant consul attache attaché correspondent journalist reporter editor columnist
  commentator witness victim suspect resident residents man woman father mother
  speaker hopeful ally supporter critic opponent rival backer strategist consultant pollster
  operative donor voter delegate member host co-host anchor co-anchor organizer organiser
  founder co-founder insider boss
  lady parliamentarian academic scholar councillor councilor commissioner coach sheriff emir
  solicitor barrister counsel detective inspector sergeant constable magistrate coroner
  filmmaker actor actress singer songwriter musician writer novelist poet artist player
  striker midfielder defender goalkeeper captain skipper doctor nurse surgeon physician
  teacher farmer engineer pilot designer chef architect
  rapper star superstar winner champion comedian presenter medic dancer vocalist guitarist drummer
  frontman frontwoman hitmaker entertainer
`), MEMBER_LETTERS, OFFICE_ABBREVIATIONS, KINSHIP_NOUNS, PERSON_EPITHETS);

/**
 * Plurals of the person roles: "critics say", "supporters chanted", "the lawyers argued" --
 * groups that speak in news prose as often as one person does.
 */
export const PERSON_ROLE_PLURALS: ReadonlySet<string> = new Set(
  [...PERSON_ROLE_NOUNS].map((w) => (w.endsWith('man') ? `${w.slice(0, -3)}men` : w.endsWith('s') ? w : `${w}s`)),
);

/** Lower-case nouns for organisations by kind: "the ministry said", "the company said". */
export const ORG_ROLE_NOUNS = set(`
  ministry department agency administration government kremlin campaign committee council
  commission office bureau service court bank company firm corporation group union
  association organization organisation institute university police gardai gardaí army military navy
  party parliament congress senate cabinet embassy consulate authorities authority
  alliance coalition foundation fund federation board league network newspaper channel
  broadcaster station airline regulator watchdog mission secretariat directorate team
  club spokesmen press nonprofit non-profit charity presidency junta regime
`);

/**
 * Sources a body or person puts out in its own voice, so that a bare one nobody was said to issue is
 * the last speaker's: "the statement said", "the communique reads", "the post said", "the
 * advisory stated", "the report says".
 */
export const LAST_VOICE_SOURCES = set('statement communique communiqué readout post tweet advisory report');
/** Sources whose "of" names their author: "the statement of the ministry", "a letter of Ola Berg" (not "a poll of voters"). */
export const AUTHORED_SOURCES = set('statement statements communique communiqué readout letter message declaration announcement appeal');

/** Things that speak in print: "the report says", "a statement said", "her campaign's ad claims". */
export const SOURCE_NOUNS = set(`
  statement report letter study poll survey memo memorandum website site book article editorial
  column ad ads advertisement video email e-mail message release transcript filing complaint
  lawsuit document documents analysis paper piece story tweet post page account record records
  sign banner caption headline note notice order ruling opinion decision brief motion indictment
  affidavit testimony speech remarks interview op-ed blog podcast broadcast documentary book
  announcement petition platform manifesto resolution bill law proposal plan policy guidance
  budget audit review investigation inquiry findings data research paper newsletter flyer
  leaflet mailer brochure slogan publication outlet question questionnaire projection forecast
  estimate assessment presentation
`);

/** "news agency", "wire service": a service that relays other people's words to the papers. */
export const NEWS_AGENCY_MODIFIERS = set('news wire');
export const NEWS_AGENCY_HEADS = set('agency agencies service');
/** The names of the large news agencies, whose reports relay what others said ("…, Ola Berg told reporters, Reuters reported"). */
export const NEWS_AGENCY_NAMES = set(`
  reuters ap afp upi bloomberg dpa ansa efe tass interfax ria novosti sputnik itar-tass xinhua
  kcna yonhap kyodo jiji pti ani ians bernama antara anadolu irna isna tasnim mehr wafa sana
  mena qna kuna wam spa belta ukrinform unian
`);

/** Verbs by which someone puts out a written source: "the ministry issued a statement". */
export const ISSUING_VERBS = set('issued released published posted circulated');
/** Determiners before a source just put out: "issued a statement", "released its report". */
export const ISSUED_DETERMINERS = set('a an its their his her');

/** Modifiers that may precede a role noun inside the subject noun phrase. */
export const ROLE_MODIFIERS = set(`
  presidential press foreign defense defence interior justice finance state senior top
  chief deputy former acting vice prime assistant national federal regional local
  military diplomatic official government white house campaign security intelligence
  economic trade health energy education public communications media information
  spokesman spokeswoman ministry department agency kremlin embassy union party
  secretary general executive managing principal first second deputy high-ranking
  long-time longtime veteran new outgoing incoming then-president ranking political
`);

/** Who argues a client's case in their own words: "Berg's lawyer said" is the lawyer speaking, not Berg. */
export const LEGAL_COUNSEL = set('lawyer attorney solicitor barrister counsel');

/** Groups of interchangeable role words: "the press secretary" may refer back to a "spokesman". */
export const ROLE_GROUPS: ReadonlyArray<ReadonlySet<string>> = [
  set('spokesman spokeswoman spokesperson press-secretary representative'),
  set('president leader head premier chancellor'),
  set('minister secretary'),
  set('ministry department'),
  set('senator lawmaker congressman congresswoman legislator'),
  set('ambassador envoy'),
  set('chairman chairwoman chairperson chair'),
  LEGAL_COUNSEL,
  // ("Mr Justice Berg … the judge said", "Judge Lund … the Chief Justice said".)
  set('judge justice magistrate'),
  set('company firm corporation'),
];

/** The roles that lead an office or a body, which "the head" and "the chief" of it may stand for. */
const OFFICE_LEADERS = set('head president premier chancellor minister secretary director chairman chairwoman chairperson chair chief commander governor mayor leader king queen');

/** Whom "the MP" (or MSP, MEP, MLA, TD) may stand for: any member of a parliament, a minister too. */
const MEMBER_OF_PARLIAMENT = union(set('parliamentarian lawmaker legislator deputy speaker chairman chairwoman chairperson chair member minister'), MEMBER_LETTERS);

/**
 * General role nouns and the specific roles they cover. Wire copy names a person by title once
 * ("Deputy Foreign Minister Ola Berg") and then by a more general noun ("the senior diplomat
 * said"); the general noun may stand for any holder of a role it covers, never the reverse
 * ("the ambassador" is not any diplomat). A role phrase with "foreign" or "diplomatic" in it
 * ("Foreign Ministry spokeswoman") also carries the role "diplomat" (mentionRoles.ts).
 */
export const ROLE_HYPERNYMS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['diplomat', set('diplomat ambassador envoy consul attache attaché')],
  ['lawmaker', union(set('lawmaker senator congressman congresswoman legislator parliamentarian deputy'), MEMBER_LETTERS)],
  // "Chairman of the Committee on Foreign Affairs Ola Berg … the parliamentarian said": any
  // member of a parliament, its committee chairs and speakers included.
  ['parliamentarian', union(set('parliamentarian lawmaker legislator senator deputy speaker chairman chairwoman chairperson chair member'), MEMBER_LETTERS)],
  // ("TD" is no title word, for "TD Securities", so "the Kerry TD" still reads as a name.)
  ...[...MEMBER_LETTERS].map((letters): [string, ReadonlySet<string>] => [letters, MEMBER_OF_PARLIAMENT]),
  ['politician', set('politician statesman president premier chancellor minister senator congressman congresswoman lawmaker legislator governor mayor leader candidate')],
  ['official', set('official minister secretary press-secretary spokesman spokeswoman spokesperson diplomat ambassador envoy consul commissioner director governor mayor adviser advisor aide')],
  ['leader', set('leader president premier chancellor king queen monarch emperor pm')],
  // "Prime Minister Ola Berg … the premier insisted": a head of government by another name.
  ['premier', set('premier pm')],
  // "Usher, the musician, … the super-fit singer said"; "CEO Kari Moe … the executive said".
  ['singer', set('singer musician vocalist songwriter rapper')],
  ['executive', set('executive ceo boss')],
  // "Jon Lund, a historian at Bergen University, … the expert said": a scholar or analyst
  // quoted for what they know is, on a second mention, "the expert".
  ['expert', set('expert analyst economist professor researcher scientist strategist academic scholar')],
  // "the head of the department", "the head of Russian diplomacy": whoever leads an office.
  ['head', OFFICE_LEADERS],
  // "the agency chief", "NFC chief Ola Berg": headline English for whoever leads the body.
  ['chief', OFFICE_LEADERS],
  // "Nordgas chief executive Liv Strand … the Nordgas boss said": whoever leads the body or the firm.
  ['boss', union(OFFICE_LEADERS, set('ceo owner manager'))],
]);

/** General nouns for an organisation of members: "the group said", "the organisation added". */
export const GROUP_NOUNS = set('group organization organisation');
/**
 * Words in an organisation's name that make it one of members, which "the group" may stand
 * for: "Norland Rights Watch", "the Bergen Peace Alliance" -- not a ministry, a company or a paper.
 */
export const GROUP_ORG_WORDS = set(`
  group groups international watch society association foundation alliance coalition
  federation league organization organisation network movement front committee trust
  caucus
`);

/**
 * Words in a body's name and the nouns news calls it by on a second reference when the name
 * does not hold that noun: "the Norland Red Cross … the charity said", "Bergen FC … the club",
 * "the Norland Army … the military", "Tromso University … the school".
 */
export const BODY_TYPE_NOUNS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['police', set('force')],
  ['army', set('military')],
  ['forces', set('military')],
  ['university', set('school')],
  ['college', set('school')],
  ['fc', set('club team')],
  ['club', set('team')],
  ['red cross', set('charity organisation organization group')],
  ['red crescent', set('charity organisation organization group')],
  ['charity', set('organisation organization group')],
  ['foundation', set('charity')],
]);

/** "the top diplomat", "the chief negotiator": the head of the office, not a deputy or a spokesman. */
export const TOP_MODIFIERS = set('top chief highest-ranking');
/** Words of a title that make its holder second to the role ("Vice President"), whom a bare "the president" does not mean. */
export const RANK_QUALIFIERS = set('vice deputy assistant under associate lieutenant');
/** Words of a title that put its holder in the past ("former prime minister Nawaz Sharif"), whom a bare "the prime minister" does not mean. */
export const PAST_QUALIFIERS = set('former ex late erstwhile');
/** Roles that serve under the head of an office: their holders are never its "top" one. */
export const SUBORDINATE_ROLES = set('deputy assistant spokesman spokeswoman spokesperson press-secretary aide adviser advisor');

/** Journalists, who ask and write for themselves: "a Bergen Herald reporter asked" is not the paper speaking. */
export const PRESS_ROLES = set('reporter correspondent journalist');

/** Offices after "press" that speak for the body they belong to: "the ministry’s press service". */
export const PRESS_OFFICES = set('service office department center centre');

/** Roles posted "to" a country or a body: "Ambassador to the UN", "envoy to Bergen". */
export const POSTING_ROLES = set('ambassador envoy representative consul emissary delegate');

/** Modifiers in a role phrase that make its holder a diplomat: "Foreign Ministry spokeswoman", "Deputy Foreign Minister". */
export const DIPLOMATIC_MODIFIERS = set('foreign diplomatic');

/** Capitalized words that are titles or offices before a name ("Foreign Minister Sergey Lavrov"). */
export const TITLE_WORDS = union(OFFICE_ABBREVIATIONS, set(`
  mr mrs ms miss dr prof sir dame lord lady mx mp msp mep mla cllr coun
  president vice prime minister secretary senator sen rep representative gov governor
  mayor chancellor king queen prince princess pope general gen lt lieutenant colonel col
  administrator comr insp cmdr sr det cpl pvt hon
  captain capt admiral adm sergeant sgt major maj judge justice ambassador chairman
  chairwoman chairperson chair director commissioner spokesman spokeswoman spokesperson deputy chief
  attorney speaker leader majority minority officer executive ceo cfo coo premier sheikh
  rabbi reverend rev father bishop cardinal archbishop emir crown sultan ayatollah
  patriarch coach professor detective sheriff inspector agent envoy
  presidential press foreign defense defence interior finance state former acting
  assistant undersecretary under-secretary congressman congresswoman councillor councilor
  councilman councilwoman candidate nominee commander marshal brig brigadier emperor
  pastor imam president-elect chief-of-staff first lady aide adviser advisor counselor manager
`));

/** Titles that are also family names: "Haleem Adil Sheikh", "Ola Berg King". */
export const SURNAME_TITLES = set('sheikh king bishop major judge marshal prince pope cardinal sultan');

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

/** Words in a newspaper's name ("the Bergen Times", "the Tromso Herald"): the paper's editorial speaks for it. */
export const NEWSPAPER_WORDS = set('times post journal news press daily herald gazette tribune telegraph guardian observer chronicle examiner courier shimbun ilbo');

/**
 * Capitalized words that make a name an organisation ("Foreign Ministry", "White House"; "the
 * Joint Chiefs of Staff" too: officers named in the plural are their body, not one person).
 */
export const ORG_WORDS = union(set(`
  ministry department agency party kremlin committee council commission office bureau republic
  service services court bank company co corp corporation inc ltd llc plc group union
  association organization organisation institute university college school police army
  navy government administration congress senate parliament duma assembly house pentagon
  foundation fund federation reserve board league network
  channel tv radio airlines airways authority authorities coalition alliance forces guard
  embassy consulate cabinet secretariat mission centre center club society corps tribunal
  directorate inspectorate watch international trust partners holdings capital motors
  technologies systems media studios agency kremlin commonwealth command council
  ministries departments committees campaign caucus fed interfax tass reuters xinhua ria
  novosti sputnik afp ap bloomberg cnn bbc nbc cbs abc fox msnbc politico
  weekly magazine review associated chiefs church diocese archdiocese mosque synagogue
`), NEWSPAPER_WORDS);

/** What a newspaper prints in its pages, which speaks with the paper's voice: "the editorial", "the article". */
export const PRINTED_PIECES = set('editorial article piece op-ed column commentary');
/** The one word for a spokesperson, whom an unnamed description credits as described: "a ministry spokesman said". */
export const SPOKES = set('spokesman spokeswoman spokesperson');
/** Roles of people a story meets rather than follows: "the reporter", "the witness" is never its main figure. */
export const BYSTANDER_ROLES = union(PRESS_ROLES, set('witness victim resident man woman voter member supporter critic opponent rival host anchor source lady'));
/** Nouns for a business, which may stand for a firm whose name does not hold them ("Lenovo … the company", "WestJet … the airline"). */
export const COMPANY_NOUNS = set('company firm airline carrier retailer automaker carmaker insurer lender');
/** Roles that lead a body: "the NDP leader", "the union chief". */
export const LEADING_ROLES = set('leader chief head chairman chairwoman chairperson chair president boss');
