// The noun phrase that does the speaking, read backwards from a cue: "Kremlin spokesman Dmitry
// Peskov told", "Harry Bond, 30, of Raleigh, said" (the first phrase of a comma chain),
// "Ola Berg of the Harbour Fund said", "A former candidate -- Ola Berg, who lost -- said",
// "Protesters chanted". Every walk is bounded to a few tokens.
import { isSentenceStart } from './caseEvidence';
import { afterShoutedDateline, isAsideDash } from './dashes';
import { mayNamePerson, type Mention } from './mentions';
import { ARTICLES, CLAUSE_START_SUBORDINATORS, ORG_ROLE_NOUNS, PERSON_ROLE_NOUNS, PERSON_ROLE_PLURALS, PREPOSITIONS, PRONOUNS, SOURCE_NOUNS, TITLE_WORDS } from './lexicon';
import { set, union } from './lexicon/wordSet';
import { AUTHOR_PREPOSITIONS, authorPreposition, clauseThat, description, DETERMINERS, interpretPhrase, isEmbeddedTitle, isNpWord, isPlainWord, issuedByAt, MAX_MODIFIERS, MAX_NP, participleShape, pluralOfBody, type MentionIndex, type SubjectRef } from './nounPhrases';
import { quantityPhrase } from './quantities';
import { personLike } from './sourceHeads';
import { F_CAP, F_POSS, QUOTE, Tokens, WORD } from './tokens';

