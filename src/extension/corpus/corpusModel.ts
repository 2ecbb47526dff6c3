// Every corpus the extension knows: open news-corpus documents (kept current edit by edit
// through the incremental parser) and the *.corpus files of the workspace (read through
// vscode.workspace.fs, refreshed by a file watcher, so changes made outside the editor — a git
// checkout, another tool — are seen too). Emits one typed event per change.
import * as vscode from 'vscode';
import { DisposableBase } from '../util/dispose';
import { yieldToEventLoop } from '../util/schedule';
import type { EditorMetrics } from '../util/metrics';
import { sameSpeakerAliases, type SpeakerAliases } from '../../core/annotations/speaker-aliases';
import { CorpusEntry, type ArticleChange } from './corpusEntry';
import type { CorpusChangeEvent, CorpusChangeKind } from './events';
import { SpeakerNaming } from './speakerNaming';

export const LANGUAGE_ID = 'news-corpus';
/**
 * Documents at least this long (UTF-16 code units) are parsed just after they open rather than
 * in the open event, so the editor's first highlights (painted from the visible window alone,
 * see highlight/visibleWindow.ts) do not wait for a parse of the whole file.
 */
export const DEFERRED_PARSE_MIN_LENGTH = 2_000_000;
const DEFERRED_PARSE_FALLBACK_MS = 5000;
export const CORPUS_GLOB = '**/*.corpus';

export function isCorpusDocument(document: vscode.TextDocument): boolean {
  return document.languageId === LANGUAGE_ID;
}

const decoder = new TextDecoder('utf-8'); // strips a BOM, as the editor does, so offsets agree

export class CorpusModel extends DisposableBase {
  private readonly entries = new Map<string, CorpusEntry>();
  /** Workspace files found on disk (uri strings), whether or not they are open. */
  private readonly diskFiles = new Set<string>();
  /** Large documents just opened, waiting for their parse (a moment later, or on first demand). */
  private readonly deferred = new Map<string, vscode.TextDocument>();
  private readonly changeEmitter = this.register(new vscode.EventEmitter<CorpusChangeEvent>());
  private scanning: Promise<void> | undefined;
  /** Speaker naming per workspace folder (uri string; '' for files outside every folder): each folder's taxonomy has its own aliases. */
  private readonly namings = new Map<string, SpeakerNaming>();
  /** Corpus uri -> the key of its folder in `namings`, remembered: analyses ask on every read. */
  private readonly folderKeys = new Map<string, string>();
  private readonly namingEmitter = this.register(new vscode.EventEmitter<void>());

  /** Fired after every change to a corpus: an edit, a reload, an added or removed file. */
  readonly onDidChangeCorpus = this.changeEmitter.event;
  /** Fired when a taxonomy's speaker aliases changed (or the folders did): analyses name speakers anew. */
  readonly onDidChangeSpeakerNaming = this.namingEmitter.event;

  constructor(private readonly metrics?: EditorMetrics) {
    super();
    this.register(vscode.workspace.onDidOpenTextDocument((doc) => this.documentOpened(doc)));
    this.register(vscode.workspace.onDidChangeTextDocument((e) => this.changeDocument(e)));
    this.register(vscode.workspace.onDidCloseTextDocument((doc) => void this.closeDocument(doc)));
    const watcher = this.register(vscode.workspace.createFileSystemWatcher(CORPUS_GLOB));
    this.register(watcher.onDidCreate((uri) => void this.diskChanged(uri, 'created')));
    this.register(watcher.onDidChange((uri) => void this.diskChanged(uri, 'changed')));
    this.register(watcher.onDidDelete((uri) => void this.diskChanged(uri, 'deleted')));
    this.register(vscode.workspace.onDidChangeWorkspaceFolders((e) => {
      this.folderKeys.clear();
      for (const folder of e.removed) this.namings.delete(folder.uri.toString());
      this.namingEmitter.fire();
    }));
    for (const doc of vscode.workspace.textDocuments) this.documentOpened(doc);
  }

  /** How speakers of a corpus are named and grouped now (its workspace folder's taxonomy's aliases). */
  speakerNamingFor(uri: vscode.Uri): SpeakerNaming {
    const id = uri.toString();
    let key = this.folderKeys.get(id);
    if (key === undefined) {
      key = vscode.workspace.getWorkspaceFolder(uri)?.uri.toString() ?? '';
      this.folderKeys.set(id, key);
    }
    return this.namings.get(key) ?? SpeakerNaming.NONE;
  }

