// Who said each quote. One pass over the sentences in text order (see salience.ts for what
// is remembered). Each quote takes, in order of preference: a label before a colon (`Ryan:
// "…"`), the cue right after it (`"…," he said`), the nearest cue before it in its sentence
// (`Peskov said: "…"`), a cue later in its sentence (`"…" by the allies, Clinton said`), or,
// with no cue, the rules of uncued.ts (the speaker it continues, the sentence's subject, the
// paragraph's speaker). A cue whose subject cannot be resolved leaves the speaker null.
import type { Entity } from './coreference';
import { claimOwner, speechNounSource } from './claimOwners';
import { clauseSubjectPerson, frontedClausePerson, possessorTopic, reportingSpeaker, topicPerson } from './clauseSubjects';
import { colonClauseSpeaker } from './colonClauses';
import { colonSourceOwner, fromLabel } from './colonSources';
import { creditForQuoteBefore } from './creditAfter';
import { creditLineAfter } from './creditLines';
import { bodyHeadlines } from './headlines';
import { confidenceOf, creditedCue, fromCues, subjectStart } from './cueChoice';
import { cueOpeningSentence, findCues, type Cue } from './cues';
import type { Mention } from './mentions';
import { colonSubjectCredit, trailingCredit } from './headlineCredits';
import { issuedSources } from './issuers';
import { statedByAgent } from './statedBy';
import { creditFragmentEchoes, creditHeadlineEchoes, creditShortHeadingEchoes, creditSubheadEchoes } from './headlineEchoes';
import { headlineLimit, kindOf } from './kinds';
import { isNicknameInMarks } from './nicknames';
import { MentionIndex, type SubjectRef } from './nounPhrases';
import type { QuoteSpan } from './quotes';
import { isQuoteLine } from './quoteLines';
import { opensListItem } from './listItems';
import { COORDINATORS, FURNITURE_WORDS, QUESTION_CUES } from './lexicon';
import { set } from './lexicon/wordSet';
import type { Ref } from './refs';
import { namedNotPlace, ParagraphMemory } from './paragraphMemory';
import { Salience } from './salience';
import { coordinated, sentenceSubject } from './subjects';
import { BREAK, QUOTE, Tokens, WORD } from './tokens';
import type { Quote, Speaker } from './types';
import { continuation, endsWithColon, labelBefore, namesNobodyElse, openingLabel, shareAcrossParagraphs, speechPossessor, viewHolder, withoutCue, type Attribution } from './uncued';

const NO_CUES = new Map<Cue, Ref | null>(); // never written: only sentences with cues set entries
/** Verbs that report what someone said in a clause after them. */
const SPEECH_REPORTS = set('said says told tells added adds stated states noted notes explained explains');

export interface AttributionInput {
  text: string;
  spans: QuoteSpan[];
  tokens: Tokens;
  /** Paragraphs written in headline style (headlines.ts). */
  titleCase: Uint8Array;
  mentions: Mention[];
  entities: Entity[];
}

