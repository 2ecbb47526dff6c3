// Parser problems reach the Problems panel with the right lines, and follow edits.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { waitFor } from '../harness/waitFor';
import { closeActiveWithoutSaving, fixtureUri, getApi } from './editorHelpers';

function lineOf(document: vscode.TextDocument, text: string, occurrence = 0): number {
  let offset = -1;
  for (let i = 0; i <= occurrence; i++) offset = document.getText().indexOf(text, offset + 1);
  assert.ok(offset >= 0, `fixture text not found: ${text}`);
  return document.positionAt(offset).line;
}

describe('Editor: diagnostics', () => {
  before(async function () {
    this.timeout(60_000);
    await getApi();
  });

  it('reports the problems of malformed.corpus at their lines', async () => {
    const uri = fixtureUri('malformed.corpus');
    const document = await vscode.workspace.openTextDocument(uri);
    const diagnostics = await waitFor(() => {
      const list = vscode.languages.getDiagnostics(uri);
      return list.length ? list : undefined;
    }, 10_000, 'no diagnostics for malformed.corpus');
    const at = (code: string) => diagnostics.filter((d) => d.code === code).map((d) => d.range.start.line);
    assert.deepEqual(at('text-before-first-header'), [0]);
    assert.deepEqual(at('duplicate-name'), [lineOf(document, '<<<FILE good-1.txt>>>')]);
    assert.deepEqual(at('unterminated-block'), [lineOf(document, '<<<FILE block.txt')]);
    assert.ok(diagnostics.every((d) => d.source === 'news-corpus'));
    assert.ok(diagnostics.some((d) => d.severity === vscode.DiagnosticSeverity.Error));
  });

  it('updates the problems after an edit', async () => {
    const content = '<<<FILE a.txt>>>\nfirst\n<<<FILE a.txt>>>\nsecond\n';
    const document = await vscode.workspace.openTextDocument({ language: 'news-corpus', content });
    const editor = await vscode.window.showTextDocument(document);
    const duplicates = () => vscode.languages.getDiagnostics(document.uri).filter((d) => d.code === 'duplicate-name');
    await waitFor(() => duplicates().length === 1, 10_000, 'duplicate name not reported');
    assert.equal(duplicates()[0].range.start.line, 2);
    // Rename the second article: the problem goes away.
    await editor.edit((edit) => edit.replace(new vscode.Range(2, 8, 2, 9), 'b'));
    await waitFor(() => duplicates().length === 0, 10_000, 'duplicate name still reported after the rename');
    await closeActiveWithoutSaving();
  });
});