  /**
   * The first workspace folder's speaker naming: in a single-folder window, the one in force
   * everywhere (the test API reads it). Code with a corpus in hand asks speakerNamingFor.
   */
  get speakerNaming(): SpeakerNaming {
    const first = vscode.workspace.workspaceFolders?.[0];
    return this.namings.get(first ? first.uri.toString() : '') ?? SpeakerNaming.NONE;
  }

  /** Takes a folder's taxonomy's aliases (no folder: the files outside every folder); analyses are renamed lazily, never recomputed. */
  setSpeakerAliases(aliases: SpeakerAliases, folder?: vscode.Uri): void {
    const key = folder?.toString() ?? '';
    if (sameSpeakerAliases(aliases, (this.namings.get(key) ?? SpeakerNaming.NONE).aliases)) return;
    this.namings.set(key, new SpeakerNaming(aliases));
    this.namingEmitter.fire();
  }

  /** All corpora, sorted by path. */
  all(): CorpusEntry[] {
    return [...this.entries.values()].sort((a, b) => a.uri.path.localeCompare(b.uri.path));
  }

  get(uri: vscode.Uri): CorpusEntry | undefined {
    return this.entries.get(uri.toString());
  }

  /** The entry of an open corpus document, parsed on the spot if it has not been yet. */
  forDocument(document: vscode.TextDocument): CorpusEntry | undefined {
    if (!isCorpusDocument(document)) return undefined;
    if (this.deferred.has(document.uri.toString())) return this.parseDeferred(document.uri);
    const entry = this.get(document.uri);
    return entry?.source === 'document' || document.isClosed ? entry : this.openDocument(document);
  }

  /** A large document whose parse is still pending: paint from its visible window meanwhile. */
  isParsePending(uri: vscode.Uri): boolean {
    return this.deferred.has(uri.toString());
  }

  /** Finds the workspace's corpus files and reads those not open; resolves when all are loaded. */
  scanWorkspace(): Promise<void> {
    this.scanning ??= this.doScan().finally(() => (this.scanning = undefined));
    return this.scanning;
  }

  get isScanning(): boolean {
    return this.scanning !== undefined;
  }

  /** Re-reads every file that is not open and looks for new ones. */
  async refresh(): Promise<void> {
    await this.scanning;
    for (const key of [...this.diskFiles]) this.diskFiles.delete(key);
    await this.scanWorkspace();
  }

  private async doScan(): Promise<void> {
    const found = await vscode.workspace.findFiles(CORPUS_GLOB);
    const foundKeys = new Set(found.map((uri) => uri.toString()));
    for (const entry of this.all()) {
      if (entry.source === 'disk' && !foundKeys.has(entry.uri.toString())) this.remove(entry.uri);
    }
    // Open documents first: they are what the user is looking at.
    found.sort((a, b) => Number(!!this.get(b)) - Number(!!this.get(a)) || a.path.localeCompare(b.path));
    for (const uri of found) {
      if (this.isDisposed) return;
      this.diskFiles.add(uri.toString());
      const entry = this.get(uri);
      if (entry?.source === 'document') continue;
      await this.loadFromDisk(uri, entry ? 'reloaded' : 'added');
      await yieldToEventLoop();
    }
  }

  private documentOpened(document: vscode.TextDocument): void {
    if (!isCorpusDocument(document)) return;
    if (documentLength(document) < DEFERRED_PARSE_MIN_LENGTH) {
      this.openDocument(document);
      return;
    }
    const id = document.uri.toString();
    this.metrics?.documentOpened.set(id, this.metrics.now());
    this.deferred.set(id, document);
    // Usually the editor's first paint asks for the parse (parseSoon); this is for a document
    // opened without an editor, or an editor that never shows.
    setTimeout(() => this.parseDeferred(document.uri), DEFERRED_PARSE_FALLBACK_MS);
  }

  /** Parses a deferred document right after the current work (the first paint) is done. */
  parseSoon(uri: vscode.Uri): void {
    if (this.deferred.has(uri.toString())) setTimeout(() => this.parseDeferred(uri), 0);
  }

  private parseDeferred(uri: vscode.Uri): CorpusEntry | undefined {
    const document = this.deferred.get(uri.toString());
    if (!document) return this.get(uri);
    this.deferred.delete(uri.toString());
    return document.isClosed || this.isDisposed ? undefined : this.openDocument(document);
  }

