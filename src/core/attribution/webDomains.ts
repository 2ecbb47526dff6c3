// "Al-Arabiya.net reported", "Politico.com said": a name joined to a web address's ending
// names a site, an outlet, never a person. Read by entities.ts.
import { set } from './lexicon/wordSet';
import type { Tokens } from './tokens';

/** Endings of web addresses that make the name before them a site ("Al-Arabiya.net"). */
const WEB_DOMAINS = set('com net org info news co io');

/** ".net", ".com" joined to the run ending at `to`, with no space on either side of the dot. */
export function webDomainAfter(tokens: Tokens, to: number): boolean {
  return to + 1 < tokens.count && tokens.isPunct(to, '.') && tokens.start[to] === tokens.end[to - 1] && tokens.start[to + 1] === tokens.end[to] && tokens.isLowerWord(to + 1) && WEB_DOMAINS.has(tokens.lower(to + 1));
}
