// Named people and organisations without a model: runs of capitalized words, cut into the
// title part and the name part by what the words are ("Russian Foreign Minister" + "Sergey
// Lavrov"), classified by their words (Ministry, Department, Kremlin -> organisation; a title
// or an honorific -> person; a country or capital -> place).
import {
  CALENDAR, CUE_FORMS, FUNCTION_WORDS, FURNITURE_WORDS, NEWSPAPER_WORDS, HONORIFICS, isGivenName, LONE_OPENERS, NATIONALITIES, ORG_WORDS,
  PERSON_ROLE_NOUNS, PERSON_ROLE_PLURALS, NUMBER_WORDS, PLACES, PREPOSITIONS, STORY_KICKERS, TITLE_WORDS,
} from './lexicon';
import { set } from './lexicon/wordSet';
import { addAppositiveRoles, addPrecedingAppositiveRoles, addPredicativeRoles, bodyRoleBefore, postingBefore, rolePhraseBefore, rolesOf } from './mentionRoles';
import { collectCaseEvidence, isSentenceStart } from './caseEvidence';
import { monthAsLoneName, monthAsSurname } from './calendarNames';
import { pushMention, type Mention, type MentionKind } from './mentions';
import { verbLike } from './nounPhrases';
import { speaksAsName } from './speakingNames';
import { quotedNickname } from './nicknames';
import { webDomainAfter } from './webDomains';
import { isCapitalHeading } from './headings';
import { partisanDescriptionStart, partyLabel } from './partisans';
import { adjacent, BREAK, F_ALLCAPS, F_BLANK, F_CAP, F_INITIALS, F_POSS, QUOTE, Tokens, WORD } from './tokens';
import { isDigit, isLower } from './chars';
import { trimmedAsLeadWord } from './leadWords';
import { anAsSurname, isKeyword, nameCasedAbbreviation, nationalSurname, titleAsSurname } from './surnameWords';
import { cityBeforeState, dottedPlace, headOfState, multiwordPlace, placePair, placeRunEnd, placeUnitRun, postedPlace, stateAbbreviation } from './placeNames';

/** Lower-case connectors allowed inside a name: "Secretary of State", "Charles de Gaulle". */
const NAME_CONNECTORS = new Set(['de', 'van', 'von', 'der', 'den', 'bin', 'ibn', 'al', 'da', 'di', 'du', 'del', 'la', 'le', 'dos', 'das']);

/**
 * The most tokens one run of capitalized words may span, so a page of capitals stays linear:
 * enough for a long title before a name with particles ("Minister of Foreign Affairs HE
 * Sheikh Ola bin Jon bin Kari Al Berg" is 13).
 */
const MAX_CHUNK = 16;

/**
 * Finds every capitalized-word mention in the token stream, in text order. `titleCase` flags
 * the paragraphs written in headline style (see headlines.ts).
 */
export function findMentions(tokens: Tokens, titleCase: Uint8Array): Mention[] {
  const { lowerSeen, midCaps } = collectCaseEvidence(tokens, titleCase);
  const mentions: Mention[] = [];
  // In a headline every word is capitalized: only words that are not ordinary ones name.
  const headlines = titleCase.includes(1);
  const inHeadline = (k: number): boolean => headlines && titleCase[tokens.paragraph[k]] === 1;
  const ordinary = (k: number): boolean => inHeadline(k) && ordinaryInHeadline(tokens.lower(k), lowerSeen);
  // Body text first, so headlines can be read with the names the body spells out.
  chunkNames(tokens, (k) => !inHeadline(k), ordinary, (from, to) => addChunk(tokens, from, to, lowerSeen, midCaps, mentions));
  if (headlines) {
    const bodyNames = new Set(mentions.map((m) => m.words.join(' ')));
    const headlineMentions: Mention[] = [];
    chunkNames(tokens, inHeadline, ordinary, (from, to) => {
      const cut = verbAfterBodyName(tokens, from, to, bodyNames);
      addChunk(tokens, from, cut < 0 ? to : cut, lowerSeen, midCaps, headlineMentions);
      return cut < 0 ? to : cut + 1;
    });
    mentions.push(...headlineMentions);
    mentions.sort((a, b) => a.tokStart - b.tokStart);
  }
  addAppositiveRoles(tokens, mentions);
  addPrecedingAppositiveRoles(tokens, mentions);
  addPredicativeRoles(tokens, mentions);
  return mentions;
}

