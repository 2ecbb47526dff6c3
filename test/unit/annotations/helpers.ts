// Shared by the annotation tests: fixtures, small corpora, and annotations with defaults.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCorpus, type ParsedCorpus } from '../../../src/core/corpus';
import { parseSidecar, type Annotation, type Sidecar } from '../../../src/core/annotations';

export function readFixture(name: string): string {
  return readFileSync(join(__dirname, '..', '..', 'fixtures', name), 'utf8');
}

/** A corpus of the given articles, in order: name -> body. */
export function corpusOf(articles: Record<string, string>): ParsedCorpus {
  return parseCorpus(Object.entries(articles).map(([name, body]) => `<<<FILE ${name}>>>\n${body}`).join(''));
}

export function bodyOf(corpus: ParsedCorpus, name: string): string {
  const a = corpus.articles.find((x) => x.name === name)!;
  return corpus.text.slice(a.bodyStart, a.bodyEnd);
}

export function annotation(fields: Partial<Annotation> & { id: string }): Annotation {
  return { article: 'a.txt', label: 'claim', quote: 'x', prefix: '', suffix: '', start: 0, ...fields };
}

/** parseSidecar that must succeed. */
export function read(text: string): Sidecar {
  const result = parseSidecar(text);
  if (!result.ok) throw new Error(`expected a valid sidecar: ${JSON.stringify(result.errors)}`);
  return result.sidecar;
}

/** [code, line, column] of each error of a sidecar that must fail. */
export function errorsOf(text: string): Array<[string, number, number]> {
  const result = parseSidecar(text);
  if (result.ok) throw new Error('expected errors');
  return result.errors.map((e) => [e.code, e.line, e.column]);
}
