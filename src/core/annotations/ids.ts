// Short annotation ids: 6 lower-case base36 characters, unique within one sidecar.
//
// The first character is always a letter, so an id never reads as a YAML number (`123456`,
// `12e456`) and always stays a plain, unquoted scalar in the file. That leaves 26 * 36^5
// (about 1.6e9) ids: collisions are rare and simply retried.

/** A source of uniform random numbers in [0, 1); tests inject a seeded one. */
export type RandomSource = () => number;

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
const BASE36 = '0123456789abcdefghijklmnopqrstuvwxyz';
export const ID_LENGTH = 6;
const ID_PATTERN = /^[a-z][0-9a-z]{5}$/;

/** Whether an id has the generated shape. Hand-written ids of other shapes are still accepted. */
export function isGeneratedId(id: string): boolean {
  return ID_PATTERN.test(id);
}

function pick(alphabet: string, random: RandomSource): string {
  const index = Math.floor(random() * alphabet.length);
  return alphabet[Math.min(Math.max(index, 0), alphabet.length - 1)];
}

/**
 * A fresh id not in `taken`. Throws only if the random source keeps returning taken ids (a
 * broken source, e.g. a constant stub), rather than looping forever.
 */
export function generateId(taken: ReadonlySet<string> | ((id: string) => boolean), random: RandomSource = Math.random): string {
  const isTaken = typeof taken === 'function' ? taken : (id: string) => taken.has(id);
  for (let attempt = 0; attempt < 1000; attempt++) {
    let id = pick(LETTERS, random);
    for (let i = 1; i < ID_LENGTH; i++) id += pick(BASE36, random);
    if (!isTaken(id)) return id;
  }
  throw new Error('generateId: the random source keeps producing ids already in use');
}

/** A small deterministic random source (mulberry32) for tests and benchmarks. */
export function seededRandom(seed: number): RandomSource {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