/** The noun phrase ending at token `end` (inclusive), walking back no further than `floor`. */
export function nounPhraseBefore(tokens: Tokens, index: MentionIndex, end: number, floor: number, depth = 0): SubjectRef {
  // Each step below may look once more further left; a few steps are all real text needs.
  if (end < floor || depth > 3) return { type: 'none' };
  // "Rep. Jon Lund (D-Ore.) told": step over a short parenthesis.
  if (tokens.isPunct(end, ')')) {
    const open = openingParenthesis(tokens, end, floor);
    return open >= 0 ? nounPhraseBefore(tokens, index, open - 1, floor, depth + 1) : { type: 'none' };
  }
  // "Peskov, however, stressed" / "Kari Moe, 44, of Tromso, Norway, who runs a bakery, said":
  // the subject is the first phrase of the comma-separated chain.
  if (tokens.isPunct(end, ',')) return commaChain(tokens, index, end, floor, depth + 1);
  // "Ola Moe — named by the paper as the favorite — told": step over a dash-enclosed aside.
  if (isAsideDash(tokens, end)) {
    for (let k = end - 1; k >= floor && k > end - 30; k--) {
      if (tokens.kind[k] === QUOTE) break;
      if (isAsideDash(tokens, k)) return dashedAppositive(tokens, index, nounPhraseBefore(tokens, index, k - 1, floor, depth + 1), k + 1);
    }
    return { type: 'none' };
  }
  if (tokens.kind[end] !== WORD) return { type: 'none' };
  const w = tokens.lower(end);
  const pronoun = PRONOUNS.get(w);
  if (pronoun && (tokens.flags[end] & F_POSS) === 0) return { type: 'pronoun', tok: end, refers: pronoun };
  if (w === 'who' || w === 'which' || w === 'that') {
    // "Putin, who ...", "a headline that said": the relative pronoun stands for the phrase before.
    // ("Ola Berg -- who once said": a dash sets off the clause as a comma does.)
    const k = tokens.isPunct(end - 1, ',') || isAsideDash(tokens, end - 1) ? end - 2 : end - 1;
    const mention = index.endingAt(k);
    // ("Ola Berg, professor of health at the Bergen Institute, who said": "who" is the person
    // the appositive describes, not the body that ends it.)
    if (w === 'who' && mention >= 0 && (index.mentions[mention].kind === 'organization' || index.mentions[mention].kind === 'place')) {
      const person = personBeforeAppositive(tokens, index, index.mentions[mention].tokStart - 1, floor);
      if (person >= 0) return { type: 'relative', tok: end, mention: person };
    }
    if (mention >= 0 && !index.mentions[mention].possessive) return { type: 'relative', tok: end, mention };
    if (w === 'that' && !tokens.isWord(k)) return { type: 'none' };
    const before = k >= floor ? nounPhraseBefore(tokens, index, k, floor, depth + 1) : { type: 'none' as const };
    return before.type === 'nominal' ? before : { type: 'none' };
  }
  let k = end;
  while (k >= floor && end - k < MAX_NP && isNpWord(tokens, k)) k--;
  // Include a leading article or possessive determiner: "the ministry", "his spokesman".
  let start = k + 1;
  if (k >= floor && tokens.kind[k] === WORD && DETERMINERS.has(tokens.lower(k)) && !clauseThat(tokens, k)) start = k;
  let ref: SubjectRef = start <= end ? interpretPhrase(tokens, index, start, end) : { type: 'none' };
  // ("The Bank of Canada’s head said": the owner's name reaches back past its own "of"; the
  // phrase opens where the name does, not inside it.)
  if (ref.type === 'nominal' && ref.named >= 0 && index.mentions[ref.named].tokStart < ref.tokStart) ref = { ...ref, tokStart: index.mentions[ref.named].tokStart };
  if (ref.type === 'none') ref = description(tokens, end, floor);
  if (ref.type === 'none') ref = barePlural(tokens, end, floor);
  if (ref.type === 'none') ref = quantityPhrase(tokens, end, floor);
  else if (ref.type === 'nominal' && !DETERMINERS.has(tokens.lower(ref.tokStart))) {
    // "The weather service": plain modifiers back to a determiner belong to the phrase.
    const wider = description(tokens, end, floor);
    if (wider.type === 'nominal' && wider.tokStart < ref.tokStart) ref = { ...ref, tokStart: wider.tokStart, definite: wider.definite };
  }
  // "Ola Berg of the Harbour Fund said", "a notice on the town website reads", "Ola Berg on
  // Twitter said": the phrase was the object of a preposition, whose head is a name or a
  // role -- not any noun ("voted 6-1 for a motion which said").
  // ("the Council of Churches’ Ola Berg said": a name after its owner's possessive is no
  // object of the "of" inside the owner's name.)
  let p = ref.type === 'nominal' || (ref.type === 'mention' && !titledAfterOf(tokens, index.mentions[ref.mention], ref.tokStart) && !ownedMention(tokens, index, ref)) ? ref.tokStart - 1 : -1;
  // ("… of the Institute for Science": the article before an organisation's name.)
  if (ref.type === 'mention' && p > floor && tokens.isWord(p) && tokens.lower(p) === 'the') p--;
  if (p > floor && tokens.kind[p] === WORD && OF_PHRASE.has(tokens.lower(p))) {
    // "experts Ada Holm and Eva Berg of the Institute wrote": the first of the pair leads.
    const head = leadOfPair(tokens, index, nounPhraseBefore(tokens, index, p - 1, floor, depth + 1), floor);
    // "A statement from the ministry said", "a letter from Ola Berg reads", "the statement of
    // the ministry reads": a source's author speaks through it.
    // ("the message to the administration of X": "of" belongs to the noun right before it.)
    if (head.type === 'nominal' && (head.tokEnd === p || tokens.lower(p) !== 'of') && authorPreposition(tokens.lower(p), head.head) && namesSpeaker(index, ref)) return ref;
    if (head.type === 'nominal' && (ref.type === 'mention' || ref.type === 'nominal') && officeOf(tokens, head, ref, p)) return sourceOfRecipient(tokens, index, { ...head, tokEnd: ref.tokEnd }, floor, depth);
    if (head.type === 'mention' || (head.type === 'nominal' && roleOrSourceNoun(head.head))) return head;
  }
  // "A memo obtained by the Bergen Herald says", "A source speaking to the paper said": the
  // phrase is the object inside a participle phrase that follows the subject's head.
  // ("Ola Berg left after Ann Dahl argued": "after" opens a clause; it follows no participle.)
  if (p > floor + 1 && tokens.isWord(p) && PARTICIPLE_PREPOSITIONS.has(tokens.lower(p)) && isPostModifierParticiple(tokens, p - 1)) {
    const head = nounPhraseBefore(tokens, index, p - 2, floor, depth + 1);
    // "The statement issued by the ministry said": a source speaks for its issuer.
    if (issuedByAt(tokens, p - 1) && head.type === 'nominal' && SOURCE_NOUNS.has(head.head) && namesSpeaker(index, ref)) return ref;
    if (namesSpeaker(index, head)) return head;
  }
  return sourceOfRecipient(tokens, index, ref, floor, depth);
}

