// Who said each quote. One pass over the sentences in text order (see salience.ts for what
// is remembered). Each quote takes, in order of preference: the cue right after it (`"…," he
// said`), the nearest cue before it in its sentence (`Peskov said: "…"`), a cue later in its
// sentence (`"…" by the allies, Clinton said`), or the speaker it continues (a quote paragraph
// after an attributed one). A cue whose subject cannot be resolved leaves the speaker null.
import type { Quote, Speaker } from './types';
import type { Entity } from './coreference';
import { AUXILIARIES, findCues, MentionIndex, nounPhraseBefore, verbLike, type Cue, type SubjectRef } from './cues';
import type { Mention } from './entities';
import { headlineLimit, kindOf } from './kinds';
import { DOMAIN_WORDS, FUNCTION_WORDS, NATIONALITIES, ORG_ROLE_NOUNS, PERSON_ROLE_NOUNS, PREPOSITIONS, ROLE_MODIFIERS, SOURCE_NOUNS, TITLE_WORDS } from './lexicon';
import type { QuoteSpan } from './quotes';
import { Salience, type Ref } from './salience';
import { BREAK, F_ALLCAPS, F_CAP, F_POSS, PUNCT, QUOTE, Tokens, WORD } from './tokens';

interface Attribution {
  ref: Ref | null;
  cue: Cue | null;
  confidence: number;
}

export interface AttributionInput {
  text: string;
  spans: QuoteSpan[];
  tokens: Tokens;
  mentions: Mention[];
  entities: Entity[];
}

export function attribute(input: AttributionInput): { quotes: Quote[]; speakers: Speaker[] } {
  const { spans, tokens, mentions, entities } = input;
  const index = new MentionIndex(mentions);
  const state = new Salience(tokens, mentions, entities);
  const results: Attribution[] = new Array(spans.length);
  const quoteTok = new Int32Array(spans.length).fill(-1);
  for (let t = 0; t < tokens.count; t++) if (tokens.kind[t] === QUOTE) quoteTok[tokens.quote[t]] = t;

  let mi = 0; // next mention to feed to the salience state
  let prevQuote = -1;
  // The last entity attributed in the current and in the previous paragraph.
  let paraSpeaker: Ref | null = null;
  let prevParaSpeaker: Ref | null = null;
  let currentPara = -1;

  const sentences = tokens.sentenceStarts.length - 1;
  for (let s = 0; s < sentences; s++) {
    const from = tokens.sentenceStarts[s], to = tokens.sentenceStarts[s + 1];
    if (from >= to) continue;
    const para = tokens.paragraph[from];
    if (para !== currentPara) {
      if (hasWords(tokens, from)) {
        prevParaSpeaker = paraSpeaker;
        paraSpeaker = null;
      }
      currentPara = para;
    }
    // Roles and organisation names seen in this sentence are known from here on.
    while (mi < mentions.length && mentions[mi].tokStart < to) state.see(mi++);

    // Events in text order: the sentence's subject, then each cue's subject.
    const subject = sentenceSubject(tokens, index, from, to);
    const cues = findCues(tokens, index, s);
    let subjectRef: Ref | null = null;
    let subjectDone = subject === null;
    const applySubject = (): void => {
      if (subject) subjectRef = state.resolve(subject.ref, subject.pos, null);
      // A description opening a sentence ("The day before") is a weak antecedent: only names count.
      if (subjectRef && entities[subjectRef.entity].named) state.subject(subjectRef);
      subjectDone = true;
    };
    const resolved = new Map<Cue, Ref | null>();
    let lastCueRef: Ref | null = null;
    for (const cue of cues) {
      if (!subjectDone && subject && subject.tok <= subjectStart(cue)) applySubject();
      const ref: Ref | null = cue.passive ? null : state.resolve(cue.subject, tokens.start[cue.tok], lastCueRef ?? subjectRef);
      resolved.set(cue, ref);
      if (ref) {
        state.subject(ref);
        lastCueRef = ref;
        paraSpeaker = ref;
      }
    }
    if (!subjectDone) applySubject();
    const credited = creditedCue(cues, resolved, entities);

    for (let t = from; t < to; t++) {
      if (tokens.kind[t] !== QUOTE) continue;
      const q = tokens.quote[t];
      let result = fromCues(tokens, cues, resolved, t, from, q + 1 < spans.length ? quoteTok[q + 1] : -1, credited);
      if (!result) {
        // "Ryan: ‘No place in a campaign’", "Rep. Trey Gowdy (R-S.C.): "…"": a label and a colon.
        const label = labelBefore(tokens, index, state, from, t);
        if (label) result = { ref: label, cue: null, confidence: 0.7 };
      }
      if (!result || (result.ref === null && result.cue?.passive)) {
        const carried = continuation(tokens, spans, results, quoteTok, q, prevQuote, t, from, prevParaSpeaker, result?.cue?.passive ?? false);
        if (carried) result = { ref: carried.ref, cue: result?.cue ?? null, confidence: result?.cue ? Math.min(carried.confidence, 0.5) : carried.confidence };
      }
      if (!result && subjectRef && subject?.ref.type === 'mention' && subject.tok < t && !coordinated(tokens, subject.ref.tokEnd)) {
        // "Trump defended his manager as a "very decent man"": no speech verb, but a fragment
        // inside a sentence about one named subject is that subject's word, weakly.
        result = { ref: subjectRef, cue: null, confidence: 0.4 };
      }
      results[q] = result ?? { ref: null, cue: null, confidence: 0 };
      const ref = results[q].ref;
      if (ref) {
        state.subject(ref);
        paraSpeaker = ref;
      }
      prevQuote = q;
    }
  }
  // Quotes the token stream never reached (none in practice) stay unattributed.
  for (let q = 0; q < spans.length; q++) if (!results[q]) results[q] = { ref: null, cue: null, confidence: 0 };
  shareAcrossParagraphs(spans, results);

  return buildOutput(input, results, quoteTok);
}