/**
 * Cuts the tokens accepted by `within` into runs of capitalized words and hands each run to
 * `take`, which may say where to go on (by default after the run).
 */
function chunkNames(tokens: Tokens, within: (k: number) => boolean, ordinary: (k: number) => boolean, take: (from: number, to: number) => number | void): void {
  const { count } = tokens;
  let i = 0;
  while (i < count) {
    // (The cheap test first: most tokens are no capitalized word.)
    if (!isNameToken(tokens, i) || !within(i) || ordinary(i)) { i++; continue; }
    // Grow the run: capitalized words one space apart, joined by "of" inside titles and
    // organisations and by name particles; a possessive ends it.
    let j = i + 1;
    while (j < count && j - i < MAX_CHUNK && ((tokens.flags[j - 1] & F_POSS) === 0 || groupPossessive(tokens, j - 1))) {
      if (adjacent(tokens, j - 1, j) && isNameToken(tokens, j) && !ordinary(j)) { j++; continue; }
      if (quotedNickname(tokens, j - 1, j) && within(j + 1)) { j += 2; continue; }
      if (j + 1 < count && tokens.kind[j] === WORD && adjacent(tokens, j - 1, j) && adjacent(tokens, j, j + 1) && isNameToken(tokens, j + 1)) {
        const w = tokens.lower(j);
        // "Secretary of State", "House of Representatives" -- not "Ola Berg of Bergen".
        if (NAME_CONNECTORS.has(w) || ((w === 'of' || w === 'for') && officeBeforeOf(tokens, i, j))) { j += 2; continue; }
        // "Institute for Coastal and Marine Research", "Department of Fisheries and Coastal
        // Affairs": inside an organisation's name, "and" joins two more capitalized words.
        if (w === 'and' && j + 2 < count && isNameToken(tokens, j + 2) && adjacent(tokens, j + 1, j + 2) && joinedByPreposition(tokens, i, j)) { j += 3; continue; }
        // "State Councilor and Foreign Minister Ola Berg": one person's two titles, joined by
        // "and" (after a name, "Kari Moe and Foreign Minister Ola Berg", it joins two people).
        if (w === 'and' && TITLE_WORDS.has(tokens.lower(j - 1)) && TITLE_WORDS.has(tokens.lower(j + 1))) { j += 2; continue; }
      }
      // "Ministry of Fisheries of the Norland Republic": a body's name goes on through
      // "of the" to the state or body it belongs to.
      if (ofTheBody(tokens, i, j)) { j += 3; continue; }
      break;
    }
    i = take(i, j) ?? j;
  }
}

/**
 * "Lena Ek Sides With Unions On ‘…’": in a headline the verb is capitalized too, so a name
 * the body spells out ("Lena Ek") ends before a word that reads as a verb in -s. The token
 * of that verb, or -1.
 */
function verbAfterBodyName(tokens: Tokens, from: number, to: number, bodyNames: ReadonlySet<string>): number {
  if (to - from < 2) return -1;
  const words: string[] = [];
  for (let k = from; k < to; k++) words.push(tokens.lower(k));
  if (bodyNames.has(words.join(' '))) return -1;
  for (let k = to - 1; k > from; k--) {
    const verb = words[k - from];
    if (!bodyNames.has(words.slice(0, k - from).join(' '))) continue;
    const thirdPerson = verb === 'is' || (verb.length > 3 && verb.endsWith('s') && !verb.endsWith('ss') && !verb.endsWith('us') && !verb.endsWith('ics'));
    // After a full name the body spells out ("Selenis Leyva Got Real"), any word but an
    // office or organisation word starts the headline's verb.
    const fullName = k - from >= 2;
    return (thirdPerson || fullName) && !isKeyword(verb) && (tokens.flags[k] & F_POSS) === 0 ? k : -1;
  }
  return -1;
}

