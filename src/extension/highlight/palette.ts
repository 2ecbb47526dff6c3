// A speaker's colour: a hash of the speaker's identity into the palette slots declared in
// package.json (contributes.colors newsAnnotator.speaker1..N). The same person gets the same
// colour in every article and every file, and across sessions.

export const PALETTE_SIZE = 8;

export type SpeakerKind = 'person' | 'organization';

const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'dame', 'prof', 'mx']);

/**
 * What identifies a speaker across articles. A person is their surname, so "Dmitry Peskov",
 * "Mr Peskov" and "Peskov" (each article picks its own fullest form) share one colour; an
 * organisation is its whole name without a leading article ("the Kremlin" = "Kremlin").
 */
export function speakerIdentity(name: string, kind: SpeakerKind): string {
  const words = name
    .toLowerCase()
    .replace(/[’']s$/u, '')
    .split(/\s+/u)
    .map((w) => w.replace(/\.$/u, ''))
    .filter((w) => w && !HONORIFICS.has(w));
  if (kind === 'organization') return (words[0] === 'the' ? words.slice(1) : words).join(' ');
  return words[words.length - 1] ?? '';
}

/** FNV-1a: tiny, stable across runs and platforms, well spread for short strings. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The palette slot (1-based, as in the colour ids) of a speaker. */
export function paletteSlot(name: string, kind: SpeakerKind): number {
  return (hash(speakerIdentity(name, kind)) % PALETTE_SIZE) + 1;
}

export function speakerColorId(slot: number): string {
  return `newsAnnotator.speaker${slot}`;
}

export function speakerBackgroundColorId(slot: number): string {
  return `newsAnnotator.speaker${slot}Background`;
}