/**
 * A quote running over several paragraphs often names its speaker only at its last part
 * (`"…\n\n"…," she said`): every part of the chain takes the speaker of its first
 * attributed part.
 */
function shareAcrossParagraphs(spans: QuoteSpan[], results: Attribution[]): void {
  let first = 0;
  for (let q = 0; q <= spans.length; q++) {
    if (q < spans.length && spans[q].continues) continue;
    // [first, q) is one chain.
    if (q - first > 1) {
      const source = results.slice(first, q).find((r) => r.ref && r.cue);
      if (source) for (let k = first; k < q; k++) if (!results[k].cue) results[k] = { ref: source.ref, cue: null, confidence: Math.min(0.85, source.confidence) };
    }
    first = q;
  }
}

function hasWords(tokens: Tokens, t: number): boolean {
  return t < tokens.count && tokens.kind[t] !== BREAK;
}

function subjectStart(cue: Cue): number {
  const s = cue.subject;
  if (s.type === 'mention' || s.type === 'nominal') return s.tokStart;
  if (s.type === 'pronoun' || s.type === 'relative') return s.tok;
  return cue.tok;
}

/**
 * The cue right after the quote (only punctuation between), else the nearest cue before it
 * in the sentence, else the first cue after it in the sentence with no other quote between.
 */
/**
 * "…," Walker said, according to an AP account / "…," reported the Washington Examiner: a
 * source the whole sentence is credited to, which wins over the speaker inside it.
 */
function creditedCue(cues: Cue[], resolved: Map<Cue, Ref | null>, entities: Entity[]): Cue | null {
  for (const cue of cues) {
    const ref = resolved.get(cue);
    if (ref && (cue.form === 'according' || (/^report/.test(cue.text) && entities[ref.entity].kind === 'organization'))) return cue;
  }
  return null;
}

