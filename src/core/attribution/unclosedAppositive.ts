// "Kari Moe, the spokeswoman for the Bergen Rowing Club said …": news copy often drops
// the comma that should close an appositive, so the phrase right before the verb ("the Bergen
// Rowing Club", "President Ola Berg") is only the end of the description. The sentence's
// subject is the name it opens with.
import { ARTICLES, PERSON_ROLE_NOUNS, ROLE_MODIFIERS } from './lexicon';
import { verbLike, type MentionIndex, type SubjectRef } from './nounPhrases';
import { isAlnum, isUpper } from './chars';
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
  const opening = index.startingAt(first);
  const m = opening >= 0 ? opening : nameAfterOpeningPhrase(tokens, index, first, verb);
  if (m < 0) return null;
  const name = index.mentions[m];
  if (name.possessive || (name.kind !== 'person' && name.kind !== 'name')) return null;
  const comma = name.tokEnd;
  if (!tokens.isPunct(comma, ',') || verb - comma > MAX_APPOSITIVE || verb - comma < 3) return null;
  // The description opens with an article or, as news copy often writes it, with the bare role
  // ("Ann Dahl, president and CEO of the association stated") or with the country or body the
  // role serves ("Ola Berg, Norland's ambassador to Sweden said"), or with the role as a title
  // ("Ola Berg, Minister for Ports and Fisheries said").
  const opens = tokens.isLowerWord(comma + 1) ? opensDescription(tokens.lower(comma + 1)) : possessiveOwner(index, comma + 1) || titleOpening(tokens, index, comma + 1);
  if (!opens) return null;
  // 'Berg, a close aide said, "is very confident"': a cue set off by commas is an aside, and
  // its subject is the aide (a bare role cannot be: "Berg, top aide said" is no clause). The
  // quotation then goes on with the sentence Berg opened; one that opens a sentence of its own
  // ('Ola Berg, a friend of the victim said, "It is a circus."') is the name's.
  if (tokens.isPunct(verb + 1, ',') && ARTICLES.has(tokens.lower(comma + 1)) && !sentenceQuoteAt(tokens, verb + 2)) return null;
  for (let k = comma + 1; k < verb; k++) {
    if (tokens.kind[k] === QUOTE || tokens.isPunct(k, ',') || tokens.isPunct(k, '(') || tokens.isPunct(k, ';')) return null;
    // "Ola Berg, the mayor who …": a relative clause has verbs of its own -- unless it has
    // one before the cue ("Ola Berg, the analyst who runs the site wrote": the clause
    // ended at "site", and the cue is the sentence's verb or one joined to the clause's).
    if (tokens.isWord(k) && (tokens.lower(k) === 'who' || tokens.lower(k) === 'which' || tokens.lower(k) === 'that')) return relativeVerbBefore(tokens, k + 1, verb) ? index.refOf(m) : null;
  }
  return index.refOf(m);
}

/**
 * "In explaining the vote, Ola Berg, Norland's envoy to the talks said": after an opening
 * phrase set off by a comma, the name that follows it opens the clause. The mention right
 * before the last comma ahead of `verb`, when a comma stands before it; else -1.
 */
function nameAfterOpeningPhrase(tokens: Tokens, index: MentionIndex, from: number, verb: number): number {
  let comma = verb - 1;
  while (comma > from && verb - comma <= MAX_APPOSITIVE && !tokens.isPunct(comma, ',')) comma--;
  if (!tokens.isPunct(comma, ',')) return -1;
  const m = index.endingAt(comma - 1);
  return m >= 0 && tokens.isPunct(index.mentions[m].tokStart - 1, ',') ? m : -1;
}

/** A verb of the relative clause in [from, verb), right after its pronoun ("who founded", "who has led"). */
function relativeVerbBefore(tokens: Tokens, from: number, verb: number): boolean {
  return from < verb - 1 && verbLike(tokens, from) && !tokens.isPunct(verb - 1, ',');
}

/** A quotation at `k` (one token) whose first letter is a capital: a sentence of its own. */
function sentenceQuoteAt(tokens: Tokens, k: number): boolean {
  if (tokens.kind[k] !== QUOTE) return false;
  const { text } = tokens;
  let c = tokens.start[k];
  while (c < tokens.end[k] && !isAlnum(text.charCodeAt(c))) c++;
  return c < tokens.end[k] && isUpper(text.charCodeAt(c));
}

/** A name in the possessive at `k`: the country, body or person the role serves ("Norland's"). */
function possessiveOwner(index: MentionIndex, k: number): boolean {
  const m = index.startingAt(k);
  return m >= 0 && index.mentions[m].possessive;
}

/**
 * A capitalized role at `k` that names nobody itself: "Minister for Ports", not "President
 * Kari Moe" (a second person).
 */
function titleOpening(tokens: Tokens, index: MentionIndex, k: number): boolean {
  if (!tokens.isWord(k) || !opensDescription(tokens.lower(k)) || ARTICLES.has(tokens.lower(k))) return false;
  // (The title may stand outside the name's mention: check the word after it too.)
  for (const at of [k, k + 1]) {
    const m = index.startingAt(at);
    if (m >= 0 && index.mentions[m].kind === 'person') return false;
  }
  return true;
}

function opensDescription(w: string): boolean {
  return ARTICLES.has(w) || PERSON_ROLE_NOUNS.has(w) || ROLE_MODIFIERS.has(w);
}