export function attribute(input: AttributionInput): { quotes: Quote[]; speakers: Speaker[] } {
  const { spans, tokens, mentions, entities } = input;
  const index = new MentionIndex(mentions);
  const state = new Salience(tokens, index, entities);
  const interruptions = bodyHeadlines(tokens);
  const results: Attribution[] = new Array(spans.length);
  const quoteTok = new Int32Array(spans.length).fill(-1);
  for (let t = 0; t < tokens.count; t++) if (tokens.kind[t] === QUOTE) quoteTok[tokens.quote[t]] = t;

  let mi = 0; // next mention to feed to the salience state
  let prevQuote = -1;
  /** A quotation standing as a heading line, waiting for the paragraph below it (quoteLines.ts). */
  let quoteLine = -1;
  /** Every such heading quotation, for the body quotation it may echo (headlineEchoes.ts). */
  const quoteLines: number[] = [];
  const memory = new ParagraphMemory();
  let currentPara = -1;
  let paragraphStart = 0;

  const sentences = tokens.sentenceStarts.length - 1;
  for (let s = 0; s < sentences; s++) {
    const from = tokens.sentenceStarts[s], to = tokens.sentenceStarts[s + 1];
    if (from >= to) continue;
    const para = tokens.paragraph[from];
    if (para !== currentPara) {
      paragraphStart = from;
      if (hasWords(tokens, from)) memory.nextParagraph(endsWithColon(tokens, from), opensListItem(tokens, from), entities);
      currentPara = para;
      state.quiet = interruptions[para] === 1;
    }
    // Roles and organisation names seen in this sentence are known from here on.
    while (mi < mentions.length && mentions[mi].tokStart < to) state.see(mi++);

    // "As for Trump, he said": the topic named first is who the pronouns after it mean.
    const holder = viewHolder(tokens, index, from, to);
    const topic = topicPerson(tokens, index, entities, from, to, holder) ?? frontedClausePerson(tokens, index, entities, from, to) ?? possessorTopic(tokens, index, entities, from, to);
    if (topic) state.subject(topic);
    // "The ministry issued a statement": "the statement" in later sentences speaks for it.
    for (const issue of issuedSources(tokens, index, from, to)) state.issued(issue.head, issue.object, state.resolve(issue.subject, tokens.start[issue.tok], null));
    // Events in text order: the sentence's subject, then each cue's subject.
    const subject = sentenceSubject(tokens, index, from, to, input.titleCase[para] === 1);
    const cues = findCues(tokens, index, s, input.titleCase);
    let subjectRef: Ref | null = null;
    let subjectDone = subject === null;
    const quotedAbout = subject !== null && nameBeforeQuote(tokens, subject.ref);
    /** Resolves the sentence's subject once, when the reading reaches it. */
    const resolveSubject = (): Ref | null => {
      subjectDone = true;
      const ref = subject ? state.resolve(subject.ref, subject.pos, null) : null;
      // A description opening a sentence ("The day before") is a weak antecedent: only names count.
      // ("Mercosur and the European Union reached a deal": a name joined to a body is a body too, nobody's "he".)
      const joined = subject !== null && subject.ref.type === 'mention' && joinedToBody(tokens, index, subject.ref.tokEnd);
      if (ref && entities[ref.entity].named && !quotedAbout && !joined) state.subject(ref);
      if (ref) memory.subject = ref;
      return ref;
    };
    // Most sentences have no cue: they share one empty map.
    const resolved: Map<Cue, Ref | null> = cues.length ? new Map() : NO_CUES;
    let lastCueRef: Ref | null = null;
    let lastCue: Cue | null = null;
    let firstCue: Cue | null = null;
    let spoke = false;
    for (const cue of cues) {
      if (!subjectDone && subject && subject.tok <= subjectStart(cue) && !(quotedAbout && cue.subject.type === 'pronoun')) subjectRef = resolveSubject();
      // "Berg said the rebels claimed the port, stressing that …": a participle after a
      // clause reported inside another speaker's words is that speaker's.
      const reporting = cue.subject.type === 'clause' && firstCue && lastCue && lastCue !== firstCue && reportedWithin(tokens, firstCue, lastCue) ? resolved.get(firstCue) ?? null : null;
      const ref: Ref | null = cue.passive ? null : state.resolve(cue.subject, tokens.start[cue.tok], reporting ?? lastCueRef ?? subjectRef);
      resolved.set(cue, ref);
      if (ref) {
        state.subject(ref, QUESTION_CUES.has(tokens.lower(cue.tok)));
        state.spoke(ref);
        firstCue ??= cue;
        // "He said the report also showed that …" ¶ "…": a source reported inside a
        // speaker's words is not who goes on talking; the reporting speaker stays.
        if (!(lastCue && reportedWithin(tokens, lastCue, cue))) memory.speaker = ref;
        lastCueRef = ref;
        lastCue = cue;
      }
    }
    if (!subjectDone) subjectRef = resolveSubject();
    const credited = creditedCue(tokens, cues, resolved, entities);
    if (quoteLine >= 0 && from > quoteTok[quoteLine]) {
      // `‘Ties are at a low point’` ¶ `Minister Ola Berg said …`: the paragraph below a quoted heading names its speaker.
      const ref = from === paragraphStart ? openingSpeaker(cues, resolved, subjectRef, entities) : null;
      if (ref) results[quoteLine] = { ref, cue: null, confidence: 0.6 };
      quoteLine = -1;
    }
    const quoteBefore = prevQuote >= 0 ? quoteTok[prevQuote] : -1;
    const creditsQuoteBefore = quoteBefore >= 0 && ((from === paragraphStart && tokens.paragraph[quoteBefore] === para - 1) || quoteBefore === from - 1);
    if (creditsQuoteBefore && results[prevQuote].ref === null) {
      // `"…".` ¶ `Ola Berg said at a party meeting.`: the next paragraph credits the quotation
      // (or the next sentence, right after it: `“… the economy.” Ada Lund said.`).
      const credit = creditForQuoteBefore(tokens, cues, from, to);
      const ref = credit ? resolved.get(credit) ?? null : null;
      if (credit && ref) results[prevQuote] = { ref, cue: credit, confidence: 0.6 };
    }

    /** The agent of "This was stated by …" in the next sentence, read on first need (null: none). */
    let statedBy: SubjectRef | null | undefined;
    for (let t = from; t < to; t++) {
      if (tokens.kind[t] !== QUOTE) continue;
      const q = tokens.quote[t];
      // "Lund: ‘Not on my watch’", "Rep. Kari Moe (D-Ore.): "…"", "POLL SAYS … - Lena
      // Ek: "…"": a label and a colon, which wins over any cue further away.
      // "From the county audit: "…"": a line naming where the words come from.
      const label = labelBefore(tokens, index, state, from, t) ?? state.resolve(fromLabel(tokens, index, from, t), tokens.start[t], null);
      let result: Attribution | null = label ? { ref: label, cue: null, confidence: 0.7 } : fromCues(tokens, cues, resolved, t, from, credited, entities);
      // ("despite threats of “trouble” from Ola Berg": the noun's source said the words.)
      const claim = label ? -1 : claimOwner(tokens, index, cues, from, t);
      const owner = label || claim >= 0 ? claim : speechNounSource(tokens, index, t);
      if (owner >= 0) {
        // "Lund rejected Berg's claim that the port was “closed”": the claim's owner said the words, not the framing verb's subject.
        const ref = state.resolve(index.refOf(owner), tokens.start[t], null);
        if (ref) result = { ref, cue: null, confidence: 0.6 };
      }
      // "…, which claimed …, Lund had this to say: "…"": the colon's clause is Lund's, not an earlier clause's cue.
      const colon = owner < 0 && result?.cue && result.cue.tokEnd <= t ? colonClauseSpeaker(tokens, index, result.cue.tokEnd, t) : -1;
      const colonRef = colon >= 0 ? state.resolve(index.refOf(colon), tokens.start[t], null) : null;
      if (colonRef) result = { ref: colonRef, cue: null, confidence: 0.6 };
      if (!label && !(result?.cue && result.ref)) {
        // "Talks ‘far from over’: Kremlin": a wire headline names its source at its end (a
        // speech verb of the line's own, "Berg demands ‘…’: NNA", still says who spoke).
        const credit = trailingCredit(tokens, index, t) ?? colonSubjectCredit(tokens, index, t);
        const ref = credit ? state.resolve(credit, tokens.start[t], null) : null;
        if (ref) result = { ref, cue: null, confidence: 0.7 };
      }
      if (!label && !(result?.cue && result.ref)) {
        // `"…" ¶ - Ola Berg.`, `"…" — Adam Lambert at the summit.`: a dash line crediting the
        // quotation wins over the speaker before it, as in a list of quotations.
        const credit = creditLineAfter(tokens, index, t);
        const ref = credit ? state.resolve(credit, tokens.start[t], null) : null;
        if (ref) result = { ref, cue: null, confidence: 0.6 };
      }
      if (!label && !result?.cue && s + 1 < sentences) {
        // `Norway will not accept “any ultimatum.” This was stated by Ola Berg.`: the next
        // sentence names who said this one (opening the next paragraph too: "… “not a blow”.
        // ¶ This is according to Berg's spokesperson, Jon Lund").
        if (statedBy === undefined) statedBy = statedByAgent(tokens, index, s + 1);
        const ref = statedBy ? state.resolve(statedBy, tokens.start[t], null) : null;
        if (ref) result = { ref, cue: null, confidence: 0.7 };
      }
      if (!result && t === to - 1 && s + 1 < sentences) {
        // `"…?" Eva Holm, a nurse, said.`: the frame was cut off as a sentence of its own.
        const next = cueOpeningSentence(tokens, index, t, s + 1, input.titleCase);
        const ref = next ? state.resolve(next.subject, tokens.start[next.tok], null) : null;
        if (next && ref) result = { ref, cue: next, confidence: confidenceOf(next, 0) };
      }
      if (!result) {
        const opening = openingLabel(tokens, index, state, from, t);
        if (opening) result = { ref: opening, cue: null, confidence: 0.6 };
      }
      if (!result && memory.listSpeaker) {
        // "She said that:" ¶ "• The port closed “without warning”": the points of a list a
        // speaker introduces are theirs, whoever the point's own sentence is about.
        result = { ref: memory.listSpeaker, cue: null, confidence: 0.6 };
      }
      if (!result) {
        // "Trump's pledge to be "neutral"", "the senator's call for a "revolution"": the words
        // belong to whoever owns the pledge or the call, not to the last speaker.
        const owner = speechPossessor(tokens, index, from, t);
        const ref = owner >= 0 ? state.resolve(index.refOf(owner), tokens.start[t], null) : null;
        if (ref) result = { ref, cue: null, confidence: 0.5 };
      }
      // "Bush broke down what was wrong: "…"": a sentence with a named subject before the quote
      // speaks for itself; the previous sentence's speaker does not carry into it.
      const ownSubject = !result && subjectRef !== null && subject !== null && subject.ref.type === 'mention' && subject.tok < t && entities[subjectRef.entity].named
        && (prevQuote < 0 || tokens.sentence[quoteTok[prevQuote]] !== tokens.sentence[t]) && tokens.isPunct(t - 1, ':');
      if (!ownSubject && (!result || (result.ref === null && result.cue?.passive))) {
        const carried = continuation(tokens, spans, results, quoteTok, q, prevQuote, t, from, { previous: memory.previousSpeaker, previousSubject: memory.previousSubject }, result?.cue?.passive ?? false);
        if (carried) result = { ref: carried.ref, cue: result?.cue ?? null, confidence: result?.cue ? Math.min(carried.confidence, 0.5) : carried.confidence };
      }
      if (!result || (result.ref === null && result.cue && !result.cue.passive)) {
        const found = withoutCue({ tokens, index, mentions, state, from, subject, subjectRef, paraSpeaker: memory.speaker, paraSubject: namedNotPlace(memory.subject, entities) }, t);
        if (found) result = { ref: found.ref, cue: result?.cue ?? null, confidence: found.confidence };
      }
      if (result?.cue && result.ref === null && result.cue.form === 'participle') {
        // "Before finishing by saying, "…"", "Adding: "…"": a participle with no subject of its
        // own goes on with the last speaker, as "he added" would.
        // (Only in a sentence naming nobody else before the quote: "…, dismissing Rubio's "…"" is not the last speaker's.)
        const last = memory.speaker ?? (from === paragraphStart ? memory.previousSpeaker : null);
        if (last && namesNobodyElse(index, last, from, t)) result = { ref: last, cue: result.cue, confidence: 0.5 };
      }
      // "Berg told the council the floods were worse." ¶ "Those storms push farmers into "debt".": a paragraph
      // with no speaker of its own still carries the account of the one before. Only a guess: "he" and the paragraph's speaker stay.
      const carriedOn = !result && !memory.speaker && memory.previousSpeaker !== null && from === paragraphStart && namesNobodyElse(index, memory.previousSpeaker, from, t);
      if (carriedOn) result = { ref: memory.previousSpeaker, cue: null, confidence: 0.35 };
      // "On fame:" ¶ "People think I hate being famous.": words nobody is credited with are, as
      // "she said" would be, most likely the person the story is about at this point. A guess.
      // (Not when the sentence names someone else: "Putin and Trump agreed to meet "as soon as possible"".)
      const focus = result ? null : state.focus(tokens.start[t]);
      const focused = focus !== null && namesNobodyElse(index, focus, from, t);
      if (focused) result = { ref: focus, cue: null, confidence: 0.3 };
      const guess = carriedOn || focused;
      results[q] = result ?? { ref: null, cue: null, confidence: 0 };
      // "- Talks need ‘steady attention’" ¶ "Berg said …": a sub-heading inside the story that
      // quotes words nobody in it says is, like a quotation set alone, credited by the paragraph below.
      if (!results[q].cue && (isQuoteLine(tokens, spans, t) || (interruptions[para] === 1 && (!results[q].ref || guess)))) quoteLines.push(quoteLine = q);
      const ref = results[q].ref;
      if (ref && !guess) {
        state.subject(ref);
        state.spoke(ref);
        memory.speaker = ref;
        spoke = true;
      }
      prevQuote = q;
    }
    // "The delay dragged on until Mr. Lund was called in to explain it": no person spoke or was the
    // subject, so the person heading one of the sentence's clauses is who "he" means next.
    const colonOwner = spoke || lastCueRef ? -1 : colonSourceOwner(tokens, index, from, to);
    const owner = colonOwner >= 0 ? state.resolve(index.refOf(colonOwner), tokens.start[to - 1], null) : null;
    if (owner) memory.speaker = owner;
    const reporter = spoke ? null : reportingSpeaker(tokens, entities, firstCue, resolved, lastCueRef, lastCue);
    if (reporter) state.subject(reporter);
    // "For Holm, Berg is showing how thin the plan is. "…," he jokes": the holder of the view
    // stays in mind above the subject of the view.
    if (topic && !spoke && !lastCueRef && subjectRef && subjectRef.entity !== topic.entity && holder >= 0) state.subject(topic);
    if (!spoke && !lastCueRef && !(subjectRef && entities[subjectRef.entity].named)) {
      const clause = clauseSubjectPerson(tokens, index, entities, from, to);
      if (clause) state.subject(clause);
    }
  }
  // Quotes the token stream never reached (none in practice) stay unattributed.
  for (let q = 0; q < spans.length; q++) if (!results[q]) results[q] = { ref: null, cue: null, confidence: 0 };
  shareAcrossParagraphs(spans, results);
  const headlineEnd = headlineLimit(input.text);
  creditHeadlineEchoes(input.text, spans, results, entities, headlineEnd);
  creditSubheadEchoes(input.text, spans, results, entities, quoteLines);
  creditShortHeadingEchoes(input.text, spans, results, entities, headlineEnd);
  creditFragmentEchoes(input.text, spans, results, entities, headlineEnd);

  return buildOutput(input, results, quoteTok, headlineEnd);
}

