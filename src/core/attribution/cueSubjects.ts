// Who does the speaking for a speech verb (read by cues.ts): the phrase before the verb,
// past auxiliaries, adverbs and time phrases ("Peskov on Monday told"); the phrase after it
// when the verb inverts ("…," said Peskov), with a name in apposition ("said a farmer, Jonas
// Dahl"); the head of a relative clause ("an official who spoke … said"); a passive's "by"
// agent; or the clause's subject for a participle ("…, adding that"). Every walk is bounded
// to a few tokens inside the sentence.
import { isAsideDash } from './dashes';
import { AUXILIARIES, BEFORE_BASE_FORM, COORDINATORS, DAY_OPENERS, PERSON_ROLE_NOUNS, PRONOUNS, ROLE_MODIFIERS, SPEECH_NOUNS, TIME_SPANS, VERB_GAP, WEEKDAYS, type CueForm } from './lexicon';
import { set, union } from './lexicon/wordSet';
import { impliedInfinitive } from './impliedInfinitives';
import { mayNamePerson } from './mentions';
import { nounPhraseAfter } from './nounPhraseAfter';
import { peopleBeforeOf } from './peopleBeforeOf';
import { afterPreposition, CATENATIVES, mannerAdverb, quotedAsSaying, reportedOf, shownBefore, WRITTEN_SOURCES } from './participleClues';
import { leadOfPair, nounPhraseBefore } from './nounPhraseBefore';
import { BE, isEmbeddedTitle, lyAdverb, MentionIndex, phraseEnd, type SubjectRef } from './nounPhrases';
import { BREAK, F_CAP, lastQuotedChar, PUNCT, QUOTE, Tokens, WORD } from './tokens';
import { unclosedAppositiveHead } from './unclosedAppositive';

