// Which cue of its sentence a quote takes: the cue right after it (`"…," he said`), the nearest
// one before it (`Peskov said: "…"`), or a later one (`"…" by the allies, Clinton said`) -- and
// when a source credited for the whole sentence, or a reporting verb around a nested cue,
// passes the words on. Read by attribute.ts, one quote at a time.
import type { Entity } from './coreference';
import type { Cue } from './cues';
import { isAsideDash } from './dashes';
import { ARTICLES, CLAUSE_START_SUBORDINATORS, COORDINATORS, NEWS_AGENCY_HEADS, NEWS_AGENCY_MODIFIERS, NEWS_AGENCY_NAMES, PLACES, POSSESSIVE_PRONOUNS, SOURCE_NOUNS } from './lexicon';
import { set, union } from './lexicon/wordSet';
import { BE, type SubjectRef } from './nounPhrases';
import type { Ref } from './refs';
import { QUOTE, Tokens, WORD } from './tokens';
import { onlyGlue, type Attribution } from './uncued';

/** The first token of a cue's subject phrase (the cue itself when it has none). */
export function subjectStart(cue: Cue): number {
  const s = cue.subject;
  if (s.type === 'mention' || s.type === 'nominal') return s.tokStart;
  if (s.type === 'pronoun' || s.type === 'relative') return s.tok;
  return cue.tok;
}

/**
 * "…," Berg said, according to a wire account / "…," reported the Bergen Herald: a
 * source the whole sentence is credited to, which wins over the speaker inside it. Not a
 * passive's agent: in "calling it an "error" that was reported by The Times" the outlet
 * reported the error, not the words.
 */
export function creditedCue(tokens: Tokens, cues: Cue[], resolved: ReadonlyMap<Cue, Ref | null>, entities: Entity[]): Cue | null {
  for (const cue of cues) {
    const ref = resolved.get(cue);
    if (!ref) continue;
    // ("Berg said that according to the party's tally, turnout rose, but "…"": opening a reported
    // that-clause, the source is part of what was said.)
    if (relayed(tokens, cues, cue, resolved)) continue;
    if (cue.form === 'according' && !(tokens.isLowerWord(cue.tok - 1) && tokens.lower(cue.tok - 1) === 'that')) return cue;
    const passive = tokens.isWord(cue.tok - 1) && BE.has(tokens.lower(cue.tok - 1));
    if (cue.text.startsWith('report') && entities[ref.entity].kind === 'organization' && !passive) return cue;
  }
  return null;
}

/**
 * `"…," Ola Berg told reporters, according to the news agency Norland Press`, `According to
 * Reuters, Ola Berg said …`, `… Berg told lawmakers that "…", NNA reported`: the sentence
 * credits the words with a speech verb of its own and its speaker; a news agency only relays
 * them (its reporter heard them), so the direct credit keeps them.
 * (An outlet's own account, "according to the Bergen Herald", stays the credited source.)
 */
function relayed(tokens: Tokens, cues: Cue[], relay: Cue, resolved: ReadonlyMap<Cue, Ref | null>): boolean {
  // ("…, the Bergen Herald reported": any outlet that reports a sentence with a speaker of its own relays it.)
  if (!agencyCue(tokens, relay) && !relay.text.startsWith('report') && !speakersOwnRelay(tokens, relay) && !recordingCue(tokens, relay)) return false;
  const source = resolved.get(relay);
  for (const cue of cues) {
    if (cue === relay) continue;
    const ref = resolved.get(cue);
    if (ref && cue.form === 'finite' && !cue.passive && ref.entity !== source?.entity && (cue.subject.type === 'mention' || cue.subject.type === 'pronoun')) return true;
  }
  return false;
}

/**
 * `"…," Ola Berg said, according to his office`: a possessive pronoun makes the source the
 * speaker's own office, spokesman or readout, which relays the speaker's words.
 */
function speakersOwnRelay(tokens: Tokens, cue: Cue): boolean {
  if (cue.form !== 'according' || !tokens.isLowerWord(cue.tokEnd)) return false;
  // (A person's or a group's: "his", "her", "their", not a body's "its".)
  const owner = POSSESSIVE_PRONOUNS.get(tokens.lower(cue.tokEnd));
  return owner === 'person' || owner === 'group';
}