/** Longest appositive (tokens) read back from a relative "who" to the person it describes. */
const APPOSITIVE_REACH = 25;

/**
 * The person named right before the comma that opens the appositive ending at `k` ("Ola
 * Berg, professor of … at the Bergen Institute"), or -1: a quotation, a semicolon or the
 * reach ends the search.
 */
function personBeforeAppositive(tokens: Tokens, index: MentionIndex, k: number, floor: number): number {
  for (let j = k; j > floor && j > k - APPOSITIVE_REACH; j--) {
    if (tokens.kind[j] === QUOTE || tokens.isPunct(j, ';')) return -1;
    if (!tokens.isPunct(j, ',')) continue;
    const m = index.endingAt(j - 1);
    if (m >= 0 && mayNamePerson(index.mentions[m])) return m;
  }
  return -1;
}

/** The phrase is a name right after a possessive it took in: "Churches’ Ola Berg". */
function ownedMention(tokens: Tokens, index: MentionIndex, ref: SubjectRef & { type: 'mention' }): boolean {
  const m = index.mentions[ref.mention];
  return ref.tokStart < m.tokStart && (tokens.flags[m.tokStart - 1] & F_POSS) !== 0;
}

/**
 * "The ministry's letter to Mayor Ola Berg said": the phrase is the addressee of a source
 * (after "to"), which does the saying; the source phrase, else the phrase itself.
 */
function sourceOfRecipient(tokens: Tokens, index: MentionIndex, ref: SubjectRef, floor: number, depth: number): SubjectRef {
  if (ref.type !== 'mention' && ref.type !== 'nominal') return ref;
  const to = ref.tokStart - 1;
  if (to <= floor || !tokens.isLowerWord(to) || tokens.lower(to) !== 'to') return ref;
  const source = nounPhraseBefore(tokens, index, to - 1, floor, depth + 1);
  return source.type === 'nominal' && SOURCE_NOUNS.has(source.head) ? source : ref;
}

/** Prepositions that take the object of a participle after a noun: "obtained by", "speaking to". */
const PARTICIPLE_PREPOSITIONS = set('by to for with in on at from about into through');

/**
 * A lower-case participle ("obtained", "speaking") that can open a shortened relative clause
 * after a noun; "during", "including" and the like are prepositions.
 */
function isPostModifierParticiple(tokens: Tokens, k: number): boolean {
  return participleShape(tokens, k) && !PREPOSITIONS.has(tokens.lower(k)) && tokens.lower(k) !== 'according';
}

/** A phrase that can be a speaker: a name other than a place's, or a person, body or document. */
function namesSpeaker(index: MentionIndex, ref: SubjectRef): boolean {
  if (ref.type === 'mention') return index.mentions[ref.mention].kind !== 'place' && !index.mentions[ref.mention].possessive;
  return ref.type === 'nominal' && (roleOrSourceNoun(ref.head) || ref.person);
}

/** A person's role, a body or a document: "spokesman", "ministry", "memo". */
function roleOrSourceNoun(head: string): boolean {
  return PERSON_ROLE_NOUNS.has(head) || ORG_ROLE_NOUNS.has(head) || SOURCE_NOUNS.has(head);
}

/**
 * "The office of the Norland Ombudsman said": a definite organisation noun named only by the
 * "of" after it ("the office", "the secretariat") speaks as the whole phrase, when what
 * follows "of" is a name or a capitalised title.
 */
