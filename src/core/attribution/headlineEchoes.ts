// Wire headlines quote a few words of a quotation the story then gives in full: "Norland
// ‘highly appreciates’ the offer" over "“We highly appreciate the offer,” Ola Berg said". The
// headline's words are that speaker's, when the headline itself credits only a place, nobody, or
// someone by a weak guess. A fragment in the body credited to nobody takes its words from a
// later quotation the same way.
import type { Entity } from './coreference';
import type { QuoteSpan } from './quotes';
import type { Ref } from './refs';
import type { Attribution } from './uncued';

/** Headline quotations read at most (a headline block holds a handful). */
const MAX_HEADLINE_QUOTES = 8;
/** Below this confidence a headline's credit without a speech verb is a guess an echo overrides. */
const WEAK = 0.5;

/** Gives each headline quotation credited to a place, to nobody or by a guess the speaker of the body quotation it echoes. */
export function creditHeadlineEchoes(text: string, spans: QuoteSpan[], results: Attribution[], entities: Entity[], headlineEnd: number): void {
  const bodyWords: (string | undefined)[] = [];
  for (let q = 0; q < spans.length && q < MAX_HEADLINE_QUOTES && spans[q].outerStart < headlineEnd; q++) {
    // A headline's own credit stands, unless it is a place or a weak guess with no speech verb
    // ("Berg, Lund hold “fruitful” talks" names two people and credits neither).
    const own = results[q].ref;
    if (own && entities[own.entity].kind !== 'place' && (results[q].cue || results[q].confidence >= WEAK)) continue;
    const words = normalWords(text.slice(spans[q].start, spans[q].end));
    // One word is enough ("Seoul has ‘will’" over "a “clear will” to mend ties"): only a credit
    // to a place, to nobody or by a guess gives way, to the first body quotation holding it.
    if (!words) continue;
    for (let b = q + 1; b < spans.length; b++) {
      const ref = results[b].ref;
      if (spans[b].outerStart < headlineEnd || !ref || !entities[ref.entity].named || entities[ref.entity].kind === 'place') continue;
      bodyWords[b] ??= ` ${normalWords(text.slice(spans[b].start, spans[b].end))} `;
      if (bodyWords[b]!.includes(` ${words} `)) {
        results[q] = { ref, cue: null, confidence: 0.6 };
        break;
      }
    }
    // "Norland ‘firmly against’ the plan" over a story whose first quotation is its foreign
    // minister's: the country speaks in the headline through the official the story quotes.
    const lead = own && results[q].ref === own && entities[own.entity].kind === 'place' ? firstBodyPerson(spans, results, entities, headlineEnd, q) : -1;
    if (lead >= 0) results[q] = { ref: results[lead].ref, cue: null, confidence: 0.5 };
  }
}

/** The first quotation after the headline block, when a named person is its speaker; else -1. */
function firstBodyPerson(spans: QuoteSpan[], results: Attribution[], entities: Entity[], headlineEnd: number, q: number): number {
  let b = q + 1;
  while (b < spans.length && spans[b].outerStart < headlineEnd) b++;
  const ref = b < spans.length ? results[b].ref : null;
  const kind = ref ? entities[ref.entity].kind : null;
  return ref && entities[ref.entity].named && (kind === 'person' || kind === 'name') ? b : -1;
}

/** Body quotations read after a sub-heading for the words it takes from one (a screen of text or so). */
const SUBHEAD_REACH = 20;
/** A body quotation shorter than this is too common a phrase to tie a sub-heading to it. */
const SUBHEAD_MIN_WORDS = 2;

/**
 * `'The pullout was a total betrayal'` ¶ `Ola Berg said …` ¶ … `Ann Dahl called it a "total
 * betrayal"`: a quoted sub-heading takes its words from a quotation further down, whose
 * speaker is its speaker, over the one the paragraph below it opens with.
 */
export function creditSubheadEchoes(text: string, spans: QuoteSpan[], results: Attribution[], entities: Entity[], lines: readonly number[]): void {
  for (const q of lines) {
    const heading = ` ${normalWords(text.slice(spans[q].start, spans[q].end))} `;
    const ref = echoingSpeaker(text, spans, results, entities, q, SUBHEAD_REACH, (words) => words.split(' ').length >= SUBHEAD_MIN_WORDS && heading.includes(` ${words} `));
    if (ref && results[q].ref?.entity !== ref.entity) results[q] = { ref, cue: null, confidence: 0.6 };
  }
}

/**
 * The speaker of the first of the `reach` quotations after `q` that has a cue and a named
 * speaker and whose words (normalWords) `echoes` accepts; else null. `words` keeps each
 * quotation's words for the next call, when the callers' windows overlap.
 */
function echoingSpeaker(text: string, spans: QuoteSpan[], results: Attribution[], entities: Entity[], q: number, reach: number, echoes: (words: string) => boolean, words: (string | undefined)[] = []): Ref | null {
  for (let b = q + 1; b < spans.length && b <= q + reach; b++) {
    const ref = results[b].ref;
    if (!ref || !results[b].cue || !entities[ref.entity].named) continue;
    words[b] ??= normalWords(text.slice(spans[b].start, spans[b].end));
    if (echoes(words[b]!)) return ref;
  }
  return null;
}

