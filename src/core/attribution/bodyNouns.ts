// The nouns a named body goes by on a second reference: "the Norland Red Cross … the charity
// said", "Bergen FC … the club said", "the Green Front … the group said", "Nordgas, the energy
// company, … the company said". The words of its name tell its type (lexicon BODY_TYPE_NOUNS),
// or the article says what it is in an appositive.
import { addHolder, headAfter, type AppositiveNouns } from './appositiveNouns';
import type { Entity } from './coreference';
import { ARTICLES, BODY_TYPE_NOUNS, GROUP_NOUNS, GROUP_ORG_WORDS, ORG_ROLE_NOUNS } from './lexicon';
import type { Mention } from './mentions';
import type { Tokens } from './tokens';

/** The nouns each named body may be called by, read once per article from its mentions. */
export function bodyNouns(tokens: Tokens, mentions: Mention[], entities: Entity[]): AppositiveNouns {
  const found = new Map<string, { entity: number; pos: number }[]>();
  for (const m of mentions) {
    if (m.entity < 0 || m.kind === 'person' || m.kind === 'place' || entities[m.entity].kind === 'person' || !entities[m.entity].named) continue;
    // "Nordgas, the energy company,": the article says what the body is.
    const after = m.possessive ? -1 : headAfter(tokens, m.tokEnd);
    if (after >= 0 && ORG_ROLE_NOUNS.has(tokens.lower(after))) addHolder(found, tokens.lower(after), m);
    // "The teachers union, the Oakland Education Association, called": the name set off after the noun.
    const before = nounBefore(tokens, m);
    if (before >= 0) addHolder(found, tokens.lower(before), m);
    // "its Danish parent bank Danske", "rival airline Norjet": the noun right before the name.
    else if (m.tokStart > 0 && tokens.isLowerWord(m.tokStart - 1) && ORG_ROLE_NOUNS.has(tokens.lower(m.tokStart - 1))) addHolder(found, tokens.lower(m.tokStart - 1), m);
    // (A type word is never a name's first word: "Trust", "Charity" alone may be anything.)
    for (let i = 1; i < m.words.length; i++) {
      for (const noun of BODY_TYPE_NOUNS.get(m.words[i]) ?? BODY_TYPE_NOUNS.get(`${m.words[i - 1]} ${m.words[i]}`) ?? []) addHolder(found, noun, m);
    }
    // "the Green Front": a name of members is "the group", though no word made it a body's name.
    if (m.kind === 'name' && m.words.length > 1 && m.words.some((w) => GROUP_ORG_WORDS.has(w))) for (const noun of GROUP_NOUNS) addHolder(found, noun, m);
  }
  return found;
}

/**
 * "the teachers union, the Oakland Education Association,": a body's noun, a comma, then the
 * name (with its article) set off by a closing comma. The noun's token, or -1.
 */
function nounBefore(tokens: Tokens, m: Mention): number {
  let k = m.tokStart - 1;
  if (k >= 0 && tokens.isLowerWord(k) && ARTICLES.has(tokens.lower(k))) k--;
  if (k < 1 || !tokens.isPunct(k, ',') || !tokens.isPunct(m.tokEnd, ',')) return -1;
  return tokens.isLowerWord(k - 1) && ORG_ROLE_NOUNS.has(tokens.lower(k - 1)) ? k - 1 : -1;
}
