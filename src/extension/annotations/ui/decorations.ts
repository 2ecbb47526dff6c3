// Annotated spans in corpus editors: the text tinted and underlined in its label's colour, as
// the corpus's workspace folder's taxonomy gives it (one decoration type per colour, made when
// first needed and kept until a taxonomy changes, not per update: folders' taxonomies may give
// one label different colours, and different labels one colour), a tag
// icon in the gutter, and a dashed outline with a warning icon for fuzzy matches awaiting
// confirmation. Only annotations near the visible lines are decorated, so huge corpora cost
// what is on screen.
import * as vscode from 'vscode';
import { isCorpusDocument } from '../../corpus/corpusModel';
import { DisposableBase } from '../../util/dispose';
import { Debouncer } from '../../util/schedule';
import type { LabelDefinition } from '../core';
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

function listOf<T>(map: Map<string, T[]>, key: string): T[] {
  let list = map.get(key);
  if (!list) map.set(key, (list = []));
  return list;
}

export class AnnotationDecorations extends DisposableBase {
  /** Label decoration types by colour. */
  private readonly labelTypes = new Map<string, vscode.TextEditorDecorationType>();
  private readonly fixedTypes: Map<string, vscode.TextEditorDecorationType>;
  private readonly applied = new Map<string, Map<string, vscode.Range[]>>();
  /** The colour each label key was last drawn in, per document. */
  private readonly appliedColors = new Map<string, Map<string, string>>();
  private readonly debouncer = this.register(new Debouncer(UPDATE_DELAY_MS, () => this.updateAll()));

  constructor(private readonly store: AnnotationStore, private readonly taxonomy: TaxonomyService, media: vscode.Uri) {
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
    this.register(new vscode.Disposable(() => {
      for (const type of [...this.labelTypes.values(), ...this.fixedTypes.values()]) type.dispose();
    }));
    this.register(taxonomy.onDidChange(() => {
      // Colours no taxonomy uses any more go with their types; the update makes those needed now.
      for (const type of this.labelTypes.values()) type.dispose();
      this.labelTypes.clear();
      this.applied.clear();
      this.appliedColors.clear();
      this.debouncer.trigger();
    }));
    store.work.addFlusher(() => this.debouncer.flush());
    const trigger = () => this.debouncer.trigger();
    this.register(store.onDidChange(trigger));
    this.register(vscode.window.onDidChangeVisibleTextEditors(trigger));
    this.register(vscode.window.onDidChangeTextEditorVisibleRanges(trigger));
    this.register(vscode.workspace.onDidCloseTextDocument((doc) => {
      this.applied.delete(doc.uri.toString());
      this.appliedColors.delete(doc.uri.toString());
    }));
    this.debouncer.trigger();
  }

  /** Ranges last applied to a document by key ('label:claim', 'fuzzy', 'gutter', 'gutter:fuzzy'). */
  lastApplied(uri: vscode.Uri): Map<string, vscode.Range[]> {
    return this.applied.get(uri.toString()) ?? new Map();
  }

  /** The colour each label key was last drawn in ('label:claim' -> '#0072B2'; 'label:?' is grey). */
  lastColors(uri: vscode.Uri): Map<string, string> {
    return this.appliedColors.get(uri.toString()) ?? new Map();
  }

  private labelType(color: string): vscode.TextEditorDecorationType {
    let type = this.labelTypes.get(color);
    if (!type) {
      type = vscode.window.createTextEditorDecorationType(labelStyle(color));
      this.labelTypes.set(color, type);
    }
    return type;
  }

  private updateAll(): void {
    for (const editor of vscode.window.visibleTextEditors) {
      if (isCorpusDocument(editor.document)) this.update(editor);
    }
  }

  private update(editor: vscode.TextEditor): void {
    const { document } = editor;
    const state = this.store.get(document.uri);
    const labels = new Map<string, LabelDefinition>(this.taxonomy.taxonomyFor(document.uri).labels.map((label) => [label.id, label]));
    const ranges = new Map<string, vscode.Range[]>([...this.fixedTypes.keys()].map((key) => [key, []]));
    const colors = new Map<string, string>();
    const [low, high] = visibleOffsets(editor);
    for (const annotation of state?.annotations() ?? []) {
      const anchor = state!.anchor(annotation.id);
      if (anchor.start === undefined || anchor.end === undefined || anchor.end < low || anchor.start > high) continue;
      const start = document.positionAt(anchor.start);
      const range = new vscode.Range(start, document.positionAt(anchor.end));
      const label = labels.get(annotation.label);
      const labelKey = label ? `label:${label.id}` : UNKNOWN_LABEL;
      colors.set(labelKey, label?.color ?? UNKNOWN_LABEL_COLOR);
      listOf(ranges, labelKey).push(range);
      const fuzzy = anchor.state === 'fuzzy';
      if (fuzzy) ranges.get('fuzzy')!.push(range);
      ranges.get(fuzzy ? 'gutter:fuzzy' : 'gutter')!.push(new vscode.Range(start, start));
    }
    const byColor = new Map<string, vscode.Range[]>();
    for (const [key, color] of colors) listOf(byColor, color).push(...ranges.get(key)!);
    for (const color of byColor.keys()) this.labelType(color);
    // Every colour type is set, so a colour this editor no longer uses is cleared.
    for (const [color, type] of this.labelTypes) editor.setDecorations(type, byColor.get(color) ?? []);
    for (const [key, type] of this.fixedTypes) editor.setDecorations(type, ranges.get(key)!);
    this.applied.set(document.uri.toString(), new Map([...ranges].filter(([, list]) => list.length)));
    this.appliedColors.set(document.uri.toString(), colors);
  }
}
