#!/usr/bin/env node
// Turns hand annotations of news articles into gold JSONL for shared/eval/score.mjs, and checks
// them. We use it for the wire-news set (real articles from public web pages, annotated by
// hand; their text is not shipped).
//   node scripts/eval/annotations-to-gold.mjs ANN_DIR OUT.jsonl
// One annotation file per article, ANN_DIR/<id>.json:
//   {"id": "k001.txt", "url": "where the text came from", "text": "the article text",
//    "quotes": [{"q": "the exact words between the marks", "nth": 0, "speaker": "Ola Berg" | null,
//                "aliases": ["Berg"], "note": "optional: why"},
//               {"q": "a marked segment that is nobody's words", "skip": "why (a title, a name …)"}]}
// "q" must occur in "text" (nth = which occurrence, 0-based, default 0). Every quoted segment a
// plain mark scan finds must be annotated, as a quote or a skip: the tool lists the ones that
// are not, and leaves that article out until they are.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

if (process.argv.length < 4) {
  console.error('usage: annotations-to-gold.mjs ANN_DIR OUT.jsonl');
  process.exit(2);
}
const dir = process.argv[2];
const out = process.argv[3];
const lines = [];
let problems = 0, quotes = 0, skips = 0;
for (const f of readdirSync(dir).filter((x) => x.endsWith('.json')).sort()) {
  let a;
  try { a = JSON.parse(readFileSync(join(dir, f), 'utf8')); } catch (e) { console.log(`${f}: not JSON: ${e.message}`); problems++; continue; }
  const bad = (m) => { console.log(`${f}: ${m}`); problems++; ok = false; };
  let ok = true;
  if (!a.id || typeof a.text !== 'string' || !Array.isArray(a.quotes)) { bad('needs id, text, quotes'); continue; }
  if (/<<<FILE/.test(a.text)) bad('text contains <<<FILE');
  const spans = [];
  for (const q of a.quotes) {
    if (typeof q.q !== 'string' || !q.q.trim()) { bad(`empty q: ${JSON.stringify(q)}`); continue; }
    let at = -1;
    for (let k = 0; k <= (q.nth ?? 0); k++) { at = a.text.indexOf(q.q, at + 1); if (at < 0) break; }
    if (at < 0) { bad(`not in text (nth ${q.nth ?? 0}): ${JSON.stringify(q.q.slice(0, 80))}`); continue; }
    spans.push({ start: at, end: at + q.q.length, q });
  }
  const covered = (s, e) => spans.some((x) => x.start < e && s < x.end);
  for (const [s, e] of scanQuoted(a.text)) {
    if (!covered(s, e)) bad(`quoted segment not annotated (add it as a quote or a skip): ${JSON.stringify(a.text.slice(s, e).slice(0, 100))}`);
  }
  if (!ok) continue;
  const gold = spans.filter((x) => !x.q.skip).sort((x, y) => x.start - y.start).map((x) => ({
    start: x.start, end: x.end, text: x.q.q, speaker: x.q.speaker ?? null, aliases: x.q.aliases ?? [],
  }));
  quotes += gold.length; skips += spans.length - gold.length;
  lines.push(JSON.stringify({ id: a.id, url: a.url, text: a.text, quotes: gold }));
}
writeFileSync(out, lines.map((l) => l + '\n').join(''));
console.log(`${lines.length} articles, ${quotes} quotes, ${skips} skipped segments -> ${out}; ${problems} problems`);

// Quoted segments by a plain mark scan: “…”, "…" (paired in order), «…», and ‘…’ / '…' opened
// after a space or line start and closed before a non-letter. Rough on purpose: it is a checklist.
function scanQuoted(t) {
  const found = [];
  const pairs = [['“', '”'], ['«', '»']];
  for (const [o, c] of pairs) {
    let i = 0;
    while ((i = t.indexOf(o, i)) >= 0) { const j = t.indexOf(c, i + 1); if (j < 0) break; found.push([i + 1, j]); i = j + 1; }
  }
  let open = -1;
  for (let i = 0; i < t.length; i++) {
    if (t[i] !== '"') continue;
    if (open < 0) open = i; else { found.push([open + 1, i]); open = -1; }
    if (t[i + 1] === '\n') open = -1;
  }
  const single = /(^|[\s([—–-])[‘'](?=\S)([^‘’'\n]{1,300}?)[’'](?![\p{L}\p{N}])/gmu;
  for (const m of t.matchAll(single)) { const s = m.index + m[1].length + 1; found.push([s, s + m[2].length]); }
  return found.filter(([s, e]) => e > s && /[\p{L}\p{N}]/u.test(t.slice(s, e)));
}