/** The subject of the verb at [i, tokEnd) in the sentence [from, to); `passive` when nobody named speaks ("it was noted"). */
export function cueSubject(tokens: Tokens, index: MentionIndex, i: number, tokEnd: number, form: CueForm, from: number, to: number): { subject: SubjectRef; passive: boolean } {
  const w = tokens.lower(i);
  let subject: SubjectRef = { type: 'none' };
  let passive = false;
  const floor = clauseFloor(tokens, i, from);
  const before = skipGap(tokens, i - 1, floor);
  const afterBe = before >= floor && tokens.kind[before] === WORD && BE.has(tokens.lower(before));
  // "the meeting condemned by Norway as a “…”": a participle after its noun, with its agent.
  const reducedAgent = reducedPassive(tokens, i, tokEnd, before, floor) ? passiveAgent(tokens, index, tokEnd, to) : null;
  if (form === 'finite' && afterBe && !w.endsWith('s')) {
    // "it was noted that", "he was told": nobody named speaks -- unless an agent follows
    // ("labeled a "stunt" by the council").
    passive = true;
    const agent = passiveAgent(tokens, index, tokEnd, to);
    if (agent.type !== 'none') {
      passive = false;
      subject = agent;
    }
  } else if (form === 'participle' && afterBe) {
    // "Peskov was saying": a progressive, the subject stands before "was" ("The lawyer who ran
    // two marathons before her hip gave out is already talking": before its relative clause).
    const be = skipGap(tokens, before - 1, floor);
    subject = relativeClauseHead(tokens, index, be + 1, floor, nounPhraseBefore(tokens, index, be, floor));
  } else if (form === 'participle') {
    subject = participleSubject(tokens, index, i, floor);
  } else if (form === 'base') {
    const modal = before >= floor && tokens.kind[before] === WORD && BEFORE_BASE_FORM.has(tokens.lower(before));
    // ("Berg went on to say": the subject stands before the verb that leads to the infinitive.)
    const lead = modal ? impliedInfinitive(tokens, before, floor) : -1;
    subject = before < floor ? { type: 'none' } : nounPhraseBefore(tokens, index, modal ? skipGap(tokens, (lead >= 0 ? lead : before) - 1, floor) : before, floor);
    subject = peopleBeforeOf(tokens, index, subject, floor);
  } else if (reducedAgent && reducedAgent.type !== 'none') {
    subject = reducedAgent;
  } else {
    // "…, said Steve Elmendorf, deputy …": after a comma or a quote, a name or role that
    // ends its clause right after the verb is the subject (not "said the talks were …").
    // (The floor stops at a quotation, so the quotation itself sits just below it.)
    // "''… 'old-school,''' said Gregory": a nested quote's closing marks may leave a stray
    // mark between the quotation and the verb.
    const last = strayMark(tokens, before) ? before - 1 : before;
    const afterQuote = last >= from && (tokens.kind[last] === QUOTE || (tokens.isPunct(last, ',') && tokens.kind[last - 1] === QUOTE));
    const inverted = (INVERTIBLE.has(w) || afterQuote) && invertedPosition(tokens, last, floor) ? appositiveName(tokens, index, nounPhraseAfter(tokens, index, tokEnd, to)) : { type: 'none' as const };
    const closesClause = inverted.type !== 'none' && endsClause(tokens, phraseEnd(inverted), to);
    subject = closesClause ? inverted : nounPhraseBefore(tokens, index, before, floor);
    // ("The Prime Minister turned to the host who was doing the interview and said": after
    // "and" the verb is the main clause's second, not the relative clause's.)
    const coordinated = before >= floor && tokens.kind[before] === WORD && COORDINATORS.has(tokens.lower(before));
    if (!closesClause && !coordinated) subject = relativeClauseHead(tokens, index, before, floor, subject);
    if (!closesClause) subject = unclosedAppositiveHead(tokens, index, from, i) ?? leadOfPair(tokens, index, subject, floor);
    if (!closesClause) subject = peopleBeforeOf(tokens, index, subject, floor);
    // Nothing before the verb: the phrase after it speaks -- for verbs that invert; others
    // take an object there (`"…," thanked the mayor for …`), unless the phrase ends the clause.
    // ("A report, released Monday, said the plan was …": a phrase followed by an auxiliary is
    // the subject of what was said, not the one saying it.)
    if (subject.type === 'none' && inverted.type !== 'none' && (INVERTIBLE.has(w) || closesClause) && !opensPredicate(tokens, phraseEnd(inverted))) subject = inverted;
    // "The mayor did not name anyone, but told her supporters": a second verb of the clause.
    if (subject.type === 'none' && coordinated) subject = { type: 'clause' };
    // "an inquiry often labeled as a "farce" by critics": a participle with its agent.
    if (subject.type === 'none' && w.endsWith('ed')) {
      const agent = passiveAgent(tokens, index, tokEnd, to);
      if (agent.type !== 'none') subject = agent;
    }
  }
  return { subject: frontedWhatClause(tokens, index, subject, from, tokEnd, to) ?? subject, passive };
}

/** How far after its verb a fronted "In what it called …" clause may end. */
const FRONTED_CLAUSE_REACH = 40;

/**
 * "In what it described as “punishment,” Norland began drills": a pronoun in a fronted "in
 * what" clause points ahead, to the subject of the main clause after the comma that closes the
 * fronted one (perhaps inside the quotation's marks); that phrase, or null.
 */
function frontedWhatClause(tokens: Tokens, index: MentionIndex, subject: SubjectRef, from: number, tokEnd: number, to: number): SubjectRef | null {
  if (subject.type !== 'pronoun') return null;
  const p = subject.tok;
  if (p - 2 < from || tokens.firstWord(from, to) !== p - 2 || tokens.lower(p - 2) !== 'in' || tokens.lower(p - 1) !== 'what') return null;
  for (let k = tokEnd; k < to && k < tokEnd + FRONTED_CLAUSE_REACH; k++) {
    const comma = tokens.isPunct(k, ',') || (tokens.kind[k] === QUOTE && lastQuotedChar(tokens, k) === ',');
    if (!comma) continue;
    const main = nounPhraseAfter(tokens, index, k + 1, to);
    return main.type === 'mention' || main.type === 'nominal' ? main : null;
  }
  return null;
}

/**
 * Nouns of a short "in the …" phrase between an auxiliary and its verb ("has in the past
 * described", "said in the morning"): spans of time, plus the occasions of speech.
 */
const IN_THE_NOUNS = union(TIME_SPANS, set('past meantime meanwhile end interview statement letter'));