function officeOf(tokens: Tokens, head: Extract<SubjectRef, { type: 'nominal' }>, object: Extract<SubjectRef, { type: 'mention' | 'nominal' }>, of: number): boolean {
  if (head.person || !head.definite || head.named >= 0 || head.tokEnd !== of || tokens.lower(of) !== 'of' || !ORG_ROLE_NOUNS.has(head.head)) return false;
  return object.type === 'mention' || tokens.isCap(object.tokEnd - 1);
}

/**
 * "Speaker of the Assembly Jon Lund said": a capitalized office ("Speaker", "Secretary") before
 * "of" and capitals up to the name make one title of the person named right after them, so
 * "of" is inside the title, not a preposition making the name its object.
 */
function titledAfterOf(tokens: Tokens, m: Mention, phraseStart: number): boolean {
  const office = phraseStart - 2;
  if (m.kind === 'organization' || m.kind === 'place' || m.tokStart <= phraseStart || !tokens.isCap(office)) return false;
  // "Ministry of Health spokesman Ola Berg said", "Bank of England Governor Ola Berg": a role
  // right before the name ends the title, and the body before it is the role's, whatever
  // comes before "of".
  const role = tokens.lower(m.tokStart - 1);
  if ((PERSON_ROLE_NOUNS.has(role) || TITLE_WORDS.has(role)) && tokens.isWord(m.tokStart - 1)) return true;
  if (!tokens.isCap(m.tokStart - 1)) return false;
  const w = tokens.lower(office);
  return PERSON_ROLE_NOUNS.has(w) || TITLE_WORDS.has(w);
}

/**
 * "A former candidate -- Ola Berg, who lost in 2008 -- said": a description before the dashes
 * and a person's name opening the aside are one speaker, and the name says who.
 */
function dashedAppositive(tokens: Tokens, index: MentionIndex, before: SubjectRef, asideStart: number): SubjectRef {
  if (before.type !== 'nominal' || !before.person) return before;
  const m = index.startingAt(asideStart);
  if (m < 0) return before;
  const mention = index.mentions[m];
  const follows = tokens.isPunct(mention.tokEnd, ',') || isAsideDash(tokens, mention.tokEnd);
  return follows && (mention.kind === 'person' || (mention.kind === 'name' && mention.tokEnd - mention.tokStart >= 2)) && !mention.possessive
    ? index.refOf(m)
    : before;
}

/** Prepositions whose object may end the phrase before the verb ("a notice on the town website reads"). */
const OF_PHRASE = new Set(['of', 'for', 'at', 'from', 'with', 'on']);

