// Annotations in the Articles view: a count in each article's description, the annotations
// listed under their article (text order, click to reveal), and, under the file, an
// "Orphaned annotations" node for those whose text is gone, so none is out of sight.
import * as vscode from 'vscode';
import type { AnnotationTreeItem, ArticleAnnotationProvider } from '../../views/articles/annotationHook';
import { DisposableBase } from '../../util/dispose';
import { Debouncer } from '../../util/schedule';
import type { Annotation } from '../core';
import { shorten } from '../util/text';
import type { AnnotationStore } from '../store/annotationStore';
import type { CorpusAnnotations } from '../store/corpusAnnotations';
import { orphans, positioned } from '../store/queries';

export const REVEAL_COMMAND = 'newsAnnotator.revealAnnotation';
const REFRESH_DELAY_MS = 250;

interface ArticleIndex {
  version: number;
  byArticle: Map<string, Annotation[]>;
}

export class AnnotationTreeProvider extends DisposableBase implements ArticleAnnotationProvider {
  private readonly emitter = this.register(new vscode.EventEmitter<vscode.Uri | undefined>());
  readonly onDidChange = this.emitter.event;
  readonly noun = 'tags';
  private readonly indexes = new WeakMap<CorpusAnnotations, ArticleIndex>();

  /** What the view shows per corpus, to refresh it only when that changed (not on every keystroke). */
  private readonly shown = new Map<string, string>();
  private readonly changed = new Map<string, vscode.Uri>();
  private readonly debouncer = this.register(new Debouncer(REFRESH_DELAY_MS, () => this.refreshChanged()));

  constructor(private readonly store: AnnotationStore, private readonly media: vscode.Uri) {
    super();
    store.work.addFlusher(() => this.debouncer.flush());
    this.register(store.onDidChange((uri) => {
      this.changed.set(uri.toString(), uri);
      this.debouncer.trigger();
    }));
  }

  private refreshChanged(): void {
    const uris = [...this.changed.values()];
    this.changed.clear();
    for (const uri of uris) {
      const state = this.store.get(uri);
      const entry = this.store.model.get(uri);
      const signature = state && entry
        ? state.annotations().map((a) => [a.id, a.label, a.speaker, a.note, a.quote, state.anchor(a.id).state, state.articleOf(a.id, entry.corpus)].join('\u0000')).join('\u0001')
        : '';
      if (this.shown.get(uri.toString()) === signature) continue;
      this.shown.set(uri.toString(), signature);
      this.emitter.fire(uri);
    }
  }

  countFor(corpus: vscode.Uri, article: string): number {
    return this.annotationsOf(corpus, article).length;
  }

  childrenFor(corpus: vscode.Uri, article: string): AnnotationTreeItem[] {
    const state = this.store.get(corpus);
    return state ? this.annotationsOf(corpus, article).map((a) => this.item(state, a)) : [];
  }

  fileChildrenFor(corpus: vscode.Uri): AnnotationTreeItem[] {
    const state = this.store.get(corpus);
    const lost = state ? orphans(state) : [];
    if (!state || !lost.length) return [];
    const node: AnnotationTreeItem = new vscode.TreeItem(`Orphaned annotations (${lost.length})`, vscode.TreeItemCollapsibleState.Collapsed);
    node.id = 'orphans';
    node.iconPath = new vscode.ThemeIcon('warning', new vscode.ThemeColor('problemsWarningIcon.foreground'));
    node.tooltip = 'Annotations whose text is no longer in the corpus. They are kept: select where each belongs and run "Re-attach Orphan".';
    node.contextValue = 'orphanedAnnotations';
    node.children = lost.map((l) => this.item(state, l.annotation));
    return [node];
  }

  /** Annotations of an article in text order (orphans, with no place, last). */
  private annotationsOf(corpus: vscode.Uri, article: string): Annotation[] {
    const state = this.store.get(corpus);
    const entry = this.store.model.get(corpus);
    if (!state || !entry || !state.size) return [];
    let index = this.indexes.get(state);
    if (!index || index.version !== state.version) {
      const byArticle = new Map<string, Annotation[]>();
      for (const { annotation } of positioned(state)) {
        const name = state.articleOf(annotation.id, entry.corpus);
        if (name !== undefined) byArticle.set(name, [...(byArticle.get(name) ?? []), annotation]);
      }
      index = { version: state.version, byArticle };
      this.indexes.set(state, index);
    }
    return index.byArticle.get(article) ?? [];
  }

  private item(state: CorpusAnnotations, a: Annotation): AnnotationTreeItem {
    const anchor = state.anchor(a.id);
    const item = new vscode.TreeItem(shorten(a.quote));
    item.id = a.id;
    item.description = [a.label, a.speaker].filter(Boolean).join(' · ');
    item.tooltip = new vscode.MarkdownString(`**${a.label}**${a.speaker ? ` — ${a.speaker}` : ''}\n\n${a.quote}${a.note ? `\n\n_${a.note}_` : ''}`);
    item.iconPath = anchor.state === 'orphaned'
      ? new vscode.ThemeIcon('debug-disconnect')
      : vscode.Uri.joinPath(this.media, anchor.state === 'fuzzy' ? 'annotation-fuzzy.svg' : 'annotation-tag.svg');
    item.contextValue = `annotation.${anchor.state}`;
    item.command = { command: REVEAL_COMMAND, title: 'Show Annotation', arguments: [{ uri: state.corpusUri.toString(), id: a.id }] };
    return item;
  }
}
