// Corpus parser benchmark: on a >= 50 MB corpus built from the seeds, the full parse's
// throughput and its ratio to a plain one-pass scan of the same text, and the cost of
// applyEdit for one-character edits at random positions against a full parse (goal: at least
// 100x cheaper). Everything is measured in this one run; the ratios are what to compare.
import { isDeepStrictEqual } from 'node:util';
import { applyEdit, parseCorpus, type ParsedCorpus } from '../src/core/corpus';
import { buildBenchCorpus, prng } from './corpus-builder';
import { median, now, type BenchSection } from './section';

const TARGET_BYTES = 50 * 1024 * 1024;
const PARSE_RUNS = 5;
const EDITS = 6000; // enough to include text compactions (one per ~2000 one-character edits)

/** The plain one-pass scan parse throughput is compared with: count newlines, one charCodeAt per code unit. */
function countNewlines(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) n++;
  return n;
}

/** The engine's own fastest pass over the text, for scale. */
function countNewlinesIndexOf(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

function time<T>(fn: () => T): [T, number] {
  const start = now();
  const value = fn();
  return [value, now() - start];
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
}

const ms = (x: number): string => `${x < 1 ? x.toFixed(3) : x.toFixed(1)} ms`;
const row = (label: string, value: string): void => console.log(`  ${label.padEnd(44)} ${value}`);

export const corpusBench: BenchSection = {
  name: 'corpus',
  title: 'corpus parser: full parse vs a plain scan, one-character applyEdit vs a full parse',
  async run() {
    const [text, buildMs] = time(() => buildBenchCorpus(TARGET_BYTES));
    const bytes = Buffer.byteLength(text, 'utf8');
    const mb = bytes / (1024 * 1024);
    row('corpus', `${mb.toFixed(1)} MB UTF-8, ${(text.length / 1e6).toFixed(1)}M UTF-16 code units (built in ${ms(buildMs)})`);

    const scanTimes: number[] = [];
    const indexOfTimes: number[] = [];
    const parseTimes: number[] = [];
    let lines = 0;
    let articles = 0;
    for (let run = 0; run < PARSE_RUNS; run++) {
      const [n, t] = time(() => countNewlines(text));
      scanTimes.push(t);
      lines = n;
      indexOfTimes.push(time(() => countNewlinesIndexOf(text))[1]);
      const [parsed, p] = time(() => parseCorpus(text));
      parseTimes.push(p);
      articles = parsed.articles.length;
    }
    const scan = median(scanTimes);
    const scanIndexOf = median(indexOfTimes);
    const parse = median(parseTimes);
    row('articles / lines', `${articles} / ${lines + 1}`);
    row('plain scan (charCodeAt newline count)', `${ms(scan)}  ${(mb / (scan / 1000)).toFixed(0)} MB/s`);
    row('indexOf newline count (for scale)', `${ms(scanIndexOf)}  ${(mb / (scanIndexOf / 1000)).toFixed(0)} MB/s`);
    row('parseCorpus (median of 5)', `${ms(parse)}  ${(mb / (parse / 1000)).toFixed(0)} MB/s`);
    row('parse / plain scan', `${(parse / scan).toFixed(2)}x the time`);

    // One-character edits at random positions, each on the previous result, as an editor does.
    const random = prng(42);
    let corpus: ParsedCorpus = parseCorpus(text);
    const editTimes: number[] = [];
    const headerTimes: number[] = [];
    for (let i = 0; i < EDITS; i++) {
      const length = corpus.text.length;
      const offset = Math.floor(random() * length);
      const edit = i % 2 === 0 ? { offset, removed: 0, inserted: 'x' } : { offset: Math.min(offset, length - 1), removed: 1, inserted: '' };
      const start = now();
      corpus = applyEdit(corpus, edit).corpus;
      editTimes.push(now() - start);
    }
    // Keystrokes in header lines (names change, so duplicate names are re-checked across the file).
    for (let i = 0; i < 100; i++) {
      const a = corpus.articles[Math.floor(random() * corpus.articles.length)];
      const start = now();
      corpus = applyEdit(corpus, { offset: a.headerStart + 10, removed: 0, inserted: 'h' }).corpus;
      headerTimes.push(now() - start);
    }
    const editMedian = median(editTimes);
    const editMean = editTimes.reduce((s, t) => s + t, 0) / editTimes.length;
    row(`applyEdit, 1 char, ${EDITS} random positions`, `median ${ms(editMedian)}, p90 ${ms(percentile(editTimes, 0.9))}, p99 ${ms(percentile(editTimes, 0.99))}, max ${ms(Math.max(...editTimes))}, mean ${ms(editMean)}`);
    row('applyEdit, 1 char in a header line', `median ${ms(median(headerTimes))}, max ${ms(Math.max(...headerTimes))}`);
    const ratio = parse / editMedian;
    row('full parse / applyEdit (median)', `${ratio.toFixed(0)}x cheaper  (goal >= 100x: ${ratio >= 100 ? 'met' : 'NOT MET'})`);
    row('full parse / applyEdit (mean, incl. compactions)', `${(parse / editMean).toFixed(0)}x cheaper`);

    const [full, checkMs] = time(() => parseCorpus(corpus.text));
    const equal = isDeepStrictEqual(corpus, full);
    row('after all edits, equal to a full parse', `${equal ? 'yes' : 'NO'} (checked in ${ms(checkMs)})`);
    row('heap used / rss now', `${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(0)} MB / ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MB`);
    if (!equal) throw new Error('incremental parse diverged from a full parse');
  },
};