/** Where words are said: "in a radio interview", "in his speech". */
const OCCASION_NOUNS = union(SPEECH_NOUNS, set('interview interviews letter op-ed column post video memo email podcast testimony appearance'));

/** Words of a time phrase before "ago" besides its span: "less than two weeks", "a few days". */
const AGO_WORDS = union(TIME_SPANS, set('a an few several many some less more than about nearly almost just only one two three four five six seven eight nine ten twelve twenty thirty'));

/** A word of a time phrase before "ago", a number included ("20 years ago"). */
function agoWord(w: string): boolean {
  return AGO_WORDS.has(w) || /^\d+$/.test(w);
}

/** How far back from the verb a restrictive relative clause's "who" is looked for. */
const RELATIVE_REACH = 15;

/**
 * "A city official who spoke on condition of anonymity said": a relative clause with no
 * commas between the subject and its verb. The phrase before "who" speaks, not the last
 * noun of the clause ("anonymity") -- unless the clause's own subject stands right after
 * "who" ("the man who Berg said was …").
 */
function relativeClauseHead(tokens: Tokens, index: MentionIndex, before: number, floor: number, found: SubjectRef): SubjectRef {
  if (found.type === 'pronoun' || found.type === 'relative' || found.type === 'clause') return found;
  for (let k = before - 1; k > floor && k >= before - RELATIVE_REACH; k--) {
    if (tokens.kind[k] !== WORD) return found;
    if (tokens.lower(k) !== 'who') continue;
    if ((found.type === 'mention' || found.type === 'nominal') && found.tokStart <= k + 1) return found;
    const head = nounPhraseBefore(tokens, index, k - 1, floor);
    if (head.type === 'mention' && index.mentions[head.mention].kind !== 'place') return head;
    return head.type === 'nominal' && head.person ? head : found;
  }
  return found;
}

/** The agent of a passive cue: "by X" within a few tokens (a quotation may come between). */
function passiveAgent(tokens: Tokens, index: MentionIndex, from: number, to: number): SubjectRef {
  for (let k = from; k < to && k < from + 8; k++) {
    if (tokens.kind[k] === PUNCT && tokens.text[tokens.start[k]] !== ',') break;
    if (tokens.isWord(k) && tokens.lower(k) === 'by') {
      const agent = nounPhraseAfter(tokens, index, k + 1, to);
      return agent.type === 'mention' || agent.type === 'nominal' ? agent : { type: 'none' };
    }
  }
  return { type: 'none' };
}

/**
 * "the talks condemned by Norway as …", "a plan described by Ola Berg as …": an -ed verb right
 * after a lower-case noun and right before "by" is a participle; its subject is the noun it
 * describes, and the agent after "by" does the speaking.
 */
function reducedPassive(tokens: Tokens, i: number, tokEnd: number, before: number, floor: number): boolean {
  if (!tokens.lower(i).endsWith('ed') || !tokens.isWord(tokEnd) || tokens.lower(tokEnd) !== 'by') return false;
  return before >= floor && before === i - 1 && tokens.isLowerWord(before) && !AUXILIARIES.has(tokens.lower(before)) && !PRONOUNS.has(tokens.lower(before));
}

/** The subject walk stops at the previous quotation or line break inside the sentence. */
function clauseFloor(tokens: Tokens, i: number, from: number): number {
  for (let k = i - 1; k >= from && k >= i - 40; k--) {
    if ((tokens.kind[k] === QUOTE && !isEmbeddedTitle(tokens, k)) || tokens.kind[k] === BREAK) return k + 1;
  }
  return Math.max(from, i - 40);
}

/** Adverbs a writer sets off by commas between a subject and its verb. */
const ASIDE_ADVERBS = new Set(['however', 'though', 'meanwhile', 'too', 'also', 'moreover', 'nevertheless', 'nonetheless', 'instead', 'likewise', 'similarly', 'then']);

/** ", however," right before token `i`, after a word at or above `floor`. */
export function asideBefore(tokens: Tokens, i: number, floor: number): boolean {
  return i - 4 >= floor && tokens.isPunct(i - 1, ',') && tokens.isPunct(i - 3, ',') && tokens.isWord(i - 2) && ASIDE_ADVERBS.has(tokens.lower(i - 2)) && tokens.isWord(i - 4);
}

