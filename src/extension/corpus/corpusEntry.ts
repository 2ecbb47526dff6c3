// One corpus file as the extension knows it: the parsed corpus (kept current by incremental
// edits while the file is open, re-read from disk otherwise) and the per-article caches of
// metadata and analysis. Articles are keyed by name; a duplicate name (a diagnosed error) gets
// its occurrence number appended so every article still has a key of its own.
import type * as vscode from 'vscode';
import * as core from './core';
import { SpeakerNaming } from './speakerNaming';

export type EntrySource = 'document' | 'disk';

export interface ArticleChange {
  /** Keys of articles whose header or body changed, or that are new. */
  changed: string[];
  /** Keys of articles that are gone. */
  removed: string[];
  /** The list of articles (their keys or order) changed. */
  structureChanged: boolean;
}

const OCCURRENCE_SEPARATOR = '\u0000#';

export function articleKeyName(key: string): string {
  const cut = key.indexOf(OCCURRENCE_SEPARATOR);
  return cut < 0 ? key : key.slice(0, cut);
}

function keysOf(corpus: core.ParsedCorpus): string[] {
  const seen = new Map<string, number>();
  return corpus.articles.map((article) => {
    const count = seen.get(article.name) ?? 0;
    seen.set(article.name, count + 1);
    return count === 0 ? article.name : `${article.name}${OCCURRENCE_SEPARATOR}${count}`;
  });
}

export class CorpusEntry {
  private corpusValue: core.ParsedCorpus;
  private keyList: string[];
  private indexByKey = new Map<string, number>();
  /** The engine's analyses, as computed. */
  private readonly analyses = new Map<string, core.ArticleAnalysis>();
  /** The same under the taxonomy's speaker names, made from `raw` with `naming` (recomputed when either changes). */
  private readonly named = new Map<string, { raw: core.ArticleAnalysis; naming: SpeakerNaming; analysis: core.ArticleAnalysis }>();
  private readonly metas = new Map<string, core.ArticleMeta>();
  private lineIndex: core.LineIndex | undefined;
  /** Bumped on every change, so consumers can tell stale results apart. */
  version = 0;
  /** Length of the text in UTF-16 code units, tracked through edits (reading corpus.text would join the pieces). */
  length: number;

  /** `naming`: the speaker names analyses are given now (the model's, which follows the taxonomy). */
  constructor(readonly uri: vscode.Uri, public source: EntrySource, text: string, private readonly naming: () => SpeakerNaming = () => SpeakerNaming.NONE) {
    this.corpusValue = core.parse(text);
    this.length = text.length;
    this.keyList = keysOf(this.corpusValue);
    this.reindex();
  }

  /** The speaker names in force: which group and colour a speaker's name belongs to. */
  get speakerNaming(): SpeakerNaming {
    return this.naming();
  }

  get corpus(): core.ParsedCorpus {
    return this.corpusValue;
  }

  get keys(): readonly string[] {
    return this.keyList;
  }

  get articleCount(): number {
    return this.keyList.length;
  }

  indexOf(key: string): number {
    return this.indexByKey.get(key) ?? -1;
  }

  article(key: string): core.Article | undefined {
    const index = this.indexOf(key);
    return index < 0 ? undefined : this.corpusValue.articles[index];
  }

  /** Key of the article holding `offset`, if any. */
  keyAt(offset: number): string | undefined {
    const article = core.articleAt(this.corpusValue, offset);
    return article ? this.keyList[this.corpusValue.articles.indexOf(article)] : undefined;
  }