/**
 * "Says", "Calls", "Real About" in "Holm Says …", "Holm Got Real About …": function
 * words, speech verbs and words the article also writes in lower case. Given names and
 * office or organisation words stay ("Bill", "House").
 */
function ordinaryInHeadline(w: string, lowerSeen: Set<string>): boolean {
  if (FUNCTION_WORDS.has(w) || PREPOSITIONS.has(w) || CUE_FORMS.has(w)) return true;
  return lowerSeen.has(w) && !isKeyword(w) && !isGivenName(w);
}

/** The line holds the word at `k` and one lower-case word, and nothing else. */
function twoWordLine(tokens: Tokens, k: number): boolean {
  return tokens.opensLine(k) && tokens.isLowerWord(k + 1) && (k + 2 >= tokens.count || tokens.kind[k + 2] === BREAK);
}

/** A word with a lower-case letter right after a hyphen: "Anti-war", "Pro-government". */
function lowerAfterHyphen(tokens: Tokens, k: number): boolean {
  const { text } = tokens;
  for (let c = tokens.start[k] + 1; c < tokens.baseEnd[k] - 1; c++) {
    if (text.charCodeAt(c) === 45 && isLower(text.charCodeAt(c + 1))) return true;
  }
  return false;
}

/**
 * The word at `k` stands right before a number that is no verse or time ("Ward 8", "Route
 * 66"), and owns nothing ("Mr Streeting's 10-year plan"; "Isaiah 45:1 reads" cites a book).
 */
function labelBeforeNumber(tokens: Tokens, k: number): boolean {
  const n = k + 1;
  if ((tokens.flags[k] & F_POSS) !== 0 || !tokens.isWord(n) || !adjacent(tokens, k, n) || !isDigit(tokens.text.charCodeAt(tokens.start[n]))) return false;
  return !tokens.isPunct(n + 1, ':') && !tokens.text.slice(tokens.start[n], tokens.end[n]).includes(':');
}

/** Question words that open a section heading ("Why It Matters:"). */
const QUESTION_HEADS = set('why what how where when who');

/** Nouns the adjective "General" qualifies in names of events and places ("General Election"). */
const AFTER_GENERAL_ADJECTIVE = set('election elections strike hospital counsel meeting assembly conference debate amnesty practice store audit');

/** Plural nouns whose possessive runs on inside a name: "People's Republic", "Workers' Party". */
const GROUP_POSSESSORS = set('people peoples workers women children veterans farmers');

/** "Democratic People's Republic": a group's possessive followed by a capitalized word of the same name. */
function groupPossessive(tokens: Tokens, k: number): boolean {
  return k > 0 && GROUP_POSSESSORS.has(tokens.lower(k)) && isNameToken(tokens, k + 1) && adjacent(tokens, k, k + 1);
}

function isNameToken(tokens: Tokens, i: number): boolean {
  return tokens.kind[i] === WORD && (tokens.flags[i] & F_CAP) !== 0;
}

/** At `j`, "of the" and a capitalized word, after a run [i, j) holding an organisation word. */
function ofTheBody(tokens: Tokens, i: number, j: number): boolean {
  if (j + 2 >= tokens.count || !tokens.isLowerWord(j) || tokens.lower(j) !== 'of' || tokens.lower(j + 1) !== 'the') return false;
  if (!isNameToken(tokens, j + 2) || !adjacent(tokens, j - 1, j) || !adjacent(tokens, j, j + 1) || !adjacent(tokens, j + 1, j + 2)) return false;
  for (let k = i; k < j; k++) if (ORG_WORDS.has(tokens.lower(k))) return true;
  return false;
}

