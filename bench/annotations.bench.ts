// Annotation benchmark: a >= 50 MB corpus and 10,000 annotations in a sidecar. After an edit
// that shifts every annotation (a line added at the top of each annotated article), time
//   load    = parseSidecar + reanchorAll   (goal < 500 ms)
//   save    = updateSidecar with every start moved, including its read-back check (goal < 200 ms)
// and compare both with a baseline measured in the same run: JSON.parse of the same
// annotations plus one indexOf per quote in its article body (load), JSON.stringify (save).
import os from 'node:os';
import v8 from 'node:v8';
import vm from 'node:vm';
import { parseCorpus, type ParsedCorpus } from '../src/core/corpus';
import {
  createSidecar, generateId, makeAnnotation, parseSidecar, reanchorAll, seededRandom, updateAnchor, updateSidecar, type Annotation,
} from '../src/core/annotations';
import { buildBenchCorpus, prng } from './corpus-builder';
import { median, now, type BenchSection } from './section';

const TARGET_BYTES = 50 * 1024 * 1024;
const ANNOTATIONS = 10_000;
const RUNS = 5;
const LOAD_GOAL_MS = 500;
const SAVE_GOAL_MS = 200;
const LABELS = ['claim', 'denial', 'accusation', 'promise', 'prediction', 'attack', 'opinion', 'factual-statement'];

const ms = (x: number): string => `${x < 1 ? x.toFixed(3) : x.toFixed(1)} ms`;
const row = (label: string, value: string): void => console.log(`  ${label.padEnd(50)} ${value}`);

/** Process CPU time in ms (all threads, GC included): unlike wall time, waiting for a busy CPU does not count. */
function cpuNow(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}

const cpuMedians = new Map<string, number>();

// A full GC before each timed run, so garbage left by building the 50 MB corpora is not
// collected on the clock of whatever runs next (node exposes gc only when asked to).
v8.setFlagsFromString('--expose-gc');
const collectGarbage = vm.runInNewContext('gc') as (() => void) | undefined;

/** Median wall time of `runs` calls; the median CPU time is kept under `label` for the report. */
function timeMedian<T>(runs: number, fn: () => T, label?: string): [T, number] {
  const times: number[] = [];
  const cpu: number[] = [];
  let value!: T;
  for (let i = 0; i < runs; i++) {
    collectGarbage?.();
    const startCpu = cpuNow();
    const start = now();
    value = fn();
    times.push(now() - start);
    cpu.push(cpuNow() - startCpu);
  }
  if (label) cpuMedians.set(label, median(cpu));
  return [value, median(times)];
}

const cpuNote = (label: string): string => `cpu ${ms(cpuMedians.get(label) ?? NaN)}`;

/** 10,000 annotations on word-aligned ranges of random articles, like people make. */
function makeAnnotations(corpus: ParsedCorpus): Annotation[] {
  const random = prng(7);
  const ids = new Set<string>();
  const idRandom = seededRandom(11);
  const annotations: Annotation[] = [];
  while (annotations.length < ANNOTATIONS) {
    const article = corpus.articles[Math.floor(random() * corpus.articles.length)];
    const body = corpus.text.slice(article.bodyStart, article.bodyEnd);
    let start = Math.floor(random() * Math.max(1, body.length - 200));
    start = body.indexOf(' ', start) + 1;
    const end = body.lastIndexOf(' ', start + 20 + Math.floor(random() * 100));
    if (start <= 0 || end <= start) continue;
    const id = generateId(ids, idRandom);
    ids.add(id);
    annotations.push(makeAnnotation({
      id, article: article.name, body, start, end, label: LABELS[annotations.length % LABELS.length],
      author: 'bench', created: '2026-11-22T10:00:00Z', ...(random() < 0.3 ? { note: 'Checked against the wire copy.' } : {}),
    }));
  }
  return annotations;
}

/** The corpus with a line added at the top of every article that has annotations. */
function shiftAnnotatedArticles(corpus: ParsedCorpus, annotations: Annotation[]): string {
  const annotated = new Set(annotations.map((a) => a.article));
  const parts: string[] = [];
  let at = 0;
  for (const article of corpus.articles) {
    if (!annotated.has(article.name)) continue;
    parts.push(corpus.text.slice(at, article.bodyStart), 'UPDATED: this article was revised.\n');
    at = article.bodyStart;
  }
  parts.push(corpus.text.slice(at));
  return parts.join('');
}

