// The taxonomy a corpus goes by on the command line: the nearest `.news-annotator.yaml` in its
// folder or above, as the editor takes the one at the root of the corpus's workspace folder.
// Each folder is looked up once and each file read and parsed once per run, however many
// corpora share it; `check` (labels) and the listing commands (speaker aliases) both use this.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { MAX_TAXONOMY_LENGTH, TAXONOMY_FILE_NAME, parseTaxonomy, type Taxonomy } from '../core/annotations/taxonomy';
import { readUtf8File } from './fs';

/** A taxonomy file read: its taxonomy, or its problems (0-based line and column; an unreadable file at 0:0). */
export type TaxonomyFileRead =
  | { ok: true; taxonomy: Taxonomy }
  | { ok: false; problems: Array<{ line: number; column: number; message: string; code?: string }> };

export class TaxonomyFiles {
  private readonly byDir = new Map<string, string | undefined>();
  private readonly byFile = new Map<string, TaxonomyFileRead>();

  /** The nearest taxonomy file above the corpus, spelled relative to the corpus path as given; undefined when there is none. */
  nearest(corpusPath: string): string | undefined {
    return this.nearestFrom(resolve(dirname(corpusPath)), dirname(corpusPath));
  }

  /** The file read and parsed (once). `isNew` tells the first call, so problems are reported once. */
  read(file: string): { read: TaxonomyFileRead; isNew: boolean } {
    const cached = this.byFile.get(file);
    if (cached) return { read: cached, isNew: false };
    const text = readUtf8File(file, MAX_TAXONOMY_LENGTH);
    let read: TaxonomyFileRead;
    if (!text.ok) read = { ok: false, problems: [{ line: 0, column: 0, message: text.reason }] };
    else {
      const parsed = parseTaxonomy(text.text);
      read = parsed.ok ? { ok: true, taxonomy: parsed.taxonomy } : { ok: false, problems: parsed.errors };
    }
    this.byFile.set(file, read);
    return { read, isNew: true };
  }

  private nearestFrom(absolute: string, shown: string): string | undefined {
    if (this.byDir.has(absolute)) return this.byDir.get(absolute);
    let found: string | undefined;
    if (existsSync(join(absolute, TAXONOMY_FILE_NAME))) found = join(shown, TAXONOMY_FILE_NAME);
    else if (dirname(absolute) !== absolute) found = this.nearestFrom(dirname(absolute), join(shown, '..'));
    this.byDir.set(absolute, found);
    return found;
  }
}