/** The run [from, to) already joined an office or organisation word with "of" or "for". */
function joinedByPreposition(tokens: Tokens, from: number, to: number): boolean {
  for (let k = from + 1; k < to - 1; k++) {
    if (tokens.isLowerWord(k) && (tokens.lower(k) === 'of' || tokens.lower(k) === 'for') && ORG_WORDS.has(tokens.lower(k - 1))) return true;
  }
  return false;
}

/**
 * "Secretary of State", "Federal Reserve Bank of New York": the words before "of" name an
 * office or a body, perhaps after a place or an acronym. Not after a person's name:
 * "Senator Ann Bishop of Ohio".
 */
function officeBeforeOf(tokens: Tokens, from: number, of: number): boolean {
  const w = tokens.lower(of - 1);
  if (!TITLE_WORDS.has(w) && !ORG_WORDS.has(w)) return false;
  for (let k = from; k < of - 1; k++) {
    const v = tokens.lower(k);
    // "Ohio Board of Elections", "UN Chief of Staff": places and acronyms may lead.
    // ("Democratic People's Republic of Korea": a group's possessive inside the body's name.)
    if (!isKeyword(v) && !FUNCTION_WORDS.has(v) && !PLACES.has(v) && (tokens.flags[k] & F_ALLCAPS) === 0 && !groupPossessive(tokens, k)) return false;
  }
  return true;
}

