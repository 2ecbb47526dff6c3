// Clues around a participle cue ("…, adding that", "quoted X as saying", "a video showing X
// saying") that tell whose participle it is; cueSubjects.ts weighs them.
import { OBJECT_PRONOUNS, PREPOSITIONS } from './lexicon';
import { set } from './lexicon/wordSet';
import { nounPhraseBefore } from './nounPhraseBefore';
import { beforeTitle, lyAdverb, type MentionIndex, type SubjectRef } from './nounPhrases';
import { Tokens, WORD } from './tokens';

/** Verbs whose object is an -ing form of the same subject: "kept asking", "began calling". */
export const CATENATIVES = set('keep keeps kept begin begins began start starts started continue continues continued stop stops stopped');

/** Written texts that can speak through a participle after them ("an editorial urging"). */
export const WRITTEN_SOURCES = set('editorial letter memo memorandum flyer leaflet mailer brochure sign banner placard poster headline caption message email e-mail tweet post ad advertisement column op-ed petition');

/** The phrase starting at `start` is the object of a preposition ("after the editorial"). */
export function afterPreposition(tokens: Tokens, start: number, floor: number): boolean {
  return start - 1 >= floor && tokens.isLowerWord(start - 1) && PREPOSITIONS.has(tokens.lower(start - 1));
}

/** Verbs by which a source passes on someone else's words: "quoted X as saying". */
const PASSING_ON = set('quoted quotes quoting cited cites citing');

/**
 * "The Bergen Herald quoted Ola Berg as saying …", "the agency cited Kari Moe as saying …":
 * the outlet only passes the words on; the person between the verb and "as" said them.
 */
export function quotedAsSaying(tokens: Tokens, index: MentionIndex, i: number, floor: number): SubjectRef | null {
  if (i - 3 < floor || !tokens.isLowerWord(i - 1) || tokens.lower(i - 1) !== 'as') return null;
  // ("The agency reported, quoting him as saying": an object pronoun between the verb and "as".)
  const pronoun = tokens.isLowerWord(i - 2) ? OBJECT_PRONOUNS.get(tokens.lower(i - 2)) : undefined;
  if (pronoun && tokens.isLowerWord(i - 3) && PASSING_ON.has(tokens.lower(i - 3))) return { type: 'pronoun', tok: i - 2, refers: pronoun };
  const who = nounPhraseBefore(tokens, index, i - 2, floor);
  if (who.type !== 'mention' && who.type !== 'nominal') return null;
  return passedOnAt(tokens, who.tokStart, floor) ? who : null;
}

/** Tokens of a title the name may carry after the verb: "the Leader of the Revolution Ayatollah". */
const PASSED_TITLE_REACH = 8;

/**
 * A passing-on verb right before `start`, or before a capitalised title there ("quoted the
 * Leader of the Revolution Ayatollah Ola Berg as saying"): its capitals, "the" and "of".
 */
function passedOnAt(tokens: Tokens, start: number, floor: number): boolean {
  for (let k = start - 1; k >= floor && start - k <= PASSED_TITLE_REACH && tokens.isWord(k); k--) {
    if (tokens.isLowerWord(k)) {
      const w = tokens.lower(k);
      if (PASSING_ON.has(w)) return true;
      if (w !== 'the' && w !== 'of') return false;
    }
  }
  return false;
}

/** Verbs that show or let one hear someone doing something: "a video showing X saying". */
const DEPICTING = set('showing shows showed show shown depicting depicts featuring features heard hear hears saw see sees watched filmed recorded');
/** How far back from a name its depicting verb may stand: "showing the chief of the coast guard in the county Major Ola Berg". */
const DEPICTING_REACH = 10;

/** A depicting verb within a few words before `start`, with no punctuation between. */
export function shownBefore(tokens: Tokens, start: number, floor: number): boolean {
  for (let k = start - 1; k >= floor && k >= start - DEPICTING_REACH && tokens.kind[k] === WORD; k--) {
    if (DEPICTING.has(tokens.lower(k))) return true;
  }
  return false;
}

/** An adverb in -ly telling how something was said ("privately", "loudly"). */
export function mannerAdverb(tokens: Tokens, k: number): boolean {
  return tokens.isLowerWord(k) && lyAdverb(tokens.lower(k));
}

/** "reports of (Foreign Minister) Ola Berg": "of" or "about" before the name starting at `start`, past its title. */
export function reportedOf(tokens: Tokens, start: number, floor: number): boolean {
  const k = beforeTitle(tokens, start, floor);
  return k >= floor && tokens.isLowerWord(k) && (tokens.lower(k) === 'of' || tokens.lower(k) === 'about');
}