/** Lower-case words with their inflection cut ("appreciates" and "appreciate" alike), space-separated. */
function normalWords(s: string): string {
  return s.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean).map((w) => w.replace(/(?:ing|ed|es|s|e)$/, '')).join(' ');
}

/** Words a short heading may have beside its quotation: "Disruption “regret”", "“Shambolic” approach". */
const SHORT_HEADING_WORDS = 3;
/** Body quotations read below a short heading for its words (the next few paragraphs). */
const SHORT_HEADING_REACH = 4;

/**
 * `Disruption “regret”` ¶ `Union chair Ola Berg says: "We deeply regret the disruption …"`: a
 * short line in the body that quotes a word or two and credits nobody is a sub-heading taking
 * them from a quotation just below, whose speaker is its speaker (not the word beside it, not
 * whoever spoke above it).
 */
export function creditShortHeadingEchoes(text: string, spans: QuoteSpan[], results: Attribution[], entities: Entity[], headlineEnd: number): void {
  for (let q = 0; q < spans.length; q++) {
    if (spans[q].outerStart < headlineEnd || results[q].cue || !isShortHeading(text, spans[q])) continue;
    const words = normalWords(text.slice(spans[q].start, spans[q].end));
    if (!words) continue;
    const ref = echoingSpeaker(text, spans, results, entities, q, SHORT_HEADING_REACH, (body) => ` ${body} `.includes(` ${words} `));
    if (ref) results[q] = { ref, cue: null, confidence: 0.6 };
  }
}

/** Characters a short heading may have beside its quotation, each side (bounds the search for its line). */
const SHORT_HEADING_REACH_CHARS = 60;

/** The quotation fills a line of its own but for a few words, and neither it nor the line ends as a sentence does. */
function isShortHeading(text: string, span: QuoteSpan): boolean {
  let lineStart = span.outerStart;
  while (lineStart > 0 && text[lineStart - 1] !== '\n' && span.outerStart - lineStart < SHORT_HEADING_REACH_CHARS) lineStart--;
  let lineEnd = span.outerEnd;
  while (lineEnd < text.length && text[lineEnd] !== '\n' && lineEnd - span.outerEnd < SHORT_HEADING_REACH_CHARS) lineEnd++;
  if (lineStart === 0 || text[lineStart - 1] !== '\n' || text[lineEnd] !== '\n') return false;
  const line = text.slice(lineStart, lineEnd).trimEnd();
  if (/[.!?…:]$/.test(line) || /[.!?…]$/.test(text.slice(span.start, span.end).trimEnd())) return false;
  const beside = text.slice(lineStart, span.outerStart) + ' ' + text.slice(span.outerEnd, lineStart + line.length);
  return beside.split(/[^\p{L}\p{N}]+/u).filter(Boolean).length <= SHORT_HEADING_WORDS;
}

/** Below this confidence a body fragment's credit without a cue is a guess an echo overrides. */
const FRAGMENT_WEAK = 0.45;
/** One word shorter than this ("miss", "no") is too common to tie a fragment to another quotation. */
const FRAGMENT_MIN_LETTERS = 7;
/** Quotations read after a fragment for its words in full. */
const FRAGMENT_REACH = 30;

/**
 * `Two hospitals are "getting worse".` … `"… and it is getting worse," Ola Berg said`: a few
 * words quoted with no cue, credited to nobody or by a guess, are the words of whoever later
 * says them in full.
 */
export function creditFragmentEchoes(text: string, spans: QuoteSpan[], results: Attribution[], entities: Entity[], headlineEnd: number): void {
  // (A guess at someone quoted with a cue elsewhere in the story stands: they speak in it.)
  const speakers = new Set<number>();
  for (const r of results) if (r.cue && r.ref) speakers.add(r.ref.entity);
  // ("two words he could not bring himself to utter: 'Ola Berg.'": a name the story uses is anybody's.)
  let names: Set<string> | undefined;
  // (Each fragment reads up to 30 quotations after it: their words are worked out once.)
  const quoted: (string | undefined)[] = [];
  for (let q = 0; q < spans.length; q++) {
    const own = results[q].ref;
    if (spans[q].outerStart < headlineEnd || results[q].cue || (own && (results[q].confidence > FRAGMENT_WEAK || entities[own.entity].kind === 'person' || speakers.has(own.entity)))) continue;
    const words = normalWords(text.slice(spans[q].start, spans[q].end));
    if (!words || (!words.includes(' ') && words.length < FRAGMENT_MIN_LETTERS)) continue;
    names ??= new Set(entities.map((e) => normalWords(e.name)));
    if (names.has(words)) continue;
    const ref = echoingSpeaker(text, spans, results, entities, q, FRAGMENT_REACH, (body) => body !== words && ` ${body} `.includes(` ${words} `), quoted);
    if (ref) results[q] = { ref, cue: null, confidence: 0.5 };
  }
}