/** The subject of `A, B, C, said`: the first of the comma-separated phrases that names someone. */
function commaChain(tokens: Tokens, index: MentionIndex, end: number, floor: number, depth: number): SubjectRef {
  // ("SEOUL, Jan 13 (NNA) — Kari Moe, …, said": a dateline's commas chain no phrases.)
  floor = afterShoutedDateline(tokens, floor, end);
  const commas: number[] = [end];
  for (let k = end - 1; k >= floor && k > end - 30 && commas.length < 6; k--) {
    if (tokens.kind[k] === QUOTE && tokens.isPunct(k + 1, ',') && tokens.isPunct(k - 1, ',')) continue; // `, "The Apprentice,"`
    if (tokens.kind[k] === QUOTE && !isEmbeddedTitle(tokens, k)) break;
    // ("Cllr Ann Berg (Lab, Bergen North), who …, said": a comma inside a short parenthesis
    // after a name separates no phrases of the chain.)
    if (tokens.isPunct(k, ')')) {
      const open = openingParenthesis(tokens, k, floor);
      if (open >= 0) k = open;
      continue;
    }
    if (tokens.isPunct(k, ',')) commas.push(k);
  }
  if (commas.length < 2 && !(commas[0] - 1 >= floor)) return { type: 'none' };
  // "…, in Dover, DE, after a long day, Gov. Ada Berg (D), said": a person's name right
  // before the verb's comma is the subject, whatever the phrases before it.
  // ("…, the diocese's weekly paper, Norland Voice, said": not when the name is
  // in apposition to a description of a thing.)
  if (commas.length >= 2 && commas[0] - 1 > commas[1] && !namesDescribedThing(tokens, commas)) {
    const last = nounPhraseBefore(tokens, index, commas[0] - 1, commas[1] + 1, depth);
    if (last.type === 'mention' && last.tokStart === commas[1] + 1 && mayNamePerson(index.mentions[last.mention])) return last;
  }
  // Segments from the left: [floor or after the leftmost comma's predecessor, comma).
  let fallback: SubjectRef = { type: 'none' };
  let left = commas.length >= 2 ? Math.max(floor, leftBoundary(tokens, commas[commas.length - 1], floor)) : floor;
  for (let c = commas.length - 1; c >= 0; c--) {
    const segEnd = commas[c] - 1;
    if (segEnd >= left) {
      const ref = nounPhraseBefore(tokens, index, segEnd, left, depth);
      // Only a segment that is a noun phrase from its first word ("Jon Lund"), not one that
      // merely ends in a name ("At Bergen Quay", "where it costs … Berg").
      // ("Of Kari Moe, Dahl said": a segment opening with a preposition names a topic.)
      const topic = tokens.isWord(left) && PREPOSITIONS.has(tokens.lower(left));
      // ("… after Mayor Berg, asked about it, had said": a clause opens right before the name,
      // and the aside after the name describes it.)
      // ("…, in what Ann Dahl, a treasurer, called": "what" opens a clause in any segment.)
      const clauseSubject = ref.type === 'mention' && c >= 1 && tokens.isLowerWord(commas[c] + 1) && (c === commas.length - 1 ? opensClauseBefore(tokens, left, ref.tokStart) : whatBefore(tokens, left, ref.tokStart));
      // ("In a light-hearted moment Judge Ola Berg, hearing the case, said": the phrase put
      // first lacks its comma, and a person's name after its last noun is the subject.)
      const afterFronted = c === commas.length - 1 && c >= 1 && ref.type === 'mention' && closesFrontedPhrase(tokens, index.mentions[ref.mention], ref.tokStart, floor);
      const whole = ref.type === 'pronoun' ? ref.tok === left : clauseSubject || afterFronted || (!topic && (ref.type === 'mention' || ref.type === 'nominal') && (onlyModifiers(tokens, left, ref.tokStart) || authorOfSourceFrom(tokens, index, left, ref, depth)));
      if (whole && (ref.type === 'pronoun' || (ref.type === 'mention' && index.mentions[ref.mention].kind !== 'place'))) return ref;
      // "Ola Berg, who, after a long meeting with Mr. Lund, said": a relative pronoun alone
      // between commas is the subject; the aside after it only says when or how.
      if (segEnd === left && tokens.lower(left) === 'who' && ref.type !== 'none') return ref;
      // "Phil Berger and Tim Moore, both Republicans, said": the first of two names leads.
      const pair = firstOfPair(tokens, index, left, segEnd);
      if (pair.type !== 'none') return pair;
      if (fallback.type === 'none' && ref.type !== 'none' && whole) fallback = ref;
    }
    left = commas[c] + 1;
  }
  return fallback;
}

/**
 * The phrase naming `name` from `phraseStart` ("Judge Ola Berg") follows words opened by a
 * preposition at `left` that end in a plain noun ("In a light-hearted moment"), and names a
 * titled person.
 */
function closesFrontedPhrase(tokens: Tokens, name: Mention, phraseStart: number, left: number): boolean {
  const k = phraseStart - 1;
  if (name.kind !== 'person' || k <= left + 1 || !tokens.isLowerWord(k) || !tokens.isWord(left) || !PREPOSITIONS.has(tokens.lower(left))) return false;
  for (let j = left + 1; j < k; j++) if (tokens.kind[j] !== WORD) return false;
  const w = tokens.lower(k);
  return isPlainWord(tokens, k) && !DETERMINERS.has(w) && !participleShape(tokens, k) && !PERSON_ROLE_NOUNS.has(w) && !ORG_ROLE_NOUNS.has(w);
}

