// Attribution benchmark, on a >= 50 MB corpus built from the seeds, all in one run:
//   - full analysis (parseCorpus + analyzeArticle for every article, results kept, as the
//     `speakers` command and the editor's views keep them): throughput and its ratio to two
//     plain one-pass scans of the same text, a charCodeAt loop and a word-tokenizing regular
//     expression (goal: within 10x);
//     with, for scale, the engine's first step alone (quotation marks and words, which every
//     later step reads), so a reader sees how much of the budget reading words already takes;
//   - re-analysis after a one-character edit: applyEdit, then analyzeArticle of the changed
//     article only; median, and its ratio to the full analysis (goal: >= 100x cheaper);
//   - peak heap during the full analysis as a multiple of the corpus's UTF-8 size (goal < 4x),
//     sampled with process.memoryUsage (after a forced GC when node runs with --expose-gc).
import { analyzeArticle, type ArticleAnalysis } from '../src/core/attribution';
import { findQuotes } from '../src/core/attribution/quotes';
import { tokenize } from '../src/core/attribution/tokens';
import { applyEdit, articleBody, findArticle, parseCorpus, type ParsedCorpus } from '../src/core/corpus';
import { buildBenchCorpus, prng } from './corpus-builder';
import { median, now, type BenchSection } from './section';

const TARGET_BYTES = 50 * 1024 * 1024;
const RUNS = 3;
const EDITS = 200;
/** How often (in articles) the heap is sampled during the full analysis. */
const HEAP_SAMPLE_EVERY = 256;

const ms = (x: number): string => `${x < 1 ? x.toFixed(3) : x.toFixed(1)} ms`;
const row = (label: string, value: string): void => console.log(`  ${label.padEnd(50)} ${value}`);
const gc = (globalThis as { gc?: () => void }).gc;

/** Plain scan 1: one charCodeAt per code unit (what the parser benchmark compares with). */
function charScan(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 34) n++;
  return n;
}

/** Plain scan 2: find every word, one regular expression pass (a tokenizer's minimum work). */
function wordScan(text: string): number {
  const re = /[\p{L}\p{N}]+/gu;
  let n = 0;
  while (re.exec(text)) n++;
  return n;
}

interface FullRun {
  corpus: ParsedCorpus;
  analyses: ArticleAnalysis[];
  quotes: number;
  peakHeap: number;
}

/** parseCorpus + analyzeArticle for every article, keeping every result. */
function fullAnalysis(text: string, sampleHeap: boolean): FullRun {
  const corpus = parseCorpus(text);
  const analyses: ArticleAnalysis[] = [];
  let quotes = 0;
  let peakHeap = sampleHeap ? process.memoryUsage().heapUsed : 0;
  corpus.articles.forEach((article, i) => {
    const analysis = analyzeArticle(articleBody(corpus, article));
    analyses.push(analysis);
    quotes += analysis.quotes.length;
    if (sampleHeap && i % HEAP_SAMPLE_EVERY === 0) peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  });
  if (sampleHeap) peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  return { corpus, analyses, quotes, peakHeap };
}

/** parseCorpus, then only the engine's first step for every article: quotation marks and words. */
function tokenizeOnly(text: string): number {
  const corpus = parseCorpus(text);
  let words = 0;
  for (const article of corpus.articles) {
    const body = articleBody(corpus, article);
    words += tokenize(body, findQuotes(body)).count;
  }
  return words;
}

function time<T>(fn: () => T): [T, number] {
  const start = now();
  const value = fn();
  return [value, now() - start];
}