/** A quotation of one adverb in -ly standing between a subject and its verb: “firmly”. */
function quotedAdverb(tokens: Tokens, k: number): boolean {
  if (tokens.kind[k] !== QUOTE || !isEmbeddedTitle(tokens, k)) return false;
  const inner = tokens.text.slice(tokens.start[k] + 1, tokens.end[k] - 1).trim().toLowerCase();
  return /^\p{L}+$/u.test(inner) && lyAdverb(inner);
}

/** Steps back over auxiliaries and adverbs ("has repeatedly", "also"). */
function skipGap(tokens: Tokens, k: number, floor: number): number {
  let steps = 0;
  // "The two lawmakers, however, argue": an adverb set off by commas.
  if (asideBefore(tokens, k + 1, floor)) k -= 3;
  while (k >= floor && steps < 4 && (tokens.kind[k] === WORD || quotedAdverb(tokens, k))) {
    // "Berg today “firmly” condemned": a manner adverb the writer quotes is still an adverb.
    if (tokens.kind[k] === QUOTE) { k--; steps++; continue; }
    // "Berg during a Sunday rally thanked", "Berg in a radio interview said": a phrase of
    // when or where it was said, not who said it.
    const occasion = occasionPhrase(tokens, k, floor);
    if (occasion >= 0) { k = occasion - 1; steps++; continue; }
    const w = tokens.lower(k);
    // "Berg on Tuesday night said": the part of a day after its name.
    if (TIME_SPANS.has(w) && k - 1 >= floor && tokens.isCap(k - 1) && WEEKDAYS.has(tokens.lower(k - 1))) { k--; continue; }
    // "The board about three months ago said": a time phrase ending in "ago".
    if (w === 'ago') {
      k--;
      for (let n = 0; n < 4 && k >= floor && tokens.kind[k] === WORD && agoWord(tokens.lower(k)); n++) k--;
      steps++;
      continue;
    }
    if ((tokens.flags[k] & F_CAP) !== 0) {
      // "Priebus later Thursday told", "Trump on Saturday tweeted": a day between subject and verb.
      if (!WEEKDAYS.has(w)) break;
      k--;
      if (k >= floor && tokens.isWord(k) && DAY_OPENERS.has(tokens.lower(k))) k--;
      steps++;
      continue;
    }
    // "has in the past described": a short time phrase between the auxiliary and the verb.
    if (k - 2 >= floor && IN_THE_NOUNS.has(w) && tokens.lower(k - 1) === 'the' && tokens.lower(k - 2) === 'in') { k -= 3; steps++; continue; }
    // "The senator last week said", "the mayor earlier this month told".
    if (k - 1 >= floor && TIME_SPANS.has(w) && (tokens.lower(k - 1) === 'last' || tokens.lower(k - 1) === 'this')) {
      k -= 2;
      if (k >= floor && tokens.isWord(k) && tokens.lower(k) === 'earlier') k--;
      steps++;
      continue;
    }
    if (w === 'himself' || w === 'herself' || w === 'itself' || w === 'themselves') { k--; steps++; continue; }
    // "Bolton and Gorka both denounced", "The senators each said": a floating quantifier.
    if ((w === 'both' || w === 'each' || w === 'all') && k - 1 >= floor && tokens.kind[k - 1] === WORD) { k--; steps++; continue; }
    if (!(VERB_GAP.has(w) || lyAdverb(w))) break;
    k--;
    steps++;
  }
  return k;
}

/**
 * Where a short phrase of occasion ending at token `k` starts, else -1: "during" and a few
 * words ("during the debate"), or "in" and a few words naming where words are said ("in
 * a radio interview", "in his speech").
 */
function occasionPhrase(tokens: Tokens, k: number, floor: number): number {
  const said = OCCASION_NOUNS.has(tokens.lower(k));
  for (let j = k - 1; j >= floor && j >= k - 4; j--) {
    if (tokens.kind[j] !== WORD) return -1;
    const w = tokens.lower(j);
    if (w === 'during' || (said && w === 'in')) return j;
  }
  return -1;
}

