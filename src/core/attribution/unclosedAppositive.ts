// "Sam Lau, the communications director for the Iowa party said …": news copy often drops
// the comma that should close an appositive, so the phrase right before the verb ("the Iowa
// party", "President Bill Clinton") is only the end of the description. The sentence's
// subject is the name it opens with.
import { ARTICLES, PERSON_ROLE_NOUNS, ROLE_MODIFIERS } from './lexicon';
import { verbLike, type MentionIndex, type SubjectRef } from './nounPhrases';
import { set } from './lexicon/wordSet';
import { QUOTE, Tokens, WORD } from './tokens';

/** Longest description (tokens) read as an unclosed appositive. */
const MAX_APPOSITIVE = 16;

/**
 * The name opening the sentence at `from` when it is followed by a comma and a description
 * ("a former agent for …", "the director of …") that runs, without another comma, up to the
 * verb at `verb`; otherwise null.
 */
export function unclosedAppositiveHead(tokens: Tokens, index: MentionIndex, from: number, verb: number): SubjectRef | null {
  let first = from;
  while (first < verb && tokens.kind[first] !== WORD) first++;
  let m = index.startingAt(first);
  // "In reply to the letter, Ola Berg, the envoy to the council said": a scene-setting
  // phrase closed by a comma may come before the name.
  if (m < 0 || index.mentions[m].tokEnd >= verb || !tokens.isPunct(index.mentions[m].tokEnd, ',')) m = nameAfterOpener(tokens, index, first, verb);
  if (m < 0) return null;
  const name = index.mentions[m];
  if (name.possessive || (name.kind !== 'person' && name.kind !== 'name')) return null;
  const comma = name.tokEnd;
  if (!tokens.isPunct(comma, ',') || verb - comma > MAX_APPOSITIVE || verb - comma < 3) return null;
  // The description opens with an article or, as news copy often writes it, with the bare role
  // ("Ann Dahl, president and CEO of the association stated") or a possessive ("Ann Dahl,
  // Norland's envoy to the council said").
  if (!(tokens.isLowerWord(comma + 1) && opensDescription(tokens.lower(comma + 1))) && !possessiveRole(tokens, index, comma + 1)) return null;
  // "Clinton, a top aide said, "…"": a cue set off by commas is an aside, and its subject
  // is the aide (a bare role cannot be: "Berg, top aide said" is no clause).
  if (tokens.isPunct(verb + 1, ',') && ARTICLES.has(tokens.lower(comma + 1))) return null;
  for (let k = comma + 1; k < verb; k++) {
    if (tokens.kind[k] === QUOTE || tokens.isPunct(k, ',') || tokens.isPunct(k, '(') || tokens.isPunct(k, ';')) return null;
    // "Ola Berg, the mayor who …": a relative clause has verbs of its own -- unless it has
    // one before the cue ("Ola Berg, the analyst who runs the site wrote": the clause
    // ended at "site", and the cue is the sentence's verb or one joined to the clause's).
    if (tokens.isWord(k) && (tokens.lower(k) === 'who' || tokens.lower(k) === 'which' || tokens.lower(k) === 'that')) return relativeVerbBefore(tokens, k + 1, verb) ? index.refOf(m) : null;
  }
  return index.refOf(m);
}

/** A verb of the relative clause in [from, verb), right after its pronoun ("who founded", "who has led"). */
function relativeVerbBefore(tokens: Tokens, from: number, verb: number): boolean {
  return from < verb - 1 && verbLike(tokens, from) && !tokens.isPunct(verb - 1, ',');
}

/**
 * The name right after the comma closing an opening phrase ("In reply to the letter, Ola Berg,
 * …"): the mention or -1. Only the last comma before the verb's appositive is looked at.
 */
function nameAfterOpener(tokens: Tokens, index: MentionIndex, first: number, verb: number): number {
  let appositiveComma = -1;
  for (let k = verb - 1; k > first && k >= verb - MAX_APPOSITIVE; k--) {
    if (!tokens.isPunct(k, ',')) continue;
    appositiveComma = k;
    break;
  }
  if (appositiveComma < 0) return -1;
  const m = index.endingAt(appositiveComma - 1);
  if (m < 0) return -1;
  const start = index.mentions[m].tokStart;
  return start - 1 > first && tokens.isPunct(start - 1, ',') && LEADING_PHRASE.has(tokens.lower(first)) ? m : -1;
}

/** Words opening a scene-setting phrase before a sentence's subject: "In …,", "On …,", "Speaking …,". */
const LEADING_PHRASE = set('in on at after during asked addressing speaking explaining');

/** Words between a possessive and its role: "Norland's permanent representative". */
const ROLE_REACH = 3;

/** "Norland's envoy", "Norland's permanent representative": a possessive name and, a few lower-case words on, a role open the description at `k`. */
function possessiveRole(tokens: Tokens, index: MentionIndex, k: number): boolean {
  const m = index.startingAt(k);
  if (m < 0 || !index.mentions[m].possessive) return false;
  for (let w = index.mentions[m].tokEnd; w < index.mentions[m].tokEnd + ROLE_REACH && tokens.isLowerWord(w); w++) {
    if (PERSON_ROLE_NOUNS.has(tokens.lower(w))) return true;
  }
  return false;
}

function opensDescription(w: string): boolean {
  return ARTICLES.has(w) || PERSON_ROLE_NOUNS.has(w) || ROLE_MODIFIERS.has(w);
}