/**
 * `"…," Berg told reporters, according to a video posted online`: a recording carries the
 * speaker's own words, so it relays them as an agency does.
 */
function recordingCue(tokens: Tokens, cue: Cue): boolean {
  if (cue.form !== 'according') return false;
  let k = cue.tokEnd;
  if (tokens.isLowerWord(k) && ARTICLES.has(tokens.lower(k))) k++;
  return tokens.isLowerWord(k) && RECORDINGS.has(tokens.lower(k));
}

/** Things that record a speaker's words as spoken. */
const RECORDINGS = set('video videos recording recordings footage transcript audio clip broadcast livestream');

/** "according to Reuters", "the Norland News Agency reported": a news agency's credit. */
function agencyCue(tokens: Tokens, cue: Cue): boolean {
  if (cue.form === 'according') return newsAgency(tokens, cue.tokEnd, cue.tokEnd + AGENCY_REACH);
  if (!cue.text.startsWith('report') || (cue.subject.type !== 'mention' && cue.subject.type !== 'nominal')) return false;
  return newsAgency(tokens, cue.subject.tokStart, cue.subject.tokEnd);
}

/** How many words of an "according to" phrase are read for "news agency". */
const AGENCY_REACH = 6;

/** "state news agency Norland Press", "Reuters": a news agency named in the words [from, to). */
function newsAgency(tokens: Tokens, from: number, to: number): boolean {
  for (let k = from; k < tokens.count && k < to && tokens.isWord(k); k++) {
    if (NEWS_AGENCY_NAMES.has(tokens.lower(k))) return true;
    if (tokens.isWord(k + 1) && NEWS_AGENCY_MODIFIERS.has(tokens.lower(k)) && NEWS_AGENCY_HEADS.has(tokens.lower(k + 1))) return true;
  }
  return false;
}

/**
 * The cue right after the quote (only punctuation between), else the nearest cue before it
 * in the sentence, else the first cue after it in the sentence whose subject is known.
 */
export function fromCues(tokens: Tokens, cues: Cue[], resolved: ReadonlyMap<Cue, Ref | null>, t: number, from: number, credited: Cue | null, entities: Entity[]): Attribution | null {
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
    if (start > t && onlyGlue(tokens, t + 1, start) && !dashedAside(tokens, t, from) && !namedJustBefore(cues, lo - 1, cue, resolved, t) && !(introducesNext(tokens, cue) && lo > 0 && cues[lo - 1].tok >= from) && !relayed(tokens, cues, cue, resolved)) {
      const framed = lo > 0 ? colonFrame(tokens, cues[lo - 1], t, resolved) : null;
      return withCue(framed && relayingText(cue) ? framed : cue, resolved, 0);
    }
    // `words like "soon" and "later", the minister told reporters`: a later cue covers every
    // quote before it.
    later = cue;
  }
  // The nearest cue before the quote; one with nobody before it ("Holm Calls Talks ‘…’", where
  // "Talks" looks like a verb) gives way to an earlier one whose speaker is known.
  // (A few cues back at most: one sentence of hostile input may hold thousands.)
  let before = -1;
  for (let k = lo - 1, nearest = -1; k >= 0 && (nearest < 0 || nearest - k < MAX_CUES_BACK); k--) {
    const cue = cues[k];
    if (cue.tokEnd > t || cue.tok < from) continue;
    if (nearest < 0) before = nearest = k;
    if (cue.subject.type !== 'none' || cue.passive) break;
    if (resolved.get(cue) === null && k > 0 && resolved.get(cues[k - 1])) {
      before = k - 1;
      break;
    }
  }
  if (before >= 0 && !(later && (passedToFrame(cues[before], later, resolved) || closingFrame(tokens, cues[before], later, resolved, entities)))) return withCue(outerCue(tokens, cues, before, resolved, from), resolved, countWords(tokens, cues[before].tokEnd, t));
  // A later cue is a weaker link: one whose subject is unknown leaves the other rules a say.
  if (later && resolved.get(later)) return withCue(later, resolved, 13);
  return null;
}

