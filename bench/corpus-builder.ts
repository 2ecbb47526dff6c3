// buildBenchCorpus: a large, deterministic corpus for benchmarks, made by varying the five seed
// articles (test/fixtures/seeds.corpus): unique names, shuffled and dropped paragraphs, changed
// numbers and swapped words, some headers with attributes, an occasional closing line. The same
// target size always gives the same text, so figures from different runs compare.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseCorpus } from '../src/core/corpus';

/** A small deterministic PRNG (mulberry32). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Finds test/fixtures/seeds.corpus from the source tree or from the bundle in dist/bench. */
export function seedsPath(): string {
  let dir = __dirname;
  for (let i = 0; i < 6; i++) {
    const candidate = join(dir, 'test', 'fixtures', 'seeds.corpus');
    if (existsSync(candidate)) return candidate;
    dir = dirname(dir);
  }
  return join(process.cwd(), 'test', 'fixtures', 'seeds.corpus');
}

const SWAPS: Array<[RegExp, string[]]> = [
  [/\bKremlin\b/g, ['Kremlin', 'Elysee', 'White House', 'Downing Street']],
  [/\bPeskov\b/g, ['Peskov', 'Zakharova', 'Kirby', 'Psaki']],
  [/\bMoscow\b/g, ['Moscow', 'Beijing', 'Paris', 'Ankara']],
  [/\bWashington\b/g, ['Washington', 'London', 'Berlin', 'Tokyo']],
  [/\bsaid\b/g, ['said', 'told reporters', 'noted', 'stressed']],
];
const OUTLETS = ['TASS', 'Xinhua', 'Reuters', 'AP', 'RT'];

/** A corpus of at least targetBytes UTF-16 code units (about that many bytes of UTF-8). */
export function buildBenchCorpus(targetBytes: number, seed = 20240322): string {
  const seeds = parseCorpus(readFileSync(seedsPath(), 'utf8'));
  const bodies = seeds.articles.map((a) => seeds.text.slice(a.bodyStart, a.bodyEnd).split(/\n(?=\S)/));
  const random = prng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < targetBytes; i++) {
    const source = i % bodies.length;
    const paragraphs = bodies[source].filter((_, k) => k < 3 || random() > 0.15);
    if (random() < 0.3) {
      const j = 3 + Math.floor(random() * Math.max(1, paragraphs.length - 3));
      paragraphs.push(paragraphs[Math.min(j, paragraphs.length - 1)]);
    }
    let body = paragraphs.join('\n');
    for (const [pattern, choices] of SWAPS) if (random() < 0.5) body = body.replace(pattern, pick(choices));
    body = body.replace(/\d+/g, (d) => (random() < 0.3 ? String(Math.floor(random() * 10 ** d.length)) : d));
    if (!body.endsWith('\n')) body += '\n';
    const id = (Math.floor(random() * 2 ** 32) >>> 0).toString(16).padStart(8, '0');
    const name = `${String(i).padStart(7, '0')}_${id}.txt`;
    const attrs = random() < 0.5 ? ` source="${pick(OUTLETS)}" date="20${10 + Math.floor(random() * 10)}-0${1 + Math.floor(random() * 9)}-1${Math.floor(random() * 10)}"` : '';
    const close = random() < 0.05 ? '<<<END FILE>>>\n' : '';
    const article = `<<<FILE ${name}${attrs}>>>\n${body}${close}`;
    parts.push(article);
    size += article.length;
  }
  return parts.join('');
}
