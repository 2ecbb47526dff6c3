// "Prime Minister Theresa May said", "columnist Ai Jun wrote": a month name ending a run of
// capitals after another name word is a surname, not a date -- a date has its day number
// ("May 5", "Jun. 3") and weekdays stay dates ("Ola Berg Tuesday said"), save a paper's
// name ending in a weekday's short form ("the Tromso Sun") and a name before its speech verb
// ("Kim Hyun Sun said").
import { isDigit } from './chars';
import { CALENDAR, CUE_FORMS, FUNCTION_WORDS, HONORIFICS, PREPOSITIONS, WEEKDAY_SHORT_FORMS, WEEKDAYS } from './lexicon';
import { set } from './lexicon/wordSet';
import { F_CAP, type Tokens } from './tokens';

/** The month word at `last`, ending the run [from, last], belongs to the name before it. */
export function monthAsSurname(tokens: Tokens, from: number, last: number): boolean {
  const w = tokens.lower(last);
  if (last === from || WEEKDAYS.has(w) || CALENDAR.has(tokens.lower(last - 1))) return false;
  const next = last + 1;
  const dayNumber = next < tokens.count && tokens.isWord(next) && isDigit(tokens.text.charCodeAt(tokens.start[next]));
  // ("startup CEO Kim Hyun Sun said": before a speech verb the short form ends a name.)
  if (WEEKDAY_SHORT_FORMS.has(w)) return !dayNumber && (articleBefore(tokens, from) || (tokens.isLowerWord(next) && CUE_FORMS.has(tokens.lower(next))));
  return !dayNumber && !(next < tokens.count && tokens.isPunct(next, '.'));
}

/**
 * "according to the Tromso Sun": a newspaper's name after "the" may end in a weekday's short
 * form; a date does not take the article ("Sun., Jan. 5").
 */
function articleBefore(tokens: Tokens, from: number): boolean {
  return from > 0 && tokens.isLowerWord(from - 1) && tokens.lower(from - 1) === 'the';
}

/** Full month names: the calendar words that are also surnames ("Mrs May", "Mr March"). */
const MONTHS = set('january february march april may june july august september october november december');

/**
 * "Mrs May said", "Norland's May says it is …", "May told reporters": a month name standing
 * alone is a surname after an honorific, or before a speech verb it is the subject of (not
 * after a preposition: "in May said to be"). A date does not speak.
 */
export function monthAsLoneName(tokens: Tokens, k: number): boolean {
  if (!MONTHS.has(tokens.lower(k))) return false;
  const h = tokens.isPunct(k - 1, '.') ? k - 2 : k - 1;
  if (h >= 0 && tokens.isWord(h) && HONORIFICS.has(tokens.lower(h))) return true;
  const next = k + 1;
  if (!(next < tokens.count && tokens.isLowerWord(next) && CUE_FORMS.get(tokens.lower(next)) === 'finite')) return false;
  return !(k > 0 && tokens.isWord(k - 1) && PREPOSITIONS.has(tokens.lower(k - 1)));
}

/**
 * "Kari May says", "Jon Will says": a capitalized word spelled like a modal, right after
 * another capitalized name word, ends a name -- it is the surname, not an auxiliary.
 */
export function surnameAfterName(tokens: Tokens, k: number, from: number): boolean {
  return k - 1 >= from && tokens.isWord(k - 1) && (tokens.flags[k - 1] & F_CAP) !== 0 && !FUNCTION_WORDS.has(tokens.lower(k - 1));
}