/**
 * `outer` reports a clause that holds `inner` ("Berg said the rebels claimed …", "… said on
 * Friday that the rebels claimed …"): no quotation, semicolon or joined clause ("…, and")
 * between them.
 */
function reportedWithin(tokens: Tokens, outer: Cue, inner: Cue): boolean {
  if (!SPEECH_REPORTS.has(outer.text)) return false;
  for (let k = outer.tokEnd; k < inner.tok; k++) {
    if (tokens.kind[k] === QUOTE || tokens.isPunct(k, ';')) return false;
    if (tokens.isPunct(k, ',') && tokens.isWord(k + 1) && COORDINATORS.has(tokens.lower(k + 1))) return false;
  }
  return true;
}

/**
 * `Ola Berg "keeps moving the goalposts," he added.`: a name opening a sentence right before
 * a quotation is the subject of the quoted words, which someone else says about that person;
 * a writer quoting Berg on himself would not name him so. The "he" of the cue after the quote
 * therefore means an earlier speaker, and the name is no antecedent for pronouns at all.
 */
function nameBeforeQuote(tokens: Tokens, subject: SubjectRef): boolean {
  return subject.type === 'mention' && subject.tokEnd < tokens.count && tokens.kind[subject.tokEnd] === QUOTE;
}

/** The first named speaker of a sentence: its first cue's, else its subject when named (not a place). */
function openingSpeaker(cues: Cue[], resolved: Map<Cue, Ref | null>, subjectRef: Ref | null, entities: Entity[]): Ref | null {
  for (const cue of cues) {
    const ref = resolved.get(cue) ?? null;
    if (ref) return namedNotPlace(ref, entities);
  }
  return namedNotPlace(subjectRef, entities);
}