/**
 * `Berg added: "…," the report said`: a speaker's cue whose colon opens the quotation at `t`
 * (its subject resolved), else null.
 */
function colonFrame(tokens: Tokens, cue: Cue, t: number, resolved: ReadonlyMap<Cue, Ref | null>): Cue | null {
  return cue.tokEnd === t - 1 && tokens.isPunct(cue.tokEnd, ':') && !cue.passive && cue.form !== 'according' && resolved.get(cue) ? cue : null;
}

/** "the report said", "the account added": a text that relays words, not a person or body speaking. */
function relayingText(cue: Cue): boolean {
  return cue.subject.type === 'nominal' && !cue.subject.person && SOURCE_NOUNS.has(cue.subject.head);
}

/**
 * "The two men were attacked with a "nerve" gas, the minister said": a passive verb before the
 * quote names nobody, and a reporting verb later in the sentence whose speaker is known
 * credits the whole sentence, the quote in it too.
 */
function passedToFrame(before: Cue, later: Cue, resolved: ReadonlyMap<Cue, Ref | null>): boolean {
  return before.passive && !resolved.get(before) && REPORTING.has(later.text) && !later.passive && resolved.get(later) != null;
}

/**
 * "Ola Berg told his Danish counterpart the deal must be "signed soon", the ministry said on
 * Sunday": a reporting clause closing the sentence after a comma frames all of it -- the
 * ministry's account of what Berg told him -- so its speaker, not Berg, gives the words.
 */
function closingFrame(tokens: Tokens, before: Cue, later: Cue, resolved: ReadonlyMap<Cue, Ref | null>, entities: Entity[]): boolean {
  if (!REPORTING.has(later.text) || later.passive || later.form !== 'finite') return false;
  const outer = resolved.get(later), inner = resolved.get(before);
  if (!outer || !inner || outer.entity === inner.entity) return false;
  // ("Norway urges Sweden "to show restraint," its ambassador Ola Berg said": a country's
  // appeal, with any verb, is the account of the person the closing clause names.)
  const reporting = REPORTING.has(before.text);
  const country = !reporting && isCountry(entities[inner.entity]) && entities[outer.entity].kind === 'person';
  if (!reporting && !country) return false;
  const s = later.subject;
  if ((s.type !== 'mention' && s.type !== 'nominal') || s.tokEnd !== later.tok) return false;
  return tokens.isPunct(s.tokStart - 1, ',') || (country && afterComma(tokens, s.tokStart));
}

/** A place, or a name that is a known place's ("Norway urges", read as a name before its verb). */
function isCountry(e: Entity): boolean {
  return e.kind === 'place' || (e.kind === 'name' && PLACES.has(e.name.toLowerCase()));
}

/** Title words a closing clause's subject may carry before the name ("Ambassador to Oslo Ola Berg"). */
const TITLE_REACH = 6;

/**
 * The phrase ending at `start` opens after a comma, or after a quotation whose last character
 * is one (`"…," Ola Berg said`), counting a few capitalized title words before it.
 */
function afterComma(tokens: Tokens, start: number): boolean {
  let k = start - 1;
  for (let steps = 0; steps < TITLE_REACH && k > 0 && tokens.kind[k] === WORD; steps++) k--;
  if (tokens.isPunct(k, ',')) return true;
  return tokens.kind[k] === QUOTE && tokens.text.charCodeAt(tokens.end[k] - 2) === 44;
}

/**
 * `Berg regretted the delays -- "why so slow?" -- and residents said …`: a quotation
 * set off by a pair of dashes inside a sentence is an aside in the clause before it; the
 * verb after the closing dash starts a clause of its own.
 */
function dashedAside(tokens: Tokens, t: number, from: number): boolean {
  return t - 1 > from && isAsideDash(tokens, t - 1) && tokens.isWord(t - 2) && isAsideDash(tokens, t + 1);
}

/**
 * `Once Dahl had called the ferry plan "a gamble," Berg said: "It will pay."`: a verb whose
 * colon opens the next quotation frames that one; the quotation before it keeps the cue
 * before it in the sentence.
 */
