// The taxonomy: a team file at the workspace root replaces the built-in labels (and is
// watched); an invalid one is reported in Problems at its line and the built-in labels apply.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { NewsAnnotatorApi } from '../../../src/extension/api';
import { diagnosticsOf, getApi, waitFor, workspaceUri, writeText } from './annotationHelpers';

const TEAM = 'labels:\n  - id: spin\n    description: Puts a favourable slant on facts.\n    color: "#AA3377"\n    key: s\n';
const BROKEN = 'labels:\n  - id: spin\n    description: Puts a favourable slant on facts.\n    color: purple\n';

describe('Annotations: taxonomy', () => {
  let api: NewsAnnotatorApi;
  const file = () => workspaceUri('.news-annotator.yaml');

  before(async function () {
    this.timeout(60_000);
    api = await getApi();
    await api.whenIdle();
  });

  after(async () => {
    await Promise.resolve(vscode.workspace.fs.delete(file())).catch(() => undefined);
    await waitFor(() => api.annotations.taxonomy.labels.some((l) => l.id === 'claim'), 10_000, 'the built-in labels did not come back');
  });

  it('uses the built-in labels without a taxonomy file', () => {
    assert.deepEqual(api.annotations.taxonomy.labels.map((l) => l.id).slice(0, 3), ['claim', 'denial', 'accusation']);
  });

  it('takes the labels of .news-annotator.yaml, and follows changes to it', async () => {
    await writeText(file(), TEAM);
    await waitFor(() => api.annotations.taxonomy.labels.map((l) => l.id).join() === 'spin', 10_000, 'the team taxonomy was not loaded');
  });

  it('reports an invalid taxonomy at its line and falls back to the built-in labels', async () => {
    await writeText(file(), BROKEN);
    await waitFor(() => api.annotations.taxonomy.labels.some((l) => l.id === 'claim'), 10_000, 'no fallback to the built-in labels');
    const problem = await waitFor(() => diagnosticsOf(file())[0], 5000, 'the invalid taxonomy is not in Problems');
    assert.equal(problem.range.start.line, 3, `reported at line ${problem.range.start.line + 1}: ${problem.message}`);
    assert.match(problem.message, /colou?r/i);
  });
});