/**
 * A conjunction that opens a clause ("after", "when", "that") stands right before `name`, at or
 * after `left`. ("and" does not: "Ada Holm and Eva Berg, who …" is a pair.)
 */
function opensClauseBefore(tokens: Tokens, left: number, name: number): boolean {
  const k = name - 1;
  if (k < left || !tokens.isWord(k)) return false;
  const w = tokens.lower(k);
  return CLAUSE_START_SUBORDINATORS.has(w) || w === 'that' || whatBefore(tokens, left, name);
}

/** "in what Ann Dahl, a treasurer, called …": "what" right before `name` opens a free relative. */
function whatBefore(tokens: Tokens, left: number, name: number): boolean {
  return name - 1 >= left && tokens.isLowerWord(name - 1) && tokens.lower(name - 1) === 'what';
}

/** The segment before the last comma-separated one is "the/a … NOUN" for a thing, not a person. */
function namesDescribedThing(tokens: Tokens, commas: number[]): boolean {
  if (commas.length < 3) return false;
  const first = commas[2] + 1, last = commas[1] - 1;
  if (last <= first || !tokens.isWord(first) || !tokens.isWord(last) || !ARTICLE_OPENERS.has(tokens.lower(first))) return false;
  const head = tokens.lower(last);
  // ("newspaper" ends like "reporter": the lexicon's organisations and media come first.)
  return tokens.isLowerWord(last) && !PERSON_ROLE_NOUNS.has(head) && (ORG_ROLE_NOUNS.has(head) || SOURCE_NOUNS.has(head) || !personLike(head));
}

/** What opens a description of a thing: an article or a thing's possessive. */
const ARTICLE_OPENERS = union(ARTICLES, set('its their'));

/**
 * "John Bolton and editor Sebastian Gorka both denounced": when the subject found is the second
 * of two people joined by "and", the first leads; otherwise the subject as found.
 */
export function leadOfPair(tokens: Tokens, index: MentionIndex, ref: SubjectRef, floor: number): SubjectRef {
  if (ref.type !== 'mention' || !mayNamePerson(index.mentions[ref.mention])) return ref;
  let k = ref.tokStart - 1;
  // Title words between "and" and the name: "and editor Dr. Sebastian Gorka".
  while (k >= floor && ref.tokStart - k <= 3 && tokens.isWord(k) && tokens.lower(k) !== 'and' && (isNpWord(tokens, k) || isPlainWord(tokens, k))) k--;
  if (k - 1 < floor || !tokens.isWord(k) || tokens.lower(k) !== 'and') return ref;
  const first = index.endingAt(k - 1);
  return first >= 0 && mayNamePerson(index.mentions[first]) && !index.mentions[first].possessive ? index.refOf(first) : ref;
}

/** "[council leader] Ola Berg and Jon Lund": a person named first in a pair, or none. */
function firstOfPair(tokens: Tokens, index: MentionIndex, left: number, segEnd: number): SubjectRef {
  for (let k = left; k < segEnd && k - left <= 6; k++) {
    const m = index.startingAt(k);
    if (m >= 0 && index.mentions[m].tokStart === k) {
      const mention = index.mentions[m];
      // ("state Senate leader …": an organisation word inside the title.)
      if (!mayNamePerson(mention)) { k = mention.tokEnd - 1; continue; }
      const paired = tokens.isWord(mention.tokEnd) && tokens.lower(mention.tokEnd) === 'and' && mention.tokEnd < segEnd;
      return paired && onlyModifiers(tokens, left, k) ? index.refOf(m) : { type: 'none' };
    }
    if (!isNpWord(tokens, k) && !isPlainWord(tokens, k)) break;
  }
  return { type: 'none' };
}