const DESCRIPTION_OPENERS = new Set(['a', 'an', 'another', 'one', 'the']);

/**
 * "said a local farmer, Jonas Dahl": a description or an organisation followed by a person's
 * name in apposition stands for that person.
 */
export function appositiveName(tokens: Tokens, index: MentionIndex, ref: SubjectRef): SubjectRef {
  const organization = ref.type === 'mention' && index.mentions[ref.mention].kind === 'organization';
  // "said another Twitter user, Ann Lee": a name used as a modifier inside a description.
  const modifier = ref.type === 'mention' && index.mentions[ref.mention].kind !== 'person' && DESCRIPTION_OPENERS.has(tokens.lower(ref.tokStart));
  if (ref.type !== 'nominal' && !organization && !modifier) return ref;
  let end = phraseEnd(ref);
  while (modifier && end < phraseEnd(ref) + 2 && tokens.isLowerWord(end)) end++;
  if (!tokens.isPunct(end, ',')) return ref;
  const name = nounPhraseAfter(tokens, index, end + 1, Math.min(tokens.count, end + 6));
  // ("…, her introducer, actress Jamie Lee Curtis": a role word may lead the name.)
  if (name.type !== 'mention' || !onlyRoleWords(tokens, end + 1, name.tokStart)) return ref;
  return mayNamePerson(index.mentions[name.mention]) ? name : ref;
}

/** Tokens [from, to) are at most two lower-case person roles ("actress", "retired teacher"). */
function onlyRoleWords(tokens: Tokens, from: number, to: number): boolean {
  if (to - from > 2) return false;
  for (let k = from; k < to; k++) if (!tokens.isLowerWord(k) || !(PERSON_ROLE_NOUNS.has(tokens.lower(k)) || ROLE_MODIFIERS.has(tokens.lower(k)))) return false;
  return true;
}

/** Punctuation, the sentence's end or a relative clause follows: the phrase closes its clause. */
function endsClause(tokens: Tokens, k: number, to: number): boolean {
  if (k < 0) return false;
  if (k >= to || tokens.kind[k] === BREAK || tokens.kind[k] === PUNCT) return true;
  const w = tokens.lower(k);
  return w === 'who' || w === 'whose' || w === 'in' || w === 'on' || w === 'at' || w === 'during' || w === 'after' || w === 'before' || w === 'when' || w === 'according' || CALENDAR_WORDS.has(w);
}

/** An auxiliary or a modal at `k`: the phrase before it is the subject of a clause of its own. */
function opensPredicate(tokens: Tokens, k: number): boolean {
  return k >= 0 && tokens.isLowerWord(k) && AUXILIARIES.has(tokens.lower(k));
}

/** Verbs that invert after a quote ("said Peskov"); "told CNN", "asked him" take objects instead. */
const INVERTIBLE = new Set(['said', 'says', 'added', 'adds', 'wrote', 'writes', 'continued', 'continues', 'explained', 'noted', 'recalled', 'insisted', 'declared', 'stated', 'concluded', 'replied', 'countered', 'cautioned', 'warned', 'predicted', 'observed', 'argued', 'tweeted', 'quipped', 'remarked', 'acknowledged', 'admitted', 'offered', 'opined', 'reported', 'reports', 'announced', 'conceded', 'suggested', 'joked', 'stressed', 'emphasized', 'emphasised', 'claimed', 'complained', 'boasted', 'beamed', 'exclaimed', 'shouted', 'yelled', 'posted', 'asked']);

/** When it was said, right after the speaker: a day or a word placing it in time ("said Peskov Monday", "said Holm earlier"). */
const CALENDAR_WORDS = union(WEEKDAYS, set('today yesterday tonight recently earlier later last this'));

/** A lone quotation mark right after a quotation: left over from marks nested inside it. */
function strayMark(tokens: Tokens, k: number): boolean {
  if (k < 1 || tokens.kind[k] !== PUNCT || tokens.kind[k - 1] !== QUOTE) return false;
  const ch = tokens.text[tokens.start[k]];
  return ch === "'" || ch === '"' || ch === '’' || ch === '”';
}

