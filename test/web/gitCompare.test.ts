// Compare Annotations with Git Ref needs the built-in Git extension, which does not exist in a
// browser: there it must say why it cannot compare, promptly, and leave everything as it was.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { NewsAnnotatorApi } from '../../src/extension/api';
import { makeCorpus, readText, removeCorpus, seedsSidecarText, setUpAnnotationSuite, sidecarOf } from '../integration/annotations/annotationHelpers';

describe('Web: comparing annotations with a git ref', () => {
  let api: NewsAnnotatorApi;
  let corpus: vscode.Uri | undefined;

  setUpAnnotationSuite((ready) => (api = ready));

  afterEach(async () => {
    await removeCorpus(corpus);
    corpus = undefined;
  });

  it('says why it cannot compare, without an error or a wait, and changes nothing', async () => {
    const sidecar = await seedsSidecarText('web-compare');
    corpus = await makeCorpus(api, `web-compare-${Date.now()}.corpus`, { sidecar });
    const outcome = await vscode.commands.executeCommand<{ status: string; message?: string }>('newsAnnotator.compareAnnotations', { uri: corpus, ref: 'HEAD' });
    assert.equal(outcome?.status, 'failed', `outcome: ${JSON.stringify(outcome)}`);
    assert.match(outcome.message ?? '', /needs a local clone: .* is opened from vscode-remote:, where VS Code has no git/);
    assert.equal(api.review.comparison(corpus), undefined);
    assert.equal(await readText(sidecarOf(corpus)), sidecar);
  });
});
