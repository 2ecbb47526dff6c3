// The words a run of capitals opens with that name nobody ("However", "The", "Thursday",
// "(LEAD)"), which findMentions trims before it reads the run as a name: one lookup per word.
import { CALENDAR, FUNCTION_WORDS, FURNITURE_WORDS, PREPOSITIONS, WIRE_VERSION_MARKS } from './lexicon';

/** The lists a run's leading word is trimmed by (trimmedAsLeadWord), as bits. */
const LEAD_CALENDAR = 1, LEAD_FUNCTION = 2, LEAD_PREPOSITION = 4, LEAD_FURNITURE = 8, LEAD_WIRE_MARK = 16;

/** Each word of those lists with its bits: one lookup for a run's word instead of four. */
const LEAD_CLASSES: ReadonlyMap<string, number> = (() => {
  const classes = new Map<string, number>();
  const add = (list: ReadonlySet<string>, bit: number): void => {
    for (const w of list) classes.set(w, (classes.get(w) ?? 0) | bit);
  };
  add(CALENDAR, LEAD_CALENDAR);
  add(FUNCTION_WORDS, LEAD_FUNCTION);
  add(PREPOSITIONS, LEAD_PREPOSITION);
  add(FURNITURE_WORDS, LEAD_FURNITURE);
  add(WIRE_VERSION_MARKS, LEAD_WIRE_MARK);
  return classes;
})();

/**
 * "However", "The", "Thursday", "(LEAD)": a capitalized word opening a run that names nobody —
 * a day or month, a function word (a preposition only opening a sentence: mid-sentence it is
 * part of a name, "captain Per Olsen"), page furniture opening a sentence, a wire version mark.
 */
export function trimmedAsLeadWord(w: string, initial: boolean): boolean {
  const bits = LEAD_CLASSES.get(w);
  if (bits === undefined) return false;
  if ((bits & (LEAD_CALENDAR | LEAD_WIRE_MARK)) !== 0) return true;
  if ((bits & LEAD_FUNCTION) !== 0 && (initial || (bits & LEAD_PREPOSITION) === 0)) return true;
  return initial && (bits & LEAD_FURNITURE) !== 0;
}