  /** Index of the article holding `offset`, or of the nearest one before it; -1 before the first. */
  indexAtOrBefore(offset: number): number {
    const articles = this.corpusValue.articles;
    let lo = 0;
    let hi = articles.length - 1;
    if (hi < 0 || offset < articles[0].headerStart) return -1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (articles[mid].headerStart <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  body(key: string): string {
    const article = this.article(key);
    return article ? core.bodyOf(this.corpusValue, article) : '';
  }

  meta(key: string): core.ArticleMeta {
    let meta = this.metas.get(key);
    if (!meta) {
      const article = this.article(key);
      meta = article ? core.metaOf(this.corpusValue, article) : { title: articleKeyName(key) };
      this.metas.set(key, meta);
    }
    return meta;
  }

  /** The article's analysis if it is cached, under the taxonomy's speaker names. */
  cachedAnalysis(key: string): core.ArticleAnalysis | undefined {
    const raw = this.analyses.get(key);
    return raw && this.withNames(key, raw);
  }

  /** The article's analysis, computed now if it is not cached (a few ms for a typical article). */
  analysis(key: string): core.ArticleAnalysis | undefined {
    const cached = this.analyses.get(key);
    if (cached) return this.withNames(key, cached);
    const article = this.article(key);
    if (!article) return undefined;
    const analysis = core.analyze(core.bodyOf(this.corpusValue, article));
    this.analyses.set(key, analysis);
    return this.withNames(key, analysis);
  }

  /** Speaker names changed cost a pass over the speakers of each article, never a new analysis. */
  private withNames(key: string, raw: core.ArticleAnalysis): core.ArticleAnalysis {
    const naming = this.naming();
    if (naming.isEmpty) {
      this.named.delete(key);
      return raw;
    }
    const cached = this.named.get(key);
    if (cached && cached.raw === raw && cached.naming === naming) return cached.analysis;
    const analysis = naming.apply(raw);
    this.named.set(key, { raw, naming, analysis });
    return analysis;
  }

  /** Offset → line/column for a file that is not open in an editor (built on first use). */
  positionAt(offset: number): core.LineIndexPosition {
    this.lineIndex ??= new core.LineIndex(core.sliceOf(this.corpusValue, 0, this.length));
    return this.lineIndex.positionAt(offset);
  }

  /** Applies content changes in the order VS Code reports them (each against the result of the previous). */
  applyEdits(edits: readonly core.TextEdit[]): ArticleChange {
    const result = core.edit(this.corpusValue, edits);
    this.corpusValue = result.corpus;
    for (const change of edits) this.length += change.inserted.length - change.removed;
    this.version++;
    this.lineIndex = undefined;
    if (this.keepsKeys(result)) {
      // The common keystroke: text changed inside articles, no header added, removed or renamed.
      // Per changed article work only; nothing here walks the whole file (thousands of articles).
      for (const name of result.changed) {
        this.analyses.delete(name);
        this.named.delete(name);
        this.metas.delete(name);
      }
      return { changed: result.changed.filter((name) => this.indexByKey.has(name)), removed: [], structureChanged: false };
    }
    const oldKeys = this.keyList;
    this.keyList = keysOf(this.corpusValue);
    return this.afterChange(oldKeys, new Set(result.changed), new Set(result.removed));
  }

  /** True when the article list is the same as before the edit, name for name and in order. */
  private keepsKeys(result: core.IncrementalResult): boolean {
    const articles = this.corpusValue.articles;
    if (result.removed.length || articles.length !== this.keyList.length) return false;
    return result.changed.every((name) => {
      const index = this.indexByKey.get(name);
      // A name that is also used elsewhere (a duplicate) takes the slow, exact path.
      return index !== undefined && articles[index]?.name === name && !this.indexByKey.has(`${name}${OCCURRENCE_SEPARATOR}1`);
    });
  }

  /** Replaces the whole text (file changed on disk, document reopened); keeps caches of unchanged articles. */
  replaceText(text: string, source: EntrySource): ArticleChange {
    const old = this.corpusValue;
    const oldKeys = this.keyList;
    const oldArticles = new Map(oldKeys.map((key, i) => [key, old.articles[i]]));
    this.corpusValue = core.parse(text);
    this.length = text.length;
    this.source = source;
    this.keyList = keysOf(this.corpusValue);
    const changed = new Set<string>();
    const next = this.corpusValue;
    this.keyList.forEach((key, i) => {
      const before = oldArticles.get(key);
      const after = next.articles[i];
      const same =
        before !== undefined &&
        before.end - before.headerStart === after.end - after.headerStart &&
        core.sliceOf(old, before.headerStart, before.end) === text.slice(after.headerStart, after.end);
      if (!same) changed.add(articleKeyName(key));
    });
    const current = new Set(this.keyList);
    const removed = new Set(oldKeys.filter((key) => !current.has(key)).map(articleKeyName));
    return this.afterChange(oldKeys, changed, removed);
  }

  private afterChange(oldKeys: readonly string[], changedNames: Set<string>, removedNames: Set<string>): ArticleChange {
    this.version++;
    this.lineIndex = undefined;
    this.reindex();
    const structureChanged =
      oldKeys.length !== this.keyList.length || oldKeys.some((key, i) => key !== this.keyList[i]);
    // A changed name invalidates every occurrence of it (duplicates shift their suffixes).
    const touched = (key: string) => changedNames.has(articleKeyName(key)) || removedNames.has(articleKeyName(key));
    for (const key of [...this.analyses.keys()]) {
      if (touched(key) || !this.indexByKey.has(key)) this.analyses.delete(key);
    }
    for (const key of [...this.named.keys()]) if (!this.analyses.has(key)) this.named.delete(key);
    for (const key of [...this.metas.keys()]) {
      if (touched(key) || !this.indexByKey.has(key)) this.metas.delete(key);
    }
    const current = new Set(this.keyList);
    return {
      changed: this.keyList.filter((key) => changedNames.has(articleKeyName(key))),
      removed: oldKeys.filter((key) => !current.has(key)),
      structureChanged,
    };
  }

  private reindex(): void {
    this.indexByKey = new Map(this.keyList.map((key, i) => [key, i]));
  }
}