function introducesNext(tokens: Tokens, cue: Cue): boolean {
  return tokens.isPunct(cue.tokEnd, ':') && tokens.kind[cue.tokEnd + 1] === QUOTE;
}

/** Verbs that name what follows them: "what Berg called "…"", "a plan she dubbed "…"". */
export const NAMING_CUES = set('called calls call dubbed dubs termed terms labeled labelled labels branded brands');

/**
 * `under what Berg called "the old rules," the club raised its prices`: the quotation is the
 * object of a naming verb right before it; a verb after it that does not report speech
 * (a reporting one, `…," Dahl said`, still passes the words on) does not take it.
 */
function namedJustBefore(cues: Cue[], k: number, after: Cue, resolved: ReadonlyMap<Cue, Ref | null>, t: number): boolean {
  if (k < 0 || REPORTING.has(after.text)) return false;
  const cue = cues[k];
  return cue.tokEnd === t && NAMING_CUES.has(cue.text) && !cue.passive && resolved.get(cue) != null;
}

/** How many cues before a quote the nearest one with a known speaker is looked for. */
const MAX_CUES_BACK = 8;

/** Verbs whose object is a clause of reported speech: "X said [Y called it "…"]". */
const REPORTING = new Set(['said', 'says', 'told', 'tells', 'added', 'adds', 'wrote', 'writes', 'argued', 'argues', 'noted', 'notes', 'insisted', 'claimed', 'claims', 'explained', 'stated', 'states', 'stressed', 'stresses', 'emphasized', 'emphasised', 'emphasizes', 'underlined', 'reiterated', 'declared']);

/** Words that start a clause of their own after a verb: subordinators, coordinators, relatives. */
const CLAUSE_OPENERS = union(CLAUSE_START_SUBORDINATORS, COORDINATORS, set('where which who'));

/**
 * "Rep. Ann Dahl said Mayor Berg called the plan "a gift"": a cue inside the clause reported by
 * an earlier cue of the same sentence passes the quote on to the reporter -- the words reach
 * the reader through them. `k` is the cue's index in `cues`.
 */
function outerCue(tokens: Tokens, cues: Cue[], k: number, resolved: ReadonlyMap<Cue, Ref | null>, from: number): Cue {
  const cue = cues[k];
  if (k < 1) return cue;
  const outer = cues[k - 1];
  if (!resolved.get(outer) || outer.passive || outer.form !== 'finite' || !REPORTING.has(outer.text)) return cue;
  // ("said that according to the party's tally, …": an "according to" opens the clause itself.)
  const start = cue.form === 'according' ? cue.tok : subjectStart(cue);
  if (start < outer.tokEnd || start < from) return cue;
  // Only a clause right after the outer verb ("said Berg", "said on Monday that Berg"): a
  // few words, no punctuation, no conjunction that starts a clause of its own ("said as …").
  if (start - outer.tokEnd > 4) return cue;
  for (let j = outer.tokEnd; j < start; j++) if (tokens.kind[j] !== WORD || CLAUSE_OPENERS.has(tokens.lower(j))) return cue;
  return outer;
}

function withCue(cue: Cue, resolved: ReadonlyMap<Cue, Ref | null>, distance: number): Attribution {
  const ref = resolved.get(cue) ?? null;
  return { ref, cue, confidence: ref ? confidenceOf(cue, distance) : 0.2 };
}

export function confidenceOf(cue: Cue, distance: number): number {
  const base: Record<SubjectRef['type'], number> = { mention: 0.95, relative: 0.85, pronoun: 0.8, nominal: 0.8, clause: 0.75, none: 0.5 };
  let c = base[cue.subject.type];
  if (cue.subject.type === 'nominal' && !cue.subject.definite) c = 0.6;
  if (cue.form === 'according') c = Math.min(c, 0.9);
  if (distance > 12) c *= 0.85;
  return Math.round(c * 100) / 100;
}

/** Words between two tokens, counted up to 13 (all a confidence needs to know). */
function countWords(tokens: Tokens, from: number, to: number): number {
  let n = 0;
  for (let k = from; k < to && n < 13; k++) if (tokens.kind[k] === WORD) n++;
  return n;
}