function fromCues(tokens: Tokens, cues: Cue[], resolved: Map<Cue, Ref | null>, t: number, from: number, nextQuote: number, credited: Cue | null): Attribution | null {
  if (credited && (cues.length > 1 || credited.tok > t)) return withCue(credited, resolved, 0);
  // Cues are in token order: binary search for the first one after the quote.
  let lo = 0, hi = cues.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cues[mid].tok <= t) lo = mid + 1; else hi = mid;
  }
  let later: Cue | null = null;
  if (lo < cues.length) {
    const cue = cues[lo];
    const start = Math.min(cue.tok, subjectStart(cue));
    if (start > t && onlyGlue(tokens, t + 1, start)) return withCue(cue, resolved, 0);
    if (nextQuote < 0 || nextQuote > cue.tok) later = cue;
  }
  let before: Cue | null = null;
  for (let k = lo - 1; k >= 0 && !before; k--) if (cues[k].tokEnd <= t && cues[k].tok >= from) before = cues[k];
  if (before) return withCue(before, resolved, countWords(tokens, before.tokEnd, t));
  if (later) return withCue(later, resolved, 13);
  return null;
}

function withCue(cue: Cue, resolved: Map<Cue, Ref | null>, distance: number): Attribution {
  const ref = resolved.get(cue) ?? null;
  return { ref, cue, confidence: ref ? confidenceOf(cue, distance) : 0.2 };
}

function confidenceOf(cue: Cue, distance: number): number {
  const base: Record<SubjectRef['type'], number> = { mention: 0.95, relative: 0.85, pronoun: 0.8, nominal: 0.8, clause: 0.75, none: 0.5 };
  let c = base[cue.subject.type];
  if (cue.subject.type === 'nominal' && !cue.subject.definite) c = 0.6;
  if (cue.form === 'according') c = Math.min(c, 0.9);
  if (distance > 12) c *= 0.85;
  return Math.round(c * 100) / 100;
}

function onlyGlue(tokens: Tokens, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    if (tokens.kind[k] !== PUNCT) return false;
    const ch = tokens.text[tokens.start[k]];
    // Commas, dashes, and stray marks left by nested quotes (`'old-school,'''`).
    if (!',—–-()\'"’”‘“'.includes(ch)) return false;
  }
  return true;
}

/** Words between two tokens, counted up to 13 (all a confidence needs to know). */
function countWords(tokens: Tokens, from: number, to: number): number {
  let n = 0;
  for (let k = from; k < to && n < 13; k++) if (tokens.kind[k] === WORD) n++;
  return n;
}

/** No cue: a quote carries on the speaker of the quote or paragraph before it. */
function continuation(
  tokens: Tokens, spans: QuoteSpan[], results: Attribution[], quoteTok: Int32Array, q: number, prevQuote: number,
  t: number, sentenceFrom: number, prevParaSpeaker: Ref | null, passive: boolean,
): { ref: Ref; confidence: number } | null {
  const prev = prevQuote >= 0 ? results[prevQuote] : null;
  if (spans[q].continues && prev?.ref) return { ref: prev.ref, confidence: 0.85 };
  const para = tokens.paragraph[t];
  const opensSentence = t - sentenceFrom <= 4 && onlyGlue(tokens, sentenceFrom, t);
  if (prev?.ref && tokens.paragraph[quoteTok[prevQuote]] === para) return { ref: prev.ref, confidence: opensSentence ? 0.75 : 0.6 };
  // A paragraph that opens with a quote continues the previous paragraph's speaker.
  let k = t - 1;
  while (k >= 0 && tokens.kind[k] === PUNCT && tokens.paragraph[k] === para) k--;
  const opensParagraph = k < 0 || tokens.paragraph[k] !== para;
  if (opensParagraph && prevParaSpeaker) return { ref: prevParaSpeaker, confidence: 0.65 };
  // "it was noted that "…"": reported speech with no one named carries on the last speaker.
  if (passive && prevParaSpeaker) return { ref: prevParaSpeaker, confidence: 0.5 };
  return null;
}

