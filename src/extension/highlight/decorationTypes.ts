// The decoration types, made once for the life of the extension: one per palette slot and
// role (quote, speaker mention, cue), plus the single-colour and unattributed variants. An
// update only hands new ranges to these types; it never creates or disposes one.
import * as vscode from 'vscode';
import { PALETTE_SIZE, speakerBackgroundColorId, speakerColorId } from './palette';

export type DecorationRole = 'quote' | 'speaker' | 'cue';
/** A palette slot (1..N), 'single' (colorBy = single) or 'none' (unattributed quotes). */
export type ColorSlot = number | 'single' | 'none';

export function decorationKey(role: DecorationRole, slot: ColorSlot): string {
  return `${role}:${slot}`;
}

function styleFor(role: DecorationRole, color: vscode.ThemeColor, background: vscode.ThemeColor): vscode.DecorationRenderOptions {
  switch (role) {
    case 'quote':
      return {
        backgroundColor: background,
        borderRadius: '3px',
        overviewRulerColor: color,
        overviewRulerLane: vscode.OverviewRulerLane.Right,
        rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
      };
    case 'speaker':
      return { color, fontWeight: '600', rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed };
    case 'cue':
      // A dotted underline in the speaker's colour: visible in every theme without recolouring the verb.
      return {
        borderColor: color,
        borderStyle: 'none none dotted none',
        borderWidth: '0 0 2px 0',
        fontStyle: 'italic',
        rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
      };
  }
}

export class DecorationTypes implements vscode.Disposable {
  private readonly types = new Map<string, vscode.TextEditorDecorationType>();

  constructor() {
    const roles: DecorationRole[] = ['quote', 'speaker', 'cue'];
    for (const role of roles) {
      for (let slot = 1; slot <= PALETTE_SIZE; slot++) {
        const style = styleFor(role, new vscode.ThemeColor(speakerColorId(slot)), new vscode.ThemeColor(speakerBackgroundColorId(slot)));
        this.types.set(decorationKey(role, slot), vscode.window.createTextEditorDecorationType(style));
      }
      const single = styleFor(role, new vscode.ThemeColor('newsAnnotator.quote'), new vscode.ThemeColor('newsAnnotator.quoteBackground'));
      this.types.set(decorationKey(role, 'single'), vscode.window.createTextEditorDecorationType(single));
    }
    this.types.set(
      decorationKey('quote', 'none'),
      vscode.window.createTextEditorDecorationType({
        backgroundColor: new vscode.ThemeColor('newsAnnotator.unattributedQuoteBackground'),
        borderRadius: '3px',
        rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
      }),
    );
  }

  keys(): IterableIterator<string> {
    return this.types.keys();
  }

  get(key: string): vscode.TextEditorDecorationType | undefined {
    return this.types.get(key);
  }

  dispose(): void {
    for (const type of this.types.values()) type.dispose();
    this.types.clear();
  }
}