/** Tokens [from, to) could all modify a name ("Former House speaker"): no verb, preposition or clause word. */
function onlyModifiers(tokens: Tokens, from: number, to: number): boolean {
  if (to - from > 6) return false;
  for (let k = from; k < to; k++) {
    if (!(isNpWord(tokens, k) || isPlainWord(tokens, k)) || DETERMINERS.has(tokens.lower(k)) && k > from) return false;
  }
  return true;
}

/**
 * "A report by the council, released on Monday, said": the segment from `left` is a source and
 * `ref` its author ("by", "from", or "of" right after a statement), so `ref` speaks for the
 * whole segment, as it does without the aside.
 */
function authorOfSourceFrom(tokens: Tokens, index: MentionIndex, left: number, ref: SubjectRef, depth: number): boolean {
  if (ref.type !== 'mention' && ref.type !== 'nominal') return false;
  // ("by the consulting firm Norland Economics": the author's own modifiers come between.)
  let p = ref.tokStart - 1;
  while (p > left && ref.tokStart - p <= MAX_MODIFIERS && !(tokens.isLowerWord(p) && AUTHOR_PREPOSITIONS.has(tokens.lower(p)))) p--;
  if (p <= left || !tokens.isLowerWord(p)) return false;
  const modifiers = DETERMINERS.has(tokens.lower(p + 1)) ? p + 2 : p + 1;
  if (!onlyModifiers(tokens, modifiers, ref.tokStart)) return false;
  const head = nounPhraseBefore(tokens, index, p - 1, left, depth + 1);
  return head.type === 'nominal' && head.tokEnd === p && onlyModifiers(tokens, left, head.tokStart) && authorPreposition(tokens.lower(p), head.head) && namesSpeaker(index, ref);
}

/** Where the phrase before the chain's first comma starts: the clause start or a quotation. */
function leftBoundary(tokens: Tokens, comma: number, floor: number): number {
  let k = comma - 1;
  // "Rep. Ann Dahl (D-Calif.), who …, said": step over a short parenthesis after the name.
  if (tokens.isPunct(k, ')')) {
    const open = openingParenthesis(tokens, k, floor);
    if (open >= 0) k = open - 1;
  }
  const end = k;
  while (k >= floor && k > end - MAX_NP - 1 && tokens.kind[k] === WORD) k--;
  return k + 1;
}

/** The "(" of a short parenthesis closing at token `close` ("(D-Calif.)"), at or above `floor`; else -1. */
function openingParenthesis(tokens: Tokens, close: number, floor: number): number {
  for (let k = close - 1; k >= floor && k > close - 8; k--) if (tokens.isPunct(k, '(')) return k;
  return -1;
}

/**
 * A plural of people with no determiner: "Protesters chanted", "former employees have
 * called", "many voters say". News prose names crowds and groups this way.
 */
function barePlural(tokens: Tokens, end: number, floor: number): SubjectRef {
  const head = tokens.lower(end);
  // "People should …", "Voters say", "Proponents argue": a plural of people opening its
  // sentence, capitalized.
  // ("Charities say", "rights groups warned": bodies in the plural, too.)
  const bodies = pluralOfBody(head);
  const opening = (tokens.flags[end] & F_CAP) !== 0 && isSentenceStart(tokens, end) && (head === 'people' || PERSON_ROLE_PLURALS.has(head) || (/[^s]s$/.test(head) && (personLike(head) || bodies)));
  if (opening) return { type: 'nominal', tokStart: end, tokEnd: end + 1, head, definite: false, person: !bodies, named: -1 };
  if (!isPlainWord(tokens, end) || (tokens.flags[end] & F_CAP) !== 0) return { type: 'none' };
  if (head.length < 5 || !head.endsWith('s') || head.endsWith('ss') || !(personLike(head) || bodies)) return { type: 'none' };
  let k = end - 1;
  while (k >= floor && k >= end - MAX_MODIFIERS && (isPlainWord(tokens, k) || isNpWord(tokens, k)) && !DETERMINERS.has(tokens.lower(k))) k--;
  return { type: 'nominal', tokStart: k + 1, tokEnd: end + 1, head, definite: false, person: !bodies, named: -1 };
}