/** A subject joined to another by "and" ("Putin and Trump agreed"): no single speaker. */
function coordinated(tokens: Tokens, after: number): boolean {
  return tokens.isWord(after) && (tokens.lower(after) === 'and' || tokens.lower(after) === 'or');
}

/** `NAME: "…"` at the start of a sentence (headlines, transcripts): the name speaks. */
function labelBefore(tokens: Tokens, index: MentionIndex, state: Salience, from: number, t: number): Ref | null {
  let k = t - 1;
  if (k < from || !tokens.isPunct(k, ':')) return null;
  k--;
  const ref = nounPhraseBefore(tokens, index, k, from);
  if (ref.type !== 'mention' || ref.tokStart !== firstWord(tokens, from)) return null;
  return state.resolve(ref, tokens.start[t], null);
}

function firstWord(tokens: Tokens, from: number): number {
  while (from < tokens.count && tokens.kind[from] !== WORD) from++;
  return from;
}

/** The subject of a sentence: the noun phrase it opens with (after leading adverbials). */
function sentenceSubject(tokens: Tokens, index: MentionIndex, from: number, to: number): { ref: SubjectRef; tok: number; pos: number } | null {
  let start = from;
  while (start < to && tokens.kind[start] !== WORD) start++;
  // A dateline ("WASHINGTON, Aug. 24 (UPI) —") is no subject: start after its dash.
  if (start < to && (tokens.flags[start] & F_ALLCAPS) !== 0) {
    for (let k = start + 1; k < to && k < start + 15; k++) {
      const ch = tokens.kind[k] === PUNCT ? tokens.text[tokens.start[k]] : '';
      if (ch === '—' || ch === '–' || ch === '-' || ch === ':') { start = k + 1; break; }
    }
  }
  for (let attempt = 0; attempt < 4 && start < to; attempt++) {
    // "And then Trump went …": conjunctions and adverbs before the subject.
    while (start < to && tokens.kind[start] === WORD && LEADING_ADVERBS.has(tokens.lower(start))) start++;
    if (start < to && tokens.kind[start] === WORD && !PREPOSITIONS.has(tokens.lower(start)) && !SUBORDINATORS.has(tokens.lower(start))) {
      let end = start;
      let named = isNameWord(tokens, start);
      while (end + 1 < to && end - start < 10 && tokens.kind[end + 1] === WORD && continuesPhrase(tokens, end + 1, named)) {
        end++;
        if (isNameWord(tokens, end)) named = true;
      }
      let ref = nounPhraseBefore(tokens, index, end, start);
      // "The retired neurosurgeon addressed …", "Donald Trump's eldest daughter has built …":
      // a description, ending where a verb-like word follows.
      if (ref.type === 'none' || (ref.type === 'mention' && index.mentions[ref.mention].possessive)) {
        for (let e = start + 1; e < to && e <= start + 5; e++) {
          if (!verbLike(tokens, e + 1)) continue;
          const d = nounPhraseBefore(tokens, index, e, start);
          if (d.type === 'nominal' || d.type === 'mention') { ref = d; end = e; }
          break;
        }
      }
      if (ref.type === 'mention' && index.mentions[ref.mention].possessive) return null;
      // "The day before, at a rally, Mr. Trump was": a phrase followed by a comma may be an
      // adverbial; a name or pronoun before a comma is an apposition's head ("Peskov, however,").
      const adverbial = ref.type === 'nominal' && tokens.isPunct(end + 1, ',');
      if ((ref.type === 'mention' || ref.type === 'pronoun' || ref.type === 'nominal') && !adverbial) {
        return { ref, tok: start, pos: tokens.start[start] };
      }
    }
    // "Shortly ahead of the election, the ministry said": skip to after the next comma.
    let k = start;
    while (k < to && k - start < 30 && !tokens.isPunct(k, ',') && tokens.kind[k] !== QUOTE) k++;
    if (!tokens.isPunct(k, ',')) return null;
    start = k + 1;
  }
  return null;
}

