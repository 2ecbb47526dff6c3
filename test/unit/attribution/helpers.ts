// Small helpers for the attribution tests: quotes as [text, speaker] pairs and the
// invariants every analysis must keep (ranges inside the text, ordered, consistent).
import assert from 'node:assert/strict';
import { analyzeArticle, type ArticleAnalysis, type Quote } from '../../../src/core/attribution';

/** The quoted words of each quote, in order. */
export function quoteTexts(text: string): string[] {
  return analyze(text).quotes.map((q) => q.text);
}

/** [quoted words, speaker] of each quote. */
export function attributions(text: string): Array<[string, string | null]> {
  return analyze(text).quotes.map((q) => [q.text, q.speaker]);
}

/** The one quote whose words start with `prefix`. */
export function quoteStarting(text: string, prefix: string): Quote {
  const found = analyze(text).quotes.filter((q) => q.text.startsWith(prefix));
  assert.equal(found.length, 1, `expected one quote starting with ${JSON.stringify(prefix)}, got ${found.length}`);
  return found[0];
}

export function analyze(text: string): ArticleAnalysis {
  const analysis = analyzeArticle(text);
  assertConsistent(text, analysis);
  return analysis;
}

/** Every range inside the text, quotes ordered and disjoint, ids and texts matching. */
export function assertConsistent(text: string, analysis: ArticleAnalysis): void {
  let previousEnd = 0;
  for (const q of analysis.quotes) {
    assert.ok(0 <= q.outerStart && q.outerStart <= q.start && q.start <= q.end && q.end <= q.outerEnd && q.outerEnd <= text.length, `bad quote range ${JSON.stringify([q.outerStart, q.start, q.end, q.outerEnd])}`);
    assert.ok(q.outerStart >= previousEnd, 'quotes overlap or are out of order');
    previousEnd = q.outerEnd;
    assert.equal(q.text, text.slice(q.start, q.end));
    assert.ok(q.confidence >= 0 && q.confidence <= 1);
    if (q.speakerId === null) {
      assert.equal(q.speaker, null);
    } else {
      assert.equal(analysis.speakers[q.speakerId].name, q.speaker);
    }
    assert.equal(q.speakerStart === null, q.speakerEnd === null);
    if (q.speakerStart !== null && q.speakerEnd !== null) assert.ok(0 <= q.speakerStart && q.speakerStart <= q.speakerEnd && q.speakerEnd <= text.length);
    if (q.cueStart !== null && q.cueEnd !== null) assert.ok(0 <= q.cueStart && q.cueStart < q.cueEnd && q.cueEnd <= text.length);
  }
  for (const s of analysis.speakers) {
    for (const m of s.mentions) assert.ok(0 <= m.start && m.start <= m.end && m.end <= text.length);
  }
}
