// Annotated spans in corpus editors: the text tinted and underlined in its label's colour (one
// decoration type per taxonomy label, made when the taxonomy is loaded, not per update), a tag
// icon in the gutter, and a dashed outline with a warning icon for fuzzy matches awaiting
// confirmation. Only annotations near the visible lines are decorated, so huge corpora cost
// what is on screen.
import * as vscode from 'vscode';
import { isCorpusDocument } from '../../corpus/corpusModel';
import { DisposableBase } from '../../util/dispose';
import { Debouncer } from '../../util/schedule';
import type { Taxonomy } from '../core';
import type { TaxonomyService } from '../settings/taxonomyService';
import type { AnnotationStore } from '../store/annotationStore';
import { visibleOffsets } from '../../util/visibleOffsets';

const UPDATE_DELAY_MS = 30;
const UNKNOWN_LABEL = 'label:?';
const UNKNOWN_LABEL_COLOR = '#808080';

function labelStyle(color: string): vscode.DecorationRenderOptions {
  return {
    backgroundColor: `${color}33`,
    borderColor: color,
    borderStyle: 'none none solid none',
    borderWidth: '0 0 2px 0',
    overviewRulerColor: color,
    overviewRulerLane: vscode.OverviewRulerLane.Left,
    rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
  };
}

export class AnnotationDecorations extends DisposableBase {
  private labelTypes = new Map<string, vscode.TextEditorDecorationType>();
  private readonly fixedTypes: Map<string, vscode.TextEditorDecorationType>;
  private readonly applied = new Map<string, Map<string, vscode.Range[]>>();
  private readonly debouncer = this.register(new Debouncer(UPDATE_DELAY_MS, () => this.updateAll()));

  constructor(private readonly store: AnnotationStore, taxonomy: TaxonomyService, media: vscode.Uri) {
    super();
    this.fixedTypes = new Map([
      ['gutter', vscode.window.createTextEditorDecorationType({ gutterIconPath: vscode.Uri.joinPath(media, 'annotation-tag.svg'), gutterIconSize: 'contain' })],
      ['gutter:fuzzy', vscode.window.createTextEditorDecorationType({ gutterIconPath: vscode.Uri.joinPath(media, 'annotation-fuzzy.svg'), gutterIconSize: 'contain' })],
      ['fuzzy', vscode.window.createTextEditorDecorationType({
        border: '1px dashed',
        borderColor: new vscode.ThemeColor('editorWarning.foreground'),
        rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
      })],
    ]);
    this.makeLabelTypes(taxonomy.taxonomy);
    this.register(new vscode.Disposable(() => {
      for (const type of [...this.labelTypes.values(), ...this.fixedTypes.values()]) type.dispose();
    }));
    this.register(taxonomy.onDidChange((t) => {
      this.makeLabelTypes(t);
      this.applied.clear();
      this.debouncer.trigger();
    }));
    store.work.addFlusher(() => this.debouncer.flush());
    const trigger = () => this.debouncer.trigger();
    this.register(store.onDidChange(trigger));
    this.register(vscode.window.onDidChangeVisibleTextEditors(trigger));
    this.register(vscode.window.onDidChangeTextEditorVisibleRanges(trigger));
    this.register(vscode.workspace.onDidCloseTextDocument((doc) => this.applied.delete(doc.uri.toString())));
    this.debouncer.trigger();
  }

  /** Ranges last applied to a document by key ('label:claim', 'fuzzy', 'gutter', 'gutter:fuzzy'). */
  lastApplied(uri: vscode.Uri): Map<string, vscode.Range[]> {
    return this.applied.get(uri.toString()) ?? new Map();
  }

  private makeLabelTypes(taxonomy: Taxonomy): void {
    for (const type of this.labelTypes.values()) type.dispose();
    this.labelTypes = new Map(taxonomy.labels.map((label) => [`label:${label.id}`, vscode.window.createTextEditorDecorationType(labelStyle(label.color))]));
    this.labelTypes.set(UNKNOWN_LABEL, vscode.window.createTextEditorDecorationType(labelStyle(UNKNOWN_LABEL_COLOR)));
  }

  private updateAll(): void {
    for (const editor of vscode.window.visibleTextEditors) {
      if (isCorpusDocument(editor.document)) this.update(editor);
    }
  }

  private update(editor: vscode.TextEditor): void {
    const { document } = editor;
    const state = this.store.get(document.uri);
    const ranges = new Map<string, vscode.Range[]>([...this.labelTypes.keys(), ...this.fixedTypes.keys()].map((key) => [key, []]));
    const [low, high] = visibleOffsets(editor);
    for (const annotation of state?.annotations() ?? []) {
      const anchor = state!.anchor(annotation.id);
      if (anchor.start === undefined || anchor.end === undefined || anchor.end < low || anchor.start > high) continue;
      const start = document.positionAt(anchor.start);
      const range = new vscode.Range(start, document.positionAt(anchor.end));
      const labelKey = this.labelTypes.has(`label:${annotation.label}`) ? `label:${annotation.label}` : UNKNOWN_LABEL;
      ranges.get(labelKey)!.push(range);
      const fuzzy = anchor.state === 'fuzzy';
      if (fuzzy) ranges.get('fuzzy')!.push(range);
      ranges.get(fuzzy ? 'gutter:fuzzy' : 'gutter')!.push(new vscode.Range(start, start));
    }
    for (const [key, list] of ranges) {
      const type = this.labelTypes.get(key) ?? this.fixedTypes.get(key);
      if (type) editor.setDecorations(type, list);
    }
    this.applied.set(document.uri.toString(), new Map([...ranges].filter(([, list]) => list.length)));
  }
}