function addChunk(tokens: Tokens, from: number, to: number, lowerSeen: Set<string>, midCaps: Set<string>, out: Mention[]): void {
  const partisan = partisanDescriptionStart(tokens, from, to);
  if (partisan >= 0) { pushMention(tokens, out, partisan, to, 'person', [], []); return; }
  // Trim words that are capitalized only by position: "However", "The", "Thursday",
  // "Filling in for Sanders" -- unless a speech verb follows ("Will wrote", "Small said").
  // Worked out on first need, for the run as found: most lone capitals ("The", "But") are
  // trimmed as function words before any rule asks.
  const runFrom = from, runTo = to;
  let speaksKnown: boolean | undefined;
  const speaks = (): boolean => (speaksKnown ??= runTo - runFrom === 1 && speaksAsName(tokens, runFrom, runTo));
  // ("Hide Ad", "Share Story": a word of page furniture opening the line makes the next word of
  // the run open it too.)
  let afterFurniture = false;
  while (from < to) {
    const w = tokens.lower(from);
    const initial: boolean = afterFurniture || isSentenceStart(tokens, from);
    afterFurniture = false;
    // "The New York Times", "New Hampshire": "New" before another capital opens a name.
    if (w === 'new' && to - from > 1) break;
    // Mid-sentence, a capitalized preposition is part of a name ("captain Per Olsen").
    // ("Mrs May said": a month name alone after an honorific or before a speech verb is a surname.)
    if (to - from === 1 && monthAsLoneName(tokens, from)) break;
    if (w === 'an' && anAsSurname(tokens, from, to, speaks())) break;
    if (trimmedAsLeadWord(w, initial)) { afterFurniture = initial && FURNITURE_WORDS.has(w); from++; continue; }
    // "Two weeks after …": a number opening the sentence is no name.
    if (initial && NUMBER_WORDS.has(w)) { from++; continue; }
    // "Bashing Trump Is …", "Citing Ola Berg, …": an -ing form opening the sentence before a
    // name is a verb, not a given name.
    if (initial && to - from >= 2 && w.length > 5 && w.endsWith('ing') && !isKeyword(w) && !isGivenName(w)) { from++; continue; }
    // ("Written “at this time of crisis,” the statement …": a participle right before a quotation;
    // "Adding: “…”": a speech verb before a colon.)
    if (initial && !speaks() && !isKeyword(w) && (lowerSeen.has(w) || (to - from === 1 && ((/(?:ing|ed)$/.test(w) && lowerWordNext(tokens, to)) || (/(?:ing|ed|en)$/.test(w) && tokens.kind[to] === QUOTE) || (CUE_FORMS.has(w) && tokens.isPunct(to, ':')) || (w.endsWith('ly') && w.length > 4))))) { from++; continue; }
    // "Ask yourself", "Soon, he found": a lone capital opening a sentence, never capitalized
    // inside one, and followed by no verb, is an ordinary word -- not a known place ("France on
    // Monday called …").
    if (initial && !speaks() && to - from === 1 && !isKeyword(w) && !midCaps.has(w) && !PLACES.has(w) && (LONE_OPENERS.has(w) || (tokens.isLowerWord(to) && !verbLike(tokens, to)))) { from++; continue; }
    // "Anti-war groups …", "assailed Western-touted claims": a compound whose later part is
    // lower case is a modifier, capitalized for its first part or its position (a page's
    // "Clock-gray" icon label too), never a name.
    if (lowerAfterHyphen(tokens, from)) { from++; continue; }
    // "Key quotes", "Main points": a line of one capitalized word and one lower-case word is a
    // section heading, whatever verb the second word may look like.
    if (initial && to - from === 1 && !midCaps.has(w) && !isKeyword(w) && !isGivenName(w) && !PLACES.has(w) && twoWordLine(tokens, from)) { from++; continue; }
    // "People should …", "Voters say …": a plural of people opening a sentence is a group.
    if (initial && !speaks() && to - from === 1 && !midCaps.has(w) && (w === 'people' || PERSON_ROLE_PLURALS.has(w))) { from++; continue; }
    break;
  }
  while (to > from && CALENDAR.has(tokens.lower(to - 1)) && !monthAsSurname(tokens, from, to - 1) && !(to - from === 1 && monthAsLoneName(tokens, from))) to--;
  if (from >= to) return;
  // "Why It Matters:", "What We Know:": a question opening a line before a colon heads a section.
  if (tokens.isPunct(to, ':') && QUESTION_HEADS.has(tokens.lower(runFrom)) && tokens.opensLine(runFrom)) return;
  // "Ward 8 Coun. Ann Dahl", "Route 66", "Phase 2": a lone capital before a number labels a
  // district or a thing, never a person.
  if (to - from === 1 && labelBeforeNumber(tokens, from) && !speaksAsName(tokens, from, to)) return;
  // "China-US ties", "Russia-Ukraine talks": places joined by a hyphen modify a noun; they name nobody.
  if (to - from === 1 && placePair(tokens.lower(from))) return;
  // "North Korea", "Hong Kong", "the United States": a country named in more than one word.
  if (multiwordPlace(tokens, from, to)) { pushMention(tokens, out, from, to, 'place', [], []); return; }
  if (isCapitalHeading(tokens, from, to)) return;
  // Datelines (MOSCOW, March 22) and shouted words are places or nothing.
  if (to - from === 1 && (tokens.flags[from] & F_ALLCAPS) !== 0 && tokens.end[from] - tokens.start[from] > 5 && !PLACES.has(tokens.lower(from))) return;
  // A lone initial ("I." closing a caption) names nobody.
  if (to - from === 1 && tokens.baseEnd[from] - tokens.start[from] === 2 && (tokens.flags[from] & F_INITIALS) !== 0) return;
  // "The Latest:", "The Takeaway:": an article and one capital opening a line before a colon
  // head a section.
  if (to - from === 1 && tokens.isPunct(to, ':') && from > 0 && tokens.lower(from - 1) === 'the' && isSentenceStart(tokens, from - 1) && !isKeyword(tokens.lower(from))) return;
  // "The Head of State called …": the title of a country's leader, capitalized, names nobody.
  if (to - from === 1 && headOfState(tokens, from)) return;
  // "Spotlight: …", "Roundup: …", "Interview: …": a wire story's kicker labels the story, not a speaker.
  // ("[Translation: …]": an editor's bracketed label too.)
  if (to - from === 1 && tokens.isPunct(to, ':') && (isSentenceStart(tokens, from) || tokens.isPunct(from - 1, '[')) && STORY_KICKERS.has(tokens.lower(from))) return;

  // The name is the run after the last title, office, organisation or nationality word.
  let last = -1;
  let firstKey = -1;
  let org = -1;
  let title = false;
  for (let k = from; k < to; k++) {
    const w = tokens.lower(k);
    // "Farmer Jonas Berg" opening a sentence: an occupation used as a title.
    const occupation = k === from && to - from >= 3 && isSentenceStart(tokens, k) && /(?:er|or|ist|ian)$/.test(w) && !lowerSeen.has(w);
    // (Organisation and title words are keywords: a name's words, most of a run, need one lookup.)
    const keyword = isKeyword(w);
    if ((keyword && !nationalSurname(tokens, k, from) && !titleAsSurname(tokens, k, from, to) && !nameCasedAbbreviation(tokens, k, from)) || occupation || partyLabel(tokens, k, to)) {
      last = k;
      if (firstKey < 0) firstKey = k;
    }
    if (keyword && ORG_WORDS.has(w)) org = k;
    if ((keyword && TITLE_WORDS.has(w)) || occupation) title = true;
  }
  // An all-capital acronym (TASS, NATO) counts as an organisation word -- not a title ("the MP").
  if (to - from === 1 && (tokens.flags[from] & F_ALLCAPS) !== 0 && !PLACES.has(tokens.lower(from)) && !NATIONALITIES.has(tokens.lower(from)) && !TITLE_WORDS.has(tokens.lower(from))) org = from;

  if (last >= 0 && last < to - 1 && !ORG_WORDS.has(tokens.lower(to - 1))) {
    // "Russian Foreign Minister Sergey Lavrov": a titled name. ("President of Norland Ola
    // Berg": the title's place comes before the name.)
    const officePlace = tokens.isLowerWord(last + 1) && tokens.lower(last + 1) === 'of' ? placeRunEnd(tokens, last + 2, to - 2) : -1;
    const nameFrom = officePlace > 0 ? officePlace : last + 1;
    // "the 13th General Election", "a General Strike": "General" is the adjective there, not
    // a general's rank before his surname.
    if (last === from && to - nameFrom === 1 && tokens.lower(last) === 'general' && AFTER_GENERAL_ADJECTIVE.has(tokens.lower(nameFrom))) return;
    if (tokens.kind[nameFrom] !== WORD || (tokens.flags[nameFrom] & F_CAP) === 0) {
      // "House of Representatives", "Bank of America": the words after "of" are not a name.
      pushMention(tokens, out, from, to, 'organization', [], []);
      return;
    }
    if (org >= 0 && org < nameFrom) pushMention(tokens, out, from, org + 1, 'organization', [], []);
    const titleText = tokens.text.slice(tokens.start[from], tokens.end[last]);
    const prefixRoles = rolesOf(tokens, from, nameFrom);
    const honorific = HONORIFICS.has(tokens.lower(last));
    // ("the official representative of the Norland Foreign Ministry Kari Lund": the run before
    // the name is a body, and the role before the run is the name's.)
    const before = postingBefore(tokens, from) ?? (org === last ? bodyRoleBefore(tokens, from, nameFrom) : null) ?? rolePhraseBefore(tokens, from);
    const kind: MentionKind = title || honorific || before.roles.length ? 'person' : 'name';
    const titles = honorific && last === from ? before.titles : [...before.titles, titleText];
    pushMention(tokens, out, nameFrom, to, kind, titles.filter((t) => !HONORIFICS.has(t.toLowerCase())), [...before.roles, ...prefixRoles]);
    return;
  }
  // "Al-Arabiya.net reported", "Politico.com said": a web address names an outlet.
  if (webDomainAfter(tokens, to)) org = from;
  if (org >= 0) {
    // "the Fed Chair said", "the Senate Majority Leader": a role after the body is a person's,
    // described; the body alone is named.
    const role = tokens.lower(to - 1);
    if (org < to - 1 && PERSON_ROLE_NOUNS.has(role) && !ORG_WORDS.has(role)) {
      pushMention(tokens, out, from, org + 1, 'organization', [], []);
      return;
    }
    // Drop a leading function word or title: "Kremlin", "the U.S. Treasury Department".
    pushMention(tokens, out, from, to, 'organization', [], []);
    return;
  }
  // "the President said", "the Minister noted": a title after an article is the role, not a
  // surname; the phrase is a description for the role's holder.
  if (speaks() && last === from && tokens.isLowerWord(from - 1) && ROLE_DETERMINERS.has(tokens.lower(from - 1))) return;
  if (speaks() && org < 0) {
    // "Cuban said": a surname that is also a nationality or a title.
    pushMention(tokens, out, from, to, 'name', [], []);
    return;
  }
  if (last >= 0) {
    // Only titles and nationalities ("Foreign Minister", "Russian"), or a caption such as
    // "Vladimir Putin Russian President": keep a leading name if there is one.
    if (firstKey > from) pushMention(tokens, out, from, firstKey, 'name', [], []);
    return;
  }
  // "Norland's Ambassador to Sweden Ola Berg": the posting's place opens the run; the name follows it.
  const posted = postedPlace(tokens, from, to);
  if (posted) {
    pushMention(tokens, out, from, posted.end, 'place', [], []);
    pushMention(tokens, out, posted.end, to, 'person', posted.titles, posted.roles);
    return;
  }
  const single = to - from === 1;
  const w = tokens.lower(from);
  if ((single && (PLACES.has(w) || stateAbbreviation(tokens, from))) || cityBeforeState(tokens, to) || placeUnitRun(tokens, from, to)) { pushMention(tokens, out, from, to, 'place', [], []); return; }
  // "New Hampshire", "New York": the place list keeps the second word.
  const newPlace = to - from === 2 && w === 'new' && PLACES.has(tokens.lower(from + 1));
  if (newPlace || (!single && dottedPlace(tokens, from, to))) { pushMention(tokens, out, from, to, 'place', [], []); return; }
  const before = rolePhraseBefore(tokens, from);
  const kind = before.roles.length ? 'person' : theNamedTitle(tokens, from, to) ? 'organization' : 'name';
  pushMention(tokens, out, from, to, kind, before.titles, before.roles);
}

/**
 * "according to the Rising Nepal, …", "the Graphic reported": a name after a lower-case "the"
 * and before no noun it modifies is a paper's or a body's, never a person's ("he" is not it).
 */
function theNamedTitle(tokens: Tokens, from: number, to: number): boolean {
  if (from === 0 || !tokens.isLowerWord(from - 1) || tokens.lower(from - 1) !== 'the') return false;
  // ("the Clintons", "the Murdochs": a family is people.)
  const last = tokens.lower(to - 1);
  if (last.endsWith('s') && !NEWSPAPER_WORDS.has(last)) return false;
  return !tokens.isLowerWord(to) || CUE_FORMS.has(tokens.lower(to));
}

/**
 * A lower-case word at `k`, or right after a line break there that is no blank line: a
 * hard-wrapped "Reflecting¶on the dispute, she said" reads as one line.
 */
function lowerWordNext(tokens: Tokens, k: number): boolean {
  const wrapped = tokens.kind[k] === BREAK && (tokens.flags[k] & F_BLANK) === 0;
  return tokens.isLowerWord(wrapped ? k + 1 : k);
}

/** Determiners before a capitalised title that make it a role: "the President", "his Minister". */
const ROLE_DETERMINERS = set('the a an this that his her their its our');
