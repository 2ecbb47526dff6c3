// Places, nationalities and calendar words: capitalized, but not people.
import { set, union } from './wordSet';

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
  chadian sudanese gabonese malian nigerien senegalese ghanaian cameroonian congolese rwandan
  ugandan tanzanian somali eritrean zimbabwean zambian mozambican angolan namibian burundian
  ivorian guinean liberian mauritanian omani bahraini kurdish persian bangladeshi nepalese
  burmese cambodian laotian mongolian taiwanese tibetan uyghur uighur kyrgyz tajik turkmen
  moldovan albanian bosnian macedonian montenegrin kosovar slovenian icelandic irish scottish
  welsh portuguese maltese bolivian ecuadorian paraguayan uruguayan haitian jamaican
  panamanian nicaraguan honduran salvadoran guatemalan
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
  khartoum gabon libreville bamako niamey senegal dakar ghana accra cameroon congo kinshasa
  rwanda kigali uganda kampala tanzania mogadishu eritrea zimbabwe harare zambia mozambique
  angola namibia abuja lagos nairobi oman muscat bahrain manama kuwait gaza ramallah
  bangladesh dhaka nepal kathmandu myanmar yangon cambodia laos mongolia tibet xinjiang
  kyrgyzstan bishkek tajikistan dushanbe turkmenistan ashgabat albania tirana bosnia sarajevo
  macedonia skopje montenegro kosovo pristina slovenia ljubljana luxembourg malta bolivia
  ecuador paraguay uruguay montevideo haiti panama nicaragua managua honduras guatemala
  lisbon dublin edinburgh amsterdam stockholm oslo copenhagen helsinki prague bratislava
  bucharest zagreb riga vilnius tallinn chisinau islamabad karachi mumbai shanghai hanoi
  bangkok manila jakarta canberra toronto brasilia bogota taipei odessa kharkiv lviv donetsk
  luhansk mariupol kherson zaporizhzhia aleppo idlib homs mosul erbil kurdistan basra
  istanbul karabakh vladivostok kaliningrad
  n.h. n.y. n.j. n.c. s.c. n.m. n.d. s.d. d.c. w.va. r.i.
`);

/**
 * Countries and territories named in more than one word, as the whole run of capitals reads
 * them: "North Korea" is a country, not a person called Korea with a "North" title.
 */
export const MULTIWORD_PLACES: ReadonlySet<string> = new Set([
  'united states', 'united kingdom', 'united arab emirates', 'hong kong', 'saudi arabia', 'north korea', 'south korea',
  'south africa', 'south sudan', 'sri lanka', 'new zealand', 'north macedonia', 'costa rica', 'el salvador', 'puerto rico',
  'sierra leone', 'burkina faso', 'ivory coast', 'east timor', 'papua new guinea', 'czech republic', 'dominican republic',
  'central african republic', 'west bank', 'gaza strip', 'golan heights', 'western sahara', 'latin america', 'middle east',
  'north africa', 'east africa', 'west africa', 'southeast asia', 'central asia', 'south asia', 'east asia', 'south china sea',
  'east china sea', 'korean peninsula', 'taiwan strait', 'persian gulf', 'black sea', 'red sea', 'baltic sea',
]);

/**
 * US states as news style abbreviates them after a town ("San Bernardino, Calif.", "Louisville,
 * Ky."). Only with their period: "Miss", "Mass" and "Wash" are plain words too.
 */
export const STATE_ABBREVIATIONS = set(`
  ala ariz ark calif colo conn del fla ga ill ind kan kans ky la md mass mich minn miss mo
  mont neb nev okla ore pa tenn tex vt va wash wis wyo
`);

/**
 * Spans of time, singular and plural: "last week", "in the morning", "two years ago", "said
 * the days when …". Never a speaker, and often an adverbial between a subject and its verb.
 */
export const TIME_SPANS = set(`
  second seconds minute minutes hour hours day days week weeks weekend weekends
  month months year years decade decades century centuries era eras time times
  morning mornings afternoon afternoons evening evenings night nights
  spring summer fall autumn winter
`);

/** Days of the week ("Trump on Saturday tweeted", "said Peskov on Monday"). */
export const WEEKDAYS = set('monday tuesday wednesday thursday friday saturday sunday');

/** Words before a day's name: "on Tuesday", "last Friday", "late Monday". */
export const DAY_OPENERS = set('on last this late early');

/**
 * Their short forms in datelines and schedules ("Tue."). Kept apart from WEEKDAYS because
 * "sat", "wed" and "sun" are also plain words: only a rule that sees the capital may use them.
 */
export const WEEKDAY_SHORT_FORMS = set('mon tue tues wed thu thur thurs fri sat sun');

/** Months and days: capitalized, but never part of a name. */
export const CALENDAR = union(WEEKDAYS, WEEKDAY_SHORT_FORMS, set(`
  january february march april may june july august september october november december
  jan feb mar apr jun jul aug sep sept oct nov dec
`));

/**
 * Last words of capitalized names that name events, agreements, places, institutions and
 * bodies counted by members, never a person ("the Korean War", "the Gulf Summit", "Central
 * Square", "the Quartet"). Surnames are left out (Day, Law, Bay, Lake, Hall, Church, Rivers,
 * Bridges).
 */
export const THING_HEADS = set(`
  war wars peninsula summit crisis treaty accord agreement protocol conference forum games olympics
  doctrine initiative pact charter declaration resolution operation revolution era festival expo
  exhibition museum airport stadium avenue road street square strait ocean province region
  district program programme project strategy deal act plan award prize cup
  quartet trio troika duo quintet
`);
