// How the editor names and groups speakers under the taxonomy's aliases: analyses carry the
// canonical names (core's applySpeakerAliases), and this decides which workspace speaker (the
// Speakers view's row, the hover's counts) and which colour a name belongs to.
//
// Without aliases a speaker is its kind plus identity (a person's surname, an organisation's
// name without "the"; see palette.ts), so "Dmitry Peskov" and "Mr Peskov" share a row and a
// colour. A canonical name of the taxonomy is a group of its own, whatever kind the engine
// gave each of its speakers: a person the team merged into an organisation is counted there.
// A name the taxonomy does not mention joins a canonical name's group when it is a shorter
// form of it under the old rule (same identity, all its words among the canonical name's
// words: "Lavrov" joins "Sergei Lavrov"), so renaming someone does not split off the articles
// that use their surname; when two canonical names could take it, it joins neither.
import type { SpeakerAliases } from '../../core/annotations/speaker-aliases';
import { NO_SPEAKER_ALIASES } from '../../core/annotations/speaker-aliases';
import { applySpeakerAliases } from '../../core/annotations/aliased-analysis';
import type { ArticleAnalysis } from '../../core/attribution/types';
import { paletteSlot, speakerIdentity, type SpeakerKind } from '../highlight/palette';

const KINDS: readonly SpeakerKind[] = ['person', 'organization'];
const CANONICAL_PREFIX = 'canonical:';
const HONORIFICS = /^(?:mr|mrs|ms|miss|dr|sir|dame|prof|mx|the)$/;

function words(name: string): string[] {
  return name.toLowerCase().replace(/[’']s$/u, '').split(/\s+/u).map((w) => w.replace(/\.$/u, '')).filter((w) => w && !HONORIFICS.test(w));
}

export class SpeakerNaming {
  static readonly NONE = new SpeakerNaming(NO_SPEAKER_ALIASES);

  /** `kind:identity` of a canonical name -> the canonical names it could be a shorter form of. */
  private readonly byIdentity = new Map<string, string[]>();

  constructor(readonly aliases: SpeakerAliases) {
    for (const canonical of aliases.canonicalNames) {
      for (const kind of KINDS) {
        const key = `${kind}:${speakerIdentity(canonical, kind)}`;
        const list = this.byIdentity.get(key) ?? [];
        list.push(canonical);
        this.byIdentity.set(key, list);
      }
    }
  }

  get isEmpty(): boolean {
    return this.aliases.size === 0;
  }

  /** The analysis under the canonical names (the same object without aliases). */
  apply(analysis: ArticleAnalysis): ArticleAnalysis {
    return applySpeakerAliases(analysis, this.aliases);
  }

  /** The workspace speaker a name (already under its canonical name) belongs to. */
  keyOf(name: string, kind: SpeakerKind): string {
    if (this.aliases.isCanonical(name)) return CANONICAL_PREFIX + name;
    const key = `${kind}:${speakerIdentity(name, kind)}`;
    const candidates = this.byIdentity.get(key)?.filter((canonical) => {
      const all = new Set(words(canonical));
      return words(name).every((w) => all.has(w));
    });
    return candidates?.length === 1 ? CANONICAL_PREFIX + candidates[0] : key;
  }

  /** The canonical name a key stands for, if it is a canonical name's group. */
  canonicalOf(key: string): string | undefined {
    return key.startsWith(CANONICAL_PREFIX) ? key.slice(CANONICAL_PREFIX.length) : undefined;
  }

  /**
   * The palette slot of a name's group. A canonical name is coloured as a person's would be
   * (by its last word), whatever the kinds of the speakers merged into it: everyone in the group
   * then shares it, and a person keeps the colour they had before others were merged in.
   */
  slotOf(name: string, kind: SpeakerKind): number {
    const canonical = this.canonicalOf(this.keyOf(name, kind));
    return canonical === undefined ? paletteSlot(name, kind) : paletteSlot(canonical, 'person');
  }
}
