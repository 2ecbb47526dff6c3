import { strict as assert } from 'node:assert';
import { mdCell, mdCode, mdText } from '../../../src/core/review';

describe('review: Markdown escaping of untrusted text', () => {
  it('keeps HTML, links and emphasis from rendering', () => {
    assert.equal(mdText('<script>x</script>'), '\\<script\\>x\\</script\\>');
    assert.equal(mdText('[click](http://x)'), '\\[click\\](http://x)');
    assert.equal(mdText('*bold* _it_ `code` ~s~'), '\\*bold\\* \\_it\\_ \\`code\\` \\~s\\~');
    assert.equal(mdText('AT&T &lt;'), 'AT&amp;T &amp;lt;');
  });

  it('cannot break a table row or mention anyone', () => {
    const cell = mdCell('a | b\nc @octocat');
    assert.ok(!/(^|[^\\])\|/.test(cell), cell);
    assert.ok(!cell.includes('\n'));
    assert.ok(cell.includes('@&#8203;octocat'));
  });

  it('shortens long cells by code points, never splitting an emoji', () => {
    const cell = mdCell('😀'.repeat(10), 5);
    assert.equal(cell, '😀😀😀😀…');
  });

  it('fences code around backticks and escapes pipes', () => {
    assert.equal(mdCode('plain'), '`plain`');
    assert.equal(mdCode('a`b'), '``a`b``');
    assert.equal(mdCode('`x'), '`` `x ``');
    assert.equal(mdCode('a|b'), '`a\\|b`');
  });
});