  private openDocument(document: vscode.TextDocument): CorpusEntry | undefined {
    if (!isCorpusDocument(document)) return undefined;
    const existing = this.get(document.uri);
    if (existing) {
      if (existing.source === 'document') return existing;
      this.fire(existing, 'reloaded', existing.replaceText(document.getText(), 'document'));
      return existing;
    }
    const started = this.metrics?.now() ?? 0;
    if (!this.metrics?.documentOpened.has(document.uri.toString())) this.metrics?.documentOpened.set(document.uri.toString(), started);
    const entry = new CorpusEntry(document.uri, 'document', document.getText(), () => this.speakerNamingFor(document.uri));
    if (this.metrics) this.metrics.openParseMs.add(this.metrics.now() - started);
    this.entries.set(document.uri.toString(), entry);
    this.fire(entry, 'added', { changed: [...entry.keys], removed: [], structureChanged: true });
    return entry;
  }

  private changeDocument(event: vscode.TextDocumentChangeEvent): void {
    if (!event.contentChanges.length || !isCorpusDocument(event.document)) return;
    if (this.deferred.has(event.document.uri.toString())) return; // its parse will read the current text
    const entry = this.forDocument(event.document);
    if (!entry || entry.source !== 'document') return;
    const started = this.metrics?.now() ?? 0;
    const change = entry.applyEdits(
      event.contentChanges.map((c) => ({ offset: c.rangeOffset, removed: c.rangeLength, inserted: c.text })),
    );
    if (this.metrics) this.metrics.editApplyMs.add(this.metrics.now() - started);
    if (entry.length !== documentLength(event.document)) {
      // Never expected; if the incremental state ever drifts, start again from the real text.
      console.warn(`[news-annotator] incremental parse drifted on ${event.document.uri.toString()}; reparsing`);
      this.fire(entry, 'reloaded', entry.replaceText(event.document.getText(), 'document'));
      return;
    }
    this.fire(entry, 'edited', change);
  }

  private async closeDocument(document: vscode.TextDocument): Promise<void> {
    this.deferred.delete(document.uri.toString());
    this.metrics?.documentOpened.delete(document.uri.toString());
    const entry = this.get(document.uri);
    if (!entry || entry.source !== 'document') return;
    if (this.diskFiles.has(document.uri.toString())) {
      entry.source = 'disk'; // unsaved edits are gone: the file on disk is the truth again
      await this.loadFromDisk(document.uri, 'reloaded');
    } else {
      this.remove(document.uri);
    }
  }

  private async diskChanged(uri: vscode.Uri, what: 'created' | 'changed' | 'deleted'): Promise<void> {
    const key = uri.toString();
    const entry = this.get(uri);
    if (what === 'deleted') {
      this.diskFiles.delete(key);
      if (entry && entry.source === 'disk') this.remove(uri);
      return;
    }
    this.diskFiles.add(key);
    // An open document is authoritative: VS Code reloads it and we see its change events.
    if (entry?.source === 'document') return;
    await this.loadFromDisk(uri, entry ? 'reloaded' : 'added');
  }

  private async loadFromDisk(uri: vscode.Uri, kind: CorpusChangeKind): Promise<void> {
    let text: string;
    try {
      text = decoder.decode(await vscode.workspace.fs.readFile(uri));
    } catch (error) {
      console.warn(`[news-annotator] cannot read ${uri.toString()}: ${String(error)}`);
      return;
    }
    if (this.isDisposed) return;
    const current = this.get(uri);
    if (current?.source === 'document') return; // opened while we were reading
    if (current) {
      this.fire(current, 'reloaded', current.replaceText(text, 'disk'));
    } else {
      const entry = new CorpusEntry(uri, 'disk', text, () => this.speakerNamingFor(uri));
      this.entries.set(uri.toString(), entry);
      this.fire(entry, kind === 'reloaded' ? 'added' : kind, { changed: [...entry.keys], removed: [], structureChanged: true });
    }
  }

  private remove(uri: vscode.Uri): void {
    const entry = this.get(uri);
    if (!entry) return;
    this.entries.delete(uri.toString());
    this.folderKeys.delete(uri.toString());
    this.changeEmitter.fire({
      uri, entry: undefined, kind: 'removed', changedArticles: [], removedArticles: [...entry.keys], structureChanged: true,
    });
  }

  private fire(entry: CorpusEntry, kind: CorpusChangeKind, change: ArticleChange): void {
    if (kind !== 'added' && !change.changed.length && !change.removed.length && !change.structureChanged) return;
    this.changeEmitter.fire({
      uri: entry.uri, entry, kind,
      changedArticles: change.changed, removedArticles: change.removed, structureChanged: change.structureChanged,
    });
  }
}

/** Length of a document without building its text (getText on a 20 MB file costs milliseconds). */
function documentLength(document: vscode.TextDocument): number {
  const last = document.lineAt(document.lineCount - 1);
  return document.offsetAt(last.range.end);
}