/** "…," said Peskov / "…," says the Kremlin: the verb comes first after a comma or a quote. */
function invertedPosition(tokens: Tokens, before: number, floor: number): boolean {
  if (before < floor) return true;
  if (tokens.kind[before] === QUOTE) return true;
  return tokens.isPunct(before, ',') || isAsideDash(tokens, before);
}

/** "…, adding that" / "was quoted as saying": the speaker is the clause's subject. */
function participleSubject(tokens: Tokens, index: MentionIndex, i: number, floor: number): SubjectRef {
  // "X was quoted as saying"
  if (i - 2 >= floor && tokens.lower(i - 1) === 'as' && tokens.lower(i - 2) === 'quoted') {
    let k = i - 3;
    if (k >= floor && BE.has(tokens.lower(k))) k--;
    return nounPhraseBefore(tokens, index, skipGap(tokens, k, floor), floor);
  }
  const quoted = quotedAsSaying(tokens, index, i, floor);
  if (quoted) return quoted;
  const before = skipGap(tokens, i - 1, floor);
  // "and Rep. Kari Moe (D-Ore.) kept pressing him on why …", "he began by saying": after a verb
  // that takes a participle (or "by" and one), the participle is that verb's, and so is its
  // subject.
  const verb = tokens.isLowerWord(before) && tokens.lower(before) === 'by' && tokens.isLowerWord(before - 1) && /ed$|^began$/.test(tokens.lower(before - 1)) ? before - 1 : before;
  if (verb > floor && tokens.isLowerWord(verb) && (verb < before || CATENATIVES.has(tokens.lower(verb)))) {
    const subject = nounPhraseBefore(tokens, index, skipGap(tokens, verb - 1, floor), floor);
    if (subject.type !== 'none') return subject;
  }
  // "with Trump reportedly yelling", "with the union calling it …": the phrase before speaks.
  if (before >= floor && tokens.kind[before] === WORD) {
    const ref = nounPhraseBefore(tokens, index, before, floor);
    // "after the paper's editorial urging him to …": a written text right before the
    // participle, as the object of a preposition, is what the participle describes. (As a
    // verb's object its author speaks through it: "Berg posted a message reading "…"".)
    if (ref.type === 'nominal' && before === i - 1 && WRITTEN_SOURCES.has(ref.head) && afterPreposition(tokens, ref.tokStart, floor)) return ref;
    const start = ref.type === 'mention' || ref.type === 'nominal' ? ref.tokStart : -1;
    if (start > floor && tokens.isWord(start - 1) && tokens.lower(start - 1) === 'with') return ref;
    // "footage showing their commander Ola Berg declaring that …": a person shown or heard
    // doing the participle is its subject.
    if (before === i - 1 && ref.type === 'mention' && index.mentions[ref.mention].kind === 'person' && shownBefore(tokens, start, floor)) return ref;
    // "denied reports of Foreign Minister Ola Berg saying …": a person after "of" or "about"
    // is the subject of the participle right after the name.
    if (before === i - 1 && ref.type === 'mention' && index.mentions[ref.mention].kind === 'person' && reportedOf(tokens, start, floor)) return ref;
    // "with many riders and spectators chanting": two phrases joined by "and" after "with".
    if (start - 1 > floor && tokens.isWord(start - 1) && tokens.lower(start - 1) === 'and') {
      const first = nounPhraseBefore(tokens, index, start - 2, floor);
      const firstStart = first.type === 'mention' || first.type === 'nominal' ? first.tokStart : -1;
      if (firstStart > floor && tokens.isWord(firstStart - 1) && tokens.lower(firstStart - 1) === 'with') return ref;
    }
    // "think of Ola Berg privately saying …", "saw the protesters loudly calling it …": a
    // phrase, a manner adverb, the participle -- the phrase is the participle's own subject.
    if (start >= floor && before === i - 2 && mannerAdverb(tokens, i - 1)) {
      const who = peopleBeforeOf(tokens, index, ref, floor);
      const where = who.type === 'mention' && (index.mentions[who.mention].kind === 'place' || (tokens.isLowerWord(who.tokStart - 1) && tokens.lower(who.tokStart - 1) === 'in'));
      if ((who.type === 'mention' && !where) || (who.type === 'nominal' && who.person)) return who;
    }
  }
  return { type: 'clause' };
}