export const annotationsBench: BenchSection = {
  name: 'annotations',
  title: 'sidecar load + re-anchor of 10,000 annotations on a 50 MB corpus, and save',
  async run() {
    const corpus = parseCorpus(buildBenchCorpus(TARGET_BYTES));
    const order = corpus.articles.map((a) => a.name);
    const annotations = makeAnnotations(corpus);
    const [fresh, createMs] = timeMedian(1, () => updateSidecar(createSidecar('bench.corpus'), annotations, order));
    row('corpus / annotations', `${(corpus.text.length / 2 ** 20).toFixed(1)}M code units, ${corpus.articles.length} articles / ${ANNOTATIONS} annotations`);
    row('sidecar', `${(fresh.text.length / 2 ** 20).toFixed(2)}M code units, ${fresh.text.split('\n').length} lines (written from scratch in ${ms(createMs)})`);

    const edited = parseCorpus(shiftAnnotatedArticles(corpus, annotations));
    const text = fresh.text;

    // Baseline: the same data as JSON, and the cheapest possible "re-anchor" (one indexOf per quote).
    const json = JSON.stringify(annotations);
    const bodies = new Map(edited.articles.map((a) => [a.name, a]));
    const [, baselineLoad] = timeMedian(RUNS, () => {
      const list = JSON.parse(json) as Annotation[];
      let found = 0;
      for (const a of list) {
        const article = bodies.get(a.article)!;
        if (edited.text.indexOf(a.quote, article.bodyStart) !== -1) found++;
      }
      return found;
    }, 'baseline-load');
    const [, baselineSave] = timeMedian(RUNS, () => JSON.stringify(annotations, null, 2), 'baseline-save');

    const [sidecar, parseMs] = timeMedian(RUNS, () => {
      const result = parseSidecar(text);
      if (!result.ok) throw new Error(result.errors[0].message);
      return result.sidecar;
    }, 'parse');
    const [results, anchorMs] = timeMedian(RUNS, () => reanchorAll(sidecar.annotations, edited), 'anchor');
    const states = { exact: 0, moved: 0, fuzzy: 0, orphaned: 0 };
    for (const r of results.values()) states[r.state]++;
    const [, loadMs] = timeMedian(RUNS, () => {
      const result = parseSidecar(text);
      if (!result.ok) throw new Error('unreadable');
      return reanchorAll(result.sidecar.annotations, edited);
    }, 'load');
    row('parseSidecar (median of 5)', `${ms(parseMs)}  (${cpuNote('parse')})`);
    row('reanchorAll after the shifting edit (median of 5)', `${ms(anchorMs)}  (${cpuNote('anchor')})  states ${JSON.stringify(states)}`);
    row('load = parse + re-anchor (median of 5)', `${ms(loadMs)}  (${cpuNote('load')})  ${(loadMs / LOAD_GOAL_MS).toFixed(2)}x the ${LOAD_GOAL_MS} ms goal (${loadMs < LOAD_GOAL_MS ? 'met' : 'NOT MET'}), ${(loadMs / baselineLoad).toFixed(1)}x the JSON.parse+indexOf baseline (${ms(baselineLoad)}, ${cpuNote('baseline-load')})`);

    const moved = sidecar.annotations.map((a) => updateAnchor(a, edited, results.get(a.id)!));
    const [saved, saveMs] = timeMedian(RUNS, () => updateSidecar(sidecar, moved, order), 'save');
    row('save, every start changed (median of 5)', `${ms(saveMs)}  (${cpuNote('save')})  ${(saveMs / SAVE_GOAL_MS).toFixed(2)}x the ${SAVE_GOAL_MS} ms goal (${saveMs < SAVE_GOAL_MS ? 'met' : 'NOT MET'}), ${(saveMs / baselineSave).toFixed(1)}x the JSON.stringify baseline (${ms(baselineSave)}, ${cpuNote('baseline-save')})`);
    const oldLines = text.split('\n');
    const changedLines = saved.text.split('\n').filter((line, i) => line !== oldLines[i]).length;
    row('lines changed by that save', `${changedLines} (one start: line per annotation)`);
    const [, unchangedMs] = timeMedian(RUNS, () => updateSidecar(saved.sidecar, moved, order), 'unchanged');
    row('save, nothing changed (returns the same bytes)', `${ms(unchangedMs)}  (${cpuNote('unchanged')})`);
    const oneChanged = moved.map((a, i) => (i === 5000 ? { ...a, note: 'Edited in the editor.' } : a));
    const [, oneMs] = timeMedian(RUNS, () => updateSidecar(saved.sidecar, oneChanged, order), 'one');
    row('save, one annotation changed (the usual editor save)', `${ms(oneMs)}  (${cpuNote('one')})`);

    // Some quotes edited too: the fuzzy path (Myers' algorithm over each article body).
    // One character replaced in ~10% of the quotes, where re-anchoring found them.
    const random = prng(3);
    const cuts: number[] = [];
    for (const a of sidecar.annotations) {
      const r = results.get(a.id)!;
      if (random() < 0.1 && r.start !== undefined && a.quote.length > 8) cuts.push(bodies.get(r.article!)!.bodyStart + r.start + 3);
    }
    cuts.sort((x, y) => x - y);
    const pieces: string[] = [];
    let from = 0;
    for (const cut of cuts) {
      if (cut < from) continue;
      pieces.push(edited.text.slice(from, cut), 'X');
      from = cut + 1;
    }
    pieces.push(edited.text.slice(from));
    const fuzzyText = pieces.join('');
    const fuzzyCorpus = parseCorpus(fuzzyText);
    const [fuzzyResults, fuzzyMs] = timeMedian(RUNS, () => reanchorAll(sidecar.annotations, fuzzyCorpus), 'fuzzy');
    const fuzzyStates = { exact: 0, moved: 0, fuzzy: 0, orphaned: 0 };
    for (const r of fuzzyResults.values()) fuzzyStates[r.state]++;
    row('reanchorAll with ~10% of quotes edited (median of 5)', `${ms(fuzzyMs)}  (${cpuNote('fuzzy')})  states ${JSON.stringify(fuzzyStates)}`);
    row('load average (1 min) / CPUs during the run', `${os.loadavg()[0].toFixed(1)} / ${os.cpus().length}: wall times include waiting for a busy CPU`);
    if (states.orphaned || states.fuzzy) throw new Error('a shifting edit should leave every anchor exact or moved');
  },
};
