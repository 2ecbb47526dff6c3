// "Prime Minister Theresa May said", "columnist Ai Jun wrote": a month name ending a run of
// capitals after another name word is a surname, not a date -- a date has its day number
// ("May 5", "Jun. 3") and weekdays stay dates ("Ola Berg Tuesday said").
import { isDigit } from './chars';
import { CALENDAR, WEEKDAY_SHORT_FORMS, WEEKDAYS } from './lexicon';
import type { Tokens } from './tokens';

/** The month word at `last`, ending the run [from, last], belongs to the name before it. */
export function monthAsSurname(tokens: Tokens, from: number, last: number): boolean {
  const w = tokens.lower(last);
  if (last === from || WEEKDAYS.has(w) || WEEKDAY_SHORT_FORMS.has(w) || CALENDAR.has(tokens.lower(last - 1))) return false;
  const next = last + 1;
  if (next < tokens.count && (tokens.isPunct(next, '.') || (tokens.isWord(next) && isDigit(tokens.text.charCodeAt(tokens.start[next]))))) return false;
  return true;
}