export const analysisBench: BenchSection = {
  name: 'analysis',
  title: 'quote attribution: full analysis vs plain scans, re-analysis after a one-character edit, peak heap',
  async run() {
    const text = buildBenchCorpus(TARGET_BYTES);
    const bytes = Buffer.byteLength(text, 'utf8');
    const mb = bytes / 2 ** 20;
    row('corpus', `${mb.toFixed(1)} MB UTF-8, ${(text.length / 1e6).toFixed(1)}M UTF-16 code units`);

    // Peak heap first, on a clean heap: the text alone is already part of it.
    gc?.();
    const baseHeap = process.memoryUsage().heapUsed;
    let run = fullAnalysis(text, true);
    const peak = run.peakHeap;
    row('articles / quotes', `${run.corpus.articles.length} / ${run.quotes}`);
    row('heap before analysis (text built)', `${(baseHeap / 2 ** 20).toFixed(0)} MB${gc ? '' : ' (no --expose-gc: not collected first)'}`);
    row('peak heap during full analysis (results kept)', `${(peak / 2 ** 20).toFixed(0)} MB = ${(peak / bytes).toFixed(2)}x the corpus  (goal < 4x: ${peak / bytes < 4 ? 'met' : 'NOT MET'})`);
    row('  of which analysis results and parse', `${((peak - baseHeap) / 2 ** 20).toFixed(0)} MB = ${((peak - baseHeap) / bytes).toFixed(2)}x the corpus`);

    const charTimes: number[] = [];
    const wordTimes: number[] = [];
    const tokenTimes: number[] = [];
    const fullTimes: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      charTimes.push(time(() => charScan(text))[1]);
      wordTimes.push(time(() => wordScan(text))[1]);
      tokenTimes.push(time(() => tokenizeOnly(text))[1]);
      run = { corpus: run.corpus, analyses: [], quotes: 0, peakHeap: 0 }; // drop the previous results first
      gc?.();
      const [r, t] = time(() => fullAnalysis(text, false));
      run = r;
      fullTimes.push(t);
    }
    const charScanMs = median(charTimes);
    const wordScanMs = median(wordTimes);
    const tokensMs = median(tokenTimes);
    const full = median(fullTimes);
    row('plain scan: charCodeAt loop', `${ms(charScanMs)}  ${(mb / (charScanMs / 1000)).toFixed(0)} MB/s`);
    row('plain scan: word regex /[\\p{L}\\p{N}]+/gu', `${ms(wordScanMs)}  ${(mb / (wordScanMs / 1000)).toFixed(0)} MB/s`);
    row(`full analysis, parse + analyze (median of ${RUNS})`, `${ms(full)}  ${(mb / (full / 1000)).toFixed(1)} MB/s`);
    row('full analysis / word-regex scan', `${(full / wordScanMs).toFixed(1)}x the time  (goal within 10x: ${full / wordScanMs <= 10 ? 'met' : 'NOT MET'})`);
    row('full analysis / charCodeAt scan', `${(full / charScanMs).toFixed(1)}x the time  (goal within 10x: ${full / charScanMs <= 10 ? 'met' : 'NOT MET'})`);
    row('  for scale: parse + quotes + words only', `${ms(tokensMs)} = ${(tokensMs / charScanMs).toFixed(1)}x the charCodeAt scan, ${(tokensMs / full * 100).toFixed(0)}% of the full analysis`);

    // One-character edits at random positions in article bodies: re-parse incrementally, then
    // re-analyse only the article the edit landed in.
    const random = prng(7);
    let corpus = run.corpus;
    const analyses = new Map(corpus.articles.map((a, i) => [a.name, run.analyses[i]]));
    const editTimes: number[] = [];
    for (let i = 0; i < EDITS; i++) {
      const article = corpus.articles[Math.floor(random() * corpus.articles.length)];
      const offset = article.bodyStart + Math.floor(random() * Math.max(1, article.bodyEnd - article.bodyStart - 1));
      const start = now();
      const result = applyEdit(corpus, { offset, removed: 0, inserted: 'x' });
      corpus = result.corpus;
      for (const name of result.changed) {
        const changed = findArticle(corpus, name);
        if (changed) analyses.set(name, analyzeArticle(articleBody(corpus, changed)));
      }
      editTimes.push(now() - start);
    }
    const edit = median(editTimes);
    row(`edit + re-analysis of the changed article (${EDITS})`, `median ${ms(edit)}, max ${ms(Math.max(...editTimes))}`);
    row('full analysis / re-analysis (median)', `${(full / edit).toFixed(0)}x cheaper  (goal >= 100x: ${full / edit >= 100 ? 'met' : 'NOT MET'})`);
  },
};