const SUBORDINATORS = new Set(['when', 'if', 'as', 'after', 'before', 'while', 'since', 'because', 'although', 'though', 'once', 'until', 'unless', 'whether', 'asked', 'speaking', 'according']);

const LEADING_ADVERBS = new Set(['and', 'but', 'so', 'yet', 'then', 'also', 'still', 'now', 'meanwhile', 'however', 'instead', 'indeed', 'later', 'earlier', 'thus', 'or', 'nor', 'even', 'only', 'just', 'finally', 'again', 'separately', 'previously', 'today', 'yesterday']);

/** A capitalized word that is part of a name, not a title or a nationality ("Carson", not "Mr."). */
function isNameWord(tokens: Tokens, k: number): boolean {
  if (!tokens.isCap(k)) return false;
  const w = tokens.lower(k);
  return !TITLE_WORDS.has(w) && !DOMAIN_WORDS.has(w) && !NATIONALITIES.has(w) && !FUNCTION_WORDS.has(w);
}

function continuesPhrase(tokens: Tokens, k: number, named: boolean): boolean {
  if ((tokens.flags[k - 1] & F_POSS) !== 0 || (tokens.flags[k] & F_CAP) !== 0) return true;
  const w = tokens.lower(k);
  if (PERSON_ROLE_NOUNS.has(w) || ORG_ROLE_NOUNS.has(w) || SOURCE_NOUNS.has(w) || ROLE_MODIFIERS.has(w)) return true;
  // "Democratic front-runner Hillary Clinton": a plain modifier before a name, not a verb
  // after one ("Mr. Carson endorsed Mr. Trump").
  return !named && !FUNCTION_WORDS.has(w) && !PREPOSITIONS.has(w) && !AUXILIARIES.has(w) && tokens.isCap(k + 1);
}

function buildOutput(input: AttributionInput, results: Attribution[], quoteTok: Int32Array): { quotes: Quote[]; speakers: Speaker[] } {
  const { text, spans, tokens, mentions, entities } = input;
  const speakerIds = new Map<number, number>();
  const speakers: Speaker[] = [];
  const headlineEnd = headlineLimit(text);
  const quotes: Quote[] = spans.map((span, q) => {
    const r = results[q];
    let speakerId: number | null = null;
    if (r.ref) {
      const e = entities[r.ref.entity];
      let id = speakerIds.get(e.id);
      if (id === undefined) {
        id = speakers.length;
        speakerIds.set(e.id, id);
        speakers.push({
          id,
          name: e.name,
          kind: e.kind === 'organization' || e.kind === 'place' ? 'organization' : 'person',
          named: e.named,
          titles: [...e.titles],
          mentions: e.mentions.length ? e.mentions.map((mi) => ({ start: mentions[mi].start, end: mentions[mi].end })) : [{ start: r.ref.start, end: r.ref.end }],
        });
      }
      speakerId = id;
    }
    const cue = r.cue;
    const t = quoteTok[q];
    return {
      start: span.start,
      end: span.end,
      outerStart: span.outerStart,
      outerEnd: span.outerEnd,
      text: text.slice(span.start, span.end),
      kind: t >= 0 ? kindOf(text, span, tokens, t, headlineEnd) : 'partial',
      speakerId,
      speaker: r.ref ? entities[r.ref.entity].name : null,
      speakerStart: r.ref ? r.ref.start : null,
      speakerEnd: r.ref ? r.ref.end : null,
      cue: cue ? cue.text : null,
      cueStart: cue ? tokens.start[cue.tok] : null,
      cueEnd: cue ? tokens.end[cue.tokEnd - 1] : null,
      confidence: r.ref ? r.confidence : 0,
    };
  });
  return { quotes, speakers };
}
