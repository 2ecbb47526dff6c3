// The Speakers view: everyone quoted across the workspace, most quoted first, each in their
// highlight colour; expanding a speaker lists their quotes, clicking one selects it.
import * as vscode from 'vscode';
import type { CorpusModel } from '../../corpus/corpusModel';
import type { QuoteRef, SpeakerIndex, WorkspaceSpeaker } from '../../corpus/speakerIndex';
import { speakerColorId } from '../../highlight/palette';
import { SpeakerNaming } from '../../corpus/speakerNaming';
import { DisposableBase } from '../../util/dispose';
import { revealInArticle } from '../../navigation';
import { toUri } from '../../util/uri';

export const SPEAKERS_VIEW_ID = 'newsAnnotator.speakers';
const QUOTE_LABEL_CHARS = 90;

export class SpeakerNode extends vscode.TreeItem {
  readonly kind = 'speaker';

  constructor(readonly speakerId: string) {
    super(speakerId, vscode.TreeItemCollapsibleState.Collapsed);
    this.id = `speaker:${speakerId}`;
    this.contextValue = 'speaker';
  }

  refresh(speaker: WorkspaceSpeaker, naming: SpeakerNaming): void {
    this.label = speaker.name;
    const quotes = `${speaker.quotes.length} quote${speaker.quotes.length === 1 ? '' : 's'}`;
    this.description = `${quotes} · ${speaker.articleCount} article${speaker.articleCount === 1 ? '' : 's'}`;
    const color = new vscode.ThemeColor(speakerColorId(naming.slotOf(speaker.name, speaker.kind)));
    this.iconPath = new vscode.ThemeIcon(speaker.kind === 'organization' ? 'organization' : 'person', color);
    this.tooltip = `${speaker.name} (${speaker.kind})\n${this.description}`;
  }
}

export class SpeakerQuoteNode extends vscode.TreeItem {
  readonly kind = 'quote';

  constructor(readonly parent: SpeakerNode, readonly ref: QuoteRef, articleTitle: string) {
    const text = ref.quote.text.replace(/\s+/g, ' ').trim();
    super(text.length > QUOTE_LABEL_CHARS ? `${text.slice(0, QUOTE_LABEL_CHARS - 1)}…` : text, vscode.TreeItemCollapsibleState.None);
    this.id = `${parent.id}/${ref.uri.toString()}#${ref.article}@${ref.quote.start}`;
    this.description = articleTitle;
    this.iconPath = new vscode.ThemeIcon('quote');
    const cue = ref.quote.cue ? ` (${ref.quote.cue})` : '';
    this.tooltip = new vscode.MarkdownString().appendText(`“${text}”`).appendMarkdown(`\n\n— ${ref.quote.speaker ?? ''}${cue}, `).appendText(articleTitle);
    this.contextValue = 'speakerQuote';
    this.command = {
      command: 'newsAnnotator.openQuote',
      title: 'Open Quote',
      arguments: [ref.uri, ref.article, ref.quote.start, ref.quote.end],
    };
  }
}

export type SpeakersNode = SpeakerNode | SpeakerQuoteNode;

export class SpeakersProvider extends DisposableBase implements vscode.TreeDataProvider<SpeakersNode> {
  private readonly emitter = this.register(new vscode.EventEmitter<SpeakersNode | SpeakersNode[] | undefined>());
  readonly onDidChangeTreeData = this.emitter.event;
  private readonly nodes = new Map<string, SpeakerNode>();

  constructor(private readonly model: CorpusModel, private readonly index: SpeakerIndex) {
    super();
    this.register(index.onDidChange((ids) => {
      if (!ids) {
        this.emitter.fire(undefined);
        return;
      }
      const changed = ids.map((id) => this.nodes.get(id)).filter((n): n is SpeakerNode => !!n);
      if (changed.length) this.emitter.fire(changed);
    }));
  }

  getTreeItem(node: SpeakersNode): vscode.TreeItem {
    if (node instanceof SpeakerNode) {
      const speaker = this.index.get(node.speakerId);
      // Coloured as its quotes are in the editor (a row gathering several folders: as its first quote's).
      if (speaker) node.refresh(speaker, speaker.quotes[0] ? this.model.speakerNamingFor(speaker.quotes[0].uri) : SpeakerNaming.NONE);
    }
    return node;
  }

  getChildren(node?: SpeakersNode): SpeakersNode[] {
    if (!node) {
      const speakers = this.index.all();
      const live = new Set(speakers.map((s) => s.id));
      for (const id of [...this.nodes.keys()]) if (!live.has(id)) this.nodes.delete(id);
      return speakers.map((speaker) => this.speakerNode(speaker.id));
    }
    if (node instanceof SpeakerNode) {
      const quotes = this.index.get(node.speakerId)?.quotes ?? [];
      return quotes.map((ref) => new SpeakerQuoteNode(node, ref, this.articleTitle(ref)));
    }
    return [];
  }

  getParent(node: SpeakersNode): SpeakersNode | undefined {
    return node instanceof SpeakerQuoteNode ? node.parent : undefined;
  }

  refresh(): void {
    this.emitter.fire(undefined);
  }

  private speakerNode(id: string): SpeakerNode {
    let node = this.nodes.get(id);
    if (!node) {
      node = new SpeakerNode(id);
      this.nodes.set(id, node);
    }
    return node;
  }

  private articleTitle(ref: QuoteRef): string {
    const entry = this.model.get(ref.uri);
    return entry && entry.indexOf(ref.article) >= 0 ? entry.meta(ref.article).title : ref.article;
  }
}

export interface SpeakersViewRegistration extends vscode.Disposable {
  readonly provider: SpeakersProvider;
}

export function registerSpeakersView(model: CorpusModel, index: SpeakerIndex): SpeakersViewRegistration {
  const provider = new SpeakersProvider(model, index);
  // Several speakers can be selected: Merge Speakers from the context menu takes them all.
  const view = vscode.window.createTreeView(SPEAKERS_VIEW_ID, { treeDataProvider: provider, showCollapseAll: true, canSelectMany: true });
  const open = vscode.commands.registerCommand('newsAnnotator.openQuote', (uri: vscode.Uri | string, key: string, start: number, end: number) => {
    const target = toUri(uri);
    return target ? revealInArticle(model, target, key, start, end) : undefined;
  });
  const all = vscode.Disposable.from(provider, view, open);
  return { provider, dispose: () => all.dispose() };
}
