// Speaker aliases: the taxonomy's `speakers.aliases` (alias: canonical name) resolved for use.
//
// Matching is exact after normalising both sides the same way (normalizeSpeakerName): Unicode
// NFC, every run of whitespace (line breaks and no-break spaces included) as one space, and no
// space at either end. Case is kept: names are proper nouns as written, and "AP" and "Ap" may
// well be different speakers; an alias must be written as the engine or the Speakers view shows
// the name.
//
// Chains are followed (a -> b and b -> c make a resolve to c), so merging into a name that is
// itself later renamed keeps working. A cycle (a -> b -> a) has no canonical name: the taxonomy
// reader reports it as an error, and names on a cycle resolve to themselves here.

export interface SpeakerAliases {
  /** How many aliases there are (0: names are used as the engine gives them). */
  readonly size: number;
  /** The canonical name for `name`: the end of its alias chain, or the name itself (normalised when aliased). */
  resolve(name: string): string;
  /** Whether some alias leads to `name` (it is the canonical name of a merged or renamed speaker). */
  isCanonical(name: string): boolean;
  /** Every canonical name an alias leads to. */
  readonly canonicalNames: ReadonlySet<string>;
  /** Alias -> its canonical name (chains resolved), normalised, in the taxonomy's order. */
  readonly resolved: ReadonlyMap<string, string>;
}

const WHITESPACE = /\s+/gu;

/** The form aliases compare in: NFC, whitespace runs as one space, trimmed. */
export function normalizeSpeakerName(name: string): string {
  return name.normalize('NFC').replace(WHITESPACE, ' ').trim();
}

/** Alias -> canonical as written (a null-prototype record or any plain object), normalised; self-aliases dropped. */
function normalizedPairs(aliases: Readonly<Record<string, string>>): Map<string, string> {
  const pairs = new Map<string, string>();
  for (const [alias, canonical] of Object.entries(aliases)) {
    const from = normalizeSpeakerName(alias);
    const to = normalizeSpeakerName(canonical);
    if (from && to && from !== to) pairs.set(from, to);
  }
  return pairs;
}

/**
 * The cycles among the aliases, each as the names in the order the aliases lead
 * (['a', 'b'] for a -> b -> a), starting at the cycle's first name in the taxonomy's order.
 */
export function findAliasCycles(aliases: Readonly<Record<string, string>>): string[][] {
  const next = normalizedPairs(aliases);
  const state = new Map<string, 'walking' | 'done'>();
  const cycles: string[][] = [];
  for (const start of next.keys()) {
    if (state.has(start)) continue;
    const path: string[] = [];
    let name: string | undefined = start;
    while (name !== undefined && !state.has(name)) {
      state.set(name, 'walking');
      path.push(name);
      name = next.get(name);
    }
    if (name !== undefined && state.get(name) === 'walking') cycles.push(path.slice(path.indexOf(name)));
    for (const walked of path) state.set(walked, 'done');
  }
  return cycles;
}

class CompiledAliases implements SpeakerAliases {
  readonly canonicalNames: ReadonlySet<string>;

  constructor(readonly resolved: ReadonlyMap<string, string>) {
    this.canonicalNames = new Set(resolved.values());
  }

  get size(): number {
    return this.resolved.size;
  }

  resolve(name: string): string {
    if (!this.resolved.size) return name;
    // Most names are not aliased and already normal: look them up as they are first.
    const direct = this.resolved.get(name);
    if (direct !== undefined) return direct;
    const normal = normalizeSpeakerName(name);
    return this.resolved.get(normal) ?? name;
  }

  isCanonical(name: string): boolean {
    return this.canonicalNames.has(name) || (this.canonicalNames.size > 0 && this.canonicalNames.has(normalizeSpeakerName(name)));
  }
}

export const NO_SPEAKER_ALIASES: SpeakerAliases = new CompiledAliases(new Map());

/** Resolves every alias to the end of its chain (names on a cycle are left out: they stay as they are). */
export function compileSpeakerAliases(aliases: Readonly<Record<string, string>>): SpeakerAliases {
  const next = normalizedPairs(aliases);
  if (!next.size) return NO_SPEAKER_ALIASES;
  const resolved = new Map<string, string>();
  for (const alias of next.keys()) {
    const seen = new Set<string>([alias]);
    let name = next.get(alias)!;
    while (next.has(name) && !seen.has(name)) {
      seen.add(name);
      name = next.get(name)!;
    }
    if (!seen.has(name)) resolved.set(alias, name);
  }
  return resolved.size ? new CompiledAliases(resolved) : NO_SPEAKER_ALIASES;
}

/** Whether two alias sets resolve every name alike (a reloaded taxonomy with the same aliases changes nothing). */
export function sameSpeakerAliases(a: SpeakerAliases, b: SpeakerAliases): boolean {
  if (a === b) return true;
  if (a.size !== b.size) return false;
  for (const [alias, canonical] of a.resolved) if (b.resolved.get(alias) !== canonical) return false;
  return true;
}
