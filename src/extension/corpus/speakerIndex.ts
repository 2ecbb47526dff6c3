// Speakers across the whole workspace, built from the analyses that exist (it never forces
// analysis; the scheduler fills them in). Each article contributes its quotes; a change to one
// article replaces only that article's contribution, and listeners learn which speakers moved.
import * as vscode from 'vscode';
import { DisposableBase } from '../util/dispose';
import { Throttler } from '../util/schedule';
import type { SpeakerKind } from '../highlight/palette';
import type { Quote } from './core';
import type { CorpusModel } from './corpusModel';
import { SpeakerNaming } from './speakerNaming';

export interface QuoteRef {
  uri: vscode.Uri;
  article: string;
  quote: Quote;
}

export interface WorkspaceSpeaker {
  /** Stable id: kind + identity (surname for people), or the taxonomy's canonical name; see SpeakerNaming.keyOf. */
  id: string;
  /** The taxonomy's canonical name, else the fullest name any article uses. */
  name: string;
  kind: SpeakerKind;
  quotes: QuoteRef[];
  articleCount: number;
}

/** Analyses arrive continuously while a big workspace is analysed: notify at this pace, not after it ends. */
const NOTIFY_INTERVAL_MS = 500;

export class SpeakerIndex extends DisposableBase {
  /** uri → article key → that article's quotes by speaker id. */
  private readonly contributions = new Map<string, Map<string, Map<string, { name: string; kind: SpeakerKind; quotes: QuoteRef[] }>>>();
  private dirtyIds = new Set<string>();
  /** Speaker ids in view order at the last notification: a different order means a full refresh. */
  private lastOrder: string[] = [];
  private cache: Map<string, WorkspaceSpeaker> | undefined;
  private readonly emitter = this.register(new vscode.EventEmitter<readonly string[] | undefined>());
  private readonly throttler = this.register(new Throttler(NOTIFY_INTERVAL_MS, () => this.flushChanges()));

  /** Fires with the ids of speakers whose quotes changed, or undefined when speakers came or went. */
  readonly onDidChange = this.emitter.event;

  constructor(private readonly model: CorpusModel, onDidAnalyze: vscode.Event<{ uri: vscode.Uri; articles: readonly string[] }>) {
    super();
    this.register(onDidAnalyze((e) => e.articles.forEach((key) => this.update(e.uri, key))));
    this.register(model.onDidChangeCorpus((e) => {
      if (!e.entry) this.dropFile(e.uri);
      else e.removedArticles.forEach((key) => this.update(e.uri, key));
    }));
    this.register(model.onDidChangeSpeakerNaming(() => this.renameAll()));
  }

  /** Every speaker, most quoted first. */
  all(): WorkspaceSpeaker[] {
    return [...this.speakers().values()].sort((a, b) => b.quotes.length - a.quotes.length || a.name.localeCompare(b.name));
  }

  get(id: string): WorkspaceSpeaker | undefined {
    return this.speakers().get(id);
  }

  /** The id of a speaker named in the corpus at `uri` (its folder's taxonomy decides the group). */
  idOf(name: string, kind: SpeakerKind, uri: vscode.Uri): string {
    return this.model.speakerNamingFor(uri).keyOf(name, kind);
  }

  /** Applies pending changes now and fires (tests, and views that need fresh numbers). */
  flush(): void {
    this.throttler.flush();
  }

  private update(uri: vscode.Uri, key: string): void {
    const file = this.contributions.get(uri.toString()) ?? new Map();
    this.contributions.set(uri.toString(), file);
    const before = file.get(key);
    const analysis = this.model.get(uri)?.cachedAnalysis(key);
    const after = new Map<string, { name: string; kind: SpeakerKind; quotes: QuoteRef[] }>();
    for (const quote of analysis?.quotes ?? []) {
      if (quote.speakerId === null || quote.speaker === null) continue;
      const kind = analysis?.speakers[quote.speakerId]?.kind ?? 'person';
      const id = this.idOf(quote.speaker, kind, uri);
      const slot = after.get(id) ?? { name: quote.speaker, kind, quotes: [] };
      slot.quotes.push({ uri, article: key, quote });
      after.set(id, slot);
    }
    if (after.size) file.set(key, after);
    else file.delete(key);
    const ids = new Set([...(before?.keys() ?? []), ...after.keys()]);
    if (!ids.size) return;
    ids.forEach((id) => this.dirtyIds.add(id));
    this.cache = undefined;
    this.throttler.trigger();
  }

  /** Speakers were merged or renamed: every article's contribution again, from the cached analyses, shown at once. */
  private renameAll(): void {
    this.contributions.clear();
    for (const entry of this.model.all()) {
      for (const key of entry.keys) if (entry.cachedAnalysis(key)) this.update(entry.uri, key);
    }
    this.cache = undefined;
    this.lastOrder = []; // the rows themselves changed: a full refresh
    this.flush();
  }

  private dropFile(uri: vscode.Uri): void {
    if (!this.contributions.delete(uri.toString())) return;
    this.cache = undefined;
    this.throttler.trigger();
  }

  private flushChanges(): void {
    const ids = [...this.dirtyIds];
    this.dirtyIds.clear();
    const order = this.all().map((speaker) => speaker.id);
    const sameOrder = order.length === this.lastOrder.length && order.every((id, i) => id === this.lastOrder[i]);
    this.lastOrder = order;
    this.emitter.fire(sameOrder ? ids : undefined);
  }

  private speakers(): Map<string, WorkspaceSpeaker> {
    if (this.cache) return this.cache;
    const result = new Map<string, WorkspaceSpeaker>();
    const articlesOf = new Map<string, Set<string>>();
    const naming = SpeakerNaming.NONE; // canonicalOf reads the id alone, whatever the folder's aliases
    /** Quotes per kind of a canonical name's group: the group takes the kind most of them have. */
    const kindVotes = new Map<string, { person: number; organization: number }>();
    for (const [uri, file] of this.contributions) {
      for (const [key, bySpeaker] of file) {
        for (const [id, part] of bySpeaker) {
          const canonical = naming.canonicalOf(id);
          const speaker = result.get(id) ?? { id, name: canonical ?? part.name, kind: part.kind, quotes: [], articleCount: 0 };
          if (canonical === undefined && part.name.length > speaker.name.length) speaker.name = part.name;
          if (canonical !== undefined) {
            const votes = kindVotes.get(id) ?? { person: 0, organization: 0 };
            votes[part.kind] += part.quotes.length;
            kindVotes.set(id, votes);
            speaker.kind = votes.organization > votes.person ? 'organization' : 'person';
          }
          speaker.quotes.push(...part.quotes);
          result.set(id, speaker);
          const articles = articlesOf.get(id) ?? new Set<string>();
          articles.add(`${uri}\n${key}`);
          articlesOf.set(id, articles);
        }
      }
    }
    for (const speaker of result.values()) speaker.articleCount = articlesOf.get(speaker.id)?.size ?? 0;
    this.cache = result;
    return result;
  }
}