/**
 * Whether the paragraph at `t` holds any text -- not only page furniture ("Hide Ad",
 * "Advertisement"), which an advertising slot drops between two paragraphs of one speaker.
 */
function hasWords(tokens: Tokens, t: number): boolean {
  if (t >= tokens.count || tokens.kind[t] === BREAK) return false;
  const para = tokens.paragraph[t];
  for (let k = t; k < tokens.count && tokens.paragraph[k] === para && tokens.kind[k] !== BREAK; k++) {
    if (tokens.kind[k] !== WORD || !tokens.isCap(k) || !FURNITURE_WORDS.has(tokens.lower(k))) return true;
  }
  return false;
}

function buildOutput(input: AttributionInput, results: Attribution[], quoteTok: Int32Array, headlineEnd: number): { quotes: Quote[]; speakers: Speaker[] } {
  const { text, spans, tokens, mentions, entities } = input;
  const speakerIds = new Map<number, number>();
  const speakers: Speaker[] = [];
  const quotes: Quote[] = [];
  spans.forEach((span, q) => {
    // `Ola “Bato” Berg`: a nickname is read as a quote so that the name around it holds
    // together (entities.ts), but it is nobody's words.
    if (isNicknameInMarks(text, span.start, span.end, span.outerStart, span.outerEnd)) return;
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
    quotes.push({
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
    });
  });
  return { quotes, speakers };
}

/** "… and the European Union": "and", perhaps "the", then an organisation or a place, at `k`. */
function joinedToBody(tokens: Tokens, index: MentionIndex, k: number): boolean {
  if (!coordinated(tokens, k)) return false;
  const next = tokens.isWord(k + 1) && tokens.lower(k + 1) === 'the' ? k + 2 : k + 1;
  const m = index.startingAt(next);
  return m >= 0 && (index.mentions[m].kind === 'organization' || index.mentions[m].kind === 'place');
}
