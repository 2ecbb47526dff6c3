// The subject of a sentence: the phrase it opens with, after datelines, leading adverbs and
// adverbial phrases ("Shortly after the vote, the ministry said"). Pronouns are read later
// by antecedents.ts; this file only finds the phrase.
import { afterShoutedDateline, isDash } from './dashes';
import { APPROXIMATORS, AUXILIARIES, CLAUSE_START_SUBORDINATORS, COORDINATORS, DOMAIN_WORDS, FUNCTION_WORDS, NATIONALITIES, PERSON_ROLE_NOUNS, POSSESSIVE_PRONOUNS, PREPOSITIONS, PRONOUNS, TITLE_WORDS, VERB_GAP, WEEKDAYS } from './lexicon';
import { set, union } from './lexicon/wordSet';
import type { Mention } from './mentions';
import { nounPhraseBefore } from './nounPhraseBefore';
import { pluralEndsPhrase, ROLE_PHRASE_WORDS, verbLike, type MentionIndex, type SubjectRef } from './nounPhrases';
import { startsWithDigit } from './quantities';
import { isSourceHead } from './sourceHeads';
import { F_ALLCAPS, F_CAP, F_POSS, QUOTE, Tokens, WORD } from './tokens';

/** A sentence's subject phrase, where it starts (token and character). */
export interface SentenceSubject {
  ref: SubjectRef;
  tok: number;
  pos: number;
}

/** The subject of a sentence: the noun phrase it opens with (after leading adverbials). */
export function sentenceSubject(tokens: Tokens, index: MentionIndex, from: number, to: number, headline: boolean): SentenceSubject | null {
  let start = from;
  // "(3rd LD) Norland to …", "(LEAD) …": a wire service's version mark in parentheses.
  if (tokens.isPunct(start, '(')) for (let k = start + 1; k < to && k <= start + 4; k++) if (tokens.isPunct(k, ')')) { start = k + 1; break; }
  while (start < to && tokens.kind[start] !== WORD) start++;
  const slug = agencySlugEnd(tokens, start, to);
  if (slug >= 0) start = slug;
  while (start < to && tokens.kind[start] !== WORD) start++;
  if (headline) {
    // "Maria Holm Got Real About …": every word is capitalized, so the subject is the name
    // the line opens with, not the run of capitals.
    // ("Hacker Nils Ek: …": a title word may come first.)
    let m = -1;
    for (let k = start; k < to && k < start + 3 && m < 0; k++) m = index.startingAt(k);
    if (m < 0 || index.mentions[m].possessive) return null;
    const tok = index.mentions[m].tokStart;
    return { ref: { type: 'mention', mention: m, tokStart: tok, tokEnd: index.mentions[m].tokEnd }, tok, pos: tokens.start[tok] };
  }
  // A dateline ("WASHINGTON, Aug. 24 (UPI) —") is no subject: start after its dash.
  start = afterShoutedDateline(tokens, start, to);
  start = afterAgencyDateline(tokens, start, to);
  // "Why It Matters: Economist Ola Berg offered …", "Analysis: …": a label opening the line.
  start = afterLineLabel(tokens, index, start, to);
  for (let attempt = 0; attempt < 4 && start < to; attempt++) {
    // "And then Berg went …": conjunctions and adverbs before the subject.
    while (start < to && tokens.kind[start] === WORD && LEADING_ADVERBS.has(tokens.lower(start))) start++;
    // "About 200 protesters gathered": a figure's softener, not a preposition.
    if (start + 1 < to && tokens.isWord(start) && APPROXIMATORS.has(tokens.lower(start)) && startsWithDigit(tokens, start + 1)) start++;
    if (start < to && tokens.kind[start] === WORD && !PREPOSITIONS.has(tokens.lower(start)) && !ADVERBIAL_OPENERS.has(tokens.lower(start)) && !openingParticiple(tokens, index, start, to)) {
      let end = start;
      let named = isNameWord(tokens, start);
      // "She met Danes in Aarhus": a pronoun is the whole subject.
      const pronoun = PRONOUNS.has(tokens.lower(start));
      while (!pronoun && end + 1 < to && end - start < 10 && tokens.kind[end + 1] === WORD && continuesPhrase(tokens, end + 1, named)) {
        end++;
        if (isNameWord(tokens, end)) named = true;
      }
      let ref = nounPhraseBefore(tokens, index, end, start);
      // "The retired pilot addressed …", "Ola Berg's younger sister has built …", "His
      // Diamantina River country is …": a description, ending where a verb-like word follows.
      if (ref.type === 'none' || (ref.type === 'mention' && (index.mentions[ref.mention].possessive || ownedName(tokens, index.mentions[ref.mention], start)))) {
        for (let e = start + 1; e < to && e <= start + 5; e++) {
          // ("The port authority on Friday issued …": a time word may stand before the verb.)
          if (!verbLike(tokens, e + 1)) {
            const gap = timeGap(tokens, e + 1);
            if (gap === 0 || !verbLike(tokens, e + 1 + gap)) continue;
          }
          // "The two leaders agreed": a plural noun looks like a verb in -s; a verb right
          // after it (one this walk knows as a verb) shows it was the head noun.
          if (verbLike(tokens, e + 2) && pluralEndsPhrase(tokens, e + 1)) continue;
          const d = nounPhraseBefore(tokens, index, e, start);
          if (d.type === 'nominal' || d.type === 'mention') { ref = d; end = e; }
          break;
        }
      }
      if (ref.type === 'mention' && index.mentions[ref.mention].possessive) return null;
      if (ref.type === 'mention' && index.mentions[ref.mention].kind === 'place') {
        const person = personAfterPlace(tokens, index, index.mentions[ref.mention].tokEnd, to);
        if (person >= 0) return { ref: index.refOf(person), tok: start, pos: tokens.start[start] };
      }
      // "In Bergen, Norway, the mayor praised the crews": a place before a comma sets the scene.
      // (A state's abbreviation keeps its period before the comma: "in Fresno, Calif., the mayor".)
      const place = ref.type === 'mention' && index.mentions[ref.mention].kind === 'place' && (tokens.isPunct(end + 1, ',') || (tokens.isPunct(end + 1, '.') && tokens.isPunct(end + 2, ',')));
      // "The week after, at a hearing, Ms. Dahl was": a phrase followed by a comma may be an
      // adverbial; a name or pronoun before a comma is an apposition's head ("Peskov, however,").
      // A description of a speaking body with a phrase set off after it ("The Berg campaign, in a
      // note on the dispute, put it this way") is the subject all the same.
      const adverbial = ref.type === 'nominal' && tokens.isPunct(end + 1, ',') && !(isSourceHead(ref.head) && tokens.isLowerWord(end + 2) && PREPOSITIONS.has(tokens.lower(end + 2)));
      // "Addressing journalists after visiting Ola Berg, governor of Lagos, Tinubu dismissed": after
      // a skipped clause, one person's role with no determiner is the apposition of the name before
      // the comma, not a subject ("officials said" in the plural is one).
      const apposition = attempt > 0 && ref.type === 'nominal' && ref.person && ref.tokStart === start && ref.tokEnd - ref.tokStart === 1 && tokens.isLowerWord(ref.tokStart) && PERSON_ROLE_NOUNS.has(ref.head);
      if ((ref.type === 'mention' || ref.type === 'pronoun' || ref.type === 'nominal') && !adverbial && !place && !apposition) {
        return { ref, tok: start, pos: tokens.start[start] };
      }
    }
    // "Shortly ahead of the election, the ministry said": skip to after the next comma.
    let k = start;
    while (k < to && k - start < 30 && !tokens.isPunct(k, ',') && tokens.kind[k] !== QUOTE) k++;
    if (!tokens.isPunct(k, ',')) return nameAfterFrontedPhrase(tokens, index, start, to);
    start = k + 1;
  }
  return null;
}

/** Lower-case words a fronted phrase without a comma may have: "At the big rally". */
const FRONTED_PHRASE_WORDS = 4;

/**
 * "At the rally Berg had repeated claims …": a short phrase opening on a preposition, with no
 * comma after it, then a name before a verb -- the name is the subject.
 */
function nameAfterFrontedPhrase(tokens: Tokens, index: MentionIndex, start: number, to: number): SentenceSubject | null {
  if (!tokens.isWord(start) || !PREPOSITIONS.has(tokens.lower(start))) return null;
  let k = start + 1;
  while (k < to && k - start <= FRONTED_PHRASE_WORDS && tokens.isLowerWord(k)) k++;
  if (k === start + 1) return null;
  const m = index.startingAt(k);
  if (m < 0) return null;
  const mention = index.mentions[m];
  if ((mention.kind !== 'person' && mention.kind !== 'name') || mention.possessive || mention.tokEnd >= to || !verbLike(tokens, mention.tokEnd)) return null;
  return { ref: index.refOf(m), tok: mention.tokStart, pos: tokens.start[mention.tokStart] };
}

/**
 * "Bergen (AFP) - Mayor Ola Berg has …", "Indore (Madhya Pradesh): Union minister …": a
 * dateline in ordinary capitals, a place and the wire agency or the region in parentheses
 * before a dash or a colon. Where the sentence's words begin after it, else `start`.
 */
function afterAgencyDateline(tokens: Tokens, start: number, to: number): number {
  let k = start;
  while (k < to && k < start + 3 && tokens.isCap(k)) k++;
  if (k === start || !tokens.isPunct(k, '(')) return start;
  let close = k + 1;
  while (close < to && close <= k + 3 && tokens.isCap(close)) close++;
  if (close === k + 1 || !tokens.isPunct(close, ')')) return start;
  return isDash(tokens, close + 1) || tokens.isPunct(close + 1, ':') ? close + 2 : start;
}

/**
 * "Bergen, 17 May. NNA/ "…"", "NORLAND.NO/ "…"": a wire agency's slug in capitals and a slash
 * open the story, a few words into the sentence at most. The token after the slash, else -1.
 */
function agencySlugEnd(tokens: Tokens, start: number, to: number): number {
  for (let k = start + 1; k < to && k <= start + 8; k++) {
    if (tokens.kind[k] === QUOTE) return -1;
    if (tokens.isPunct(k, '/') && (tokens.flags[k - 1] & F_ALLCAPS) !== 0 && tokens.kind[k - 1] === WORD && tokens.end[k] < tokens.start[k + 1]) return k + 1;
  }
  return -1;
}

/**
 * Words that open an adverbial before the subject: a subordinate clause, or a phrase that
 * reports how the words came ("Asked about the vote, …", "Speaking to reporters, …",
 * "According to the poll, …").
 */
const ADVERBIAL_OPENERS = union(CLAUSE_START_SUBORDINATORS, set('asked speaking according'));

/** Conjunctions and adverbs that may stand before a sentence's subject: "And then Berg went …". */
const LEADING_ADVERBS = union(COORDINATORS, set('so then also still now meanwhile however instead indeed later earlier thus even only just finally again separately previously today yesterday'));

/** Titles, domain words, nationalities and function words: never part of a name (one lookup, not four). */
const NOT_NAME_WORDS = union(TITLE_WORDS, DOMAIN_WORDS, NATIONALITIES, FUNCTION_WORDS);

/** A capitalized word that is part of a name, not a title or a nationality ("Lund", not "Mr."). */
function isNameWord(tokens: Tokens, k: number): boolean {
  if (!tokens.isCap(k)) return false;
  const w = tokens.lower(k);
  return !NOT_NAME_WORDS.has(w);
}

function continuesPhrase(tokens: Tokens, k: number, named: boolean): boolean {
  if ((tokens.flags[k - 1] & F_POSS) !== 0 || (tokens.flags[k] & F_CAP) !== 0) return true;
  const w = tokens.lower(k);
  // ("Two military analysts found": a plural of people heads the phrase too.)
  if (ROLE_PHRASE_WORDS.has(w)) return true;
  // "Labour front-runner Kari Moe": a plain modifier before a name, not a verb
  // after one ("Mr. Lund endorsed Mr. Berg").
  const modifier = !FUNCTION_WORDS.has(w) && !PREPOSITIONS.has(w) && !AUXILIARIES.has(w);
  if (!named) return modifier && tokens.isCap(k + 1);
  // "The Bergen technology columnist Ola Berg": after a name, a plain word before a
  // role noun (not a verb: "Mr. Lund endorsed columnist Ann Dahl") still describes.
  return modifier && tokens.isLowerWord(k) && !verbLike(tokens, k) && tokens.isLowerWord(k + 1) && PERSON_ROLE_NOUNS.has(tokens.lower(k + 1));
}

/** Words of a time phrase at `k` between a subject and its verb: "on Friday" (2), "later" (1), else 0. */
function timeGap(tokens: Tokens, k: number): number {
  if (!tokens.isLowerWord(k)) return 0;
  if (tokens.lower(k) === 'on' && tokens.isWord(k + 1) && WEEKDAYS.has(tokens.lower(k + 1))) return 2;
  return VERB_GAP.has(tokens.lower(k)) ? 1 : 0;
}

/** A subject joined to another by "and" ("Berg and Lund agreed"): no single speaker. */
export function coordinated(tokens: Tokens, after: number): boolean {
  return tokens.isWord(after) && (tokens.lower(after) === 'and' || tokens.lower(after) === 'or');
}

/**
 * "Ohio builder Ola Berg voiced doubts": a place and a plain noun describing the
 * person named after them; the person is the subject, not the place. The words between are
 * nouns, not a verb ("Texas sued Ola Berg") or a function word.
 */
function personAfterPlace(tokens: Tokens, index: MentionIndex, after: number, to: number): number {
  const between = (k: number): boolean => {
    const w = tokens.lower(k);
    return tokens.isLowerWord(k) && !verbLike(tokens, k) && !FUNCTION_WORDS.has(w) && !PREPOSITIONS.has(w) && !AUXILIARIES.has(w);
  };
  return index.personAhead(after, Math.min(to, after + PLACE_MODIFIER_WORDS + 1), between);
}

/** Nouns a place may take before the person they describe ("Ohio state senator Ola Berg"). */
const PLACE_MODIFIER_WORDS = 2;

/**
 * "Noting that both parties fought the press, Ola Berg said …": a sentence opening on an
 * -ing participle opens an adverbial clause; the subject comes after its comma. Not a name
 * ("Manning"), and not "Nothing", "Everything".
 */
function openingParticiple(tokens: Tokens, index: MentionIndex, k: number, to: number): boolean {
  const w = tokens.lower(k);
  if (w.length <= 5 || !w.endsWith('ing') || w.endsWith('thing') || index.startingAt(k) >= 0) return false;
  // (The clause ends at a comma: "Celebrating Berg "…"" is a caption, not a clause.)
  for (let j = k + 1; j < to && j - k < 30 && tokens.kind[j] !== QUOTE; j++) if (tokens.isPunct(j, ',')) return true;
  return false;
}

/**
 * "His Diamantina River country", "Her Bergen farm": a name right after a possessive
 * determiner and before a lower-case noun is what the owned thing is called, not the subject.
 */
function ownedName(tokens: Tokens, m: Mention, start: number): boolean {
  return m.tokStart === start + 1 && POSSESSIVE_PRONOUNS.has(tokens.lower(start)) && tokens.isLowerWord(m.tokEnd);
}

/** Longest label (words) read before a colon opening a line. */
const MAX_LABEL_WORDS = 3;

/**
 * After "Why It Matters:" -- capitalized words naming nobody, opening a line, a colon, then a
 * capitalized word -- the token after the colon; else `start`. ("Carson: A miracle." labels
 * a section about Carson, who stays its subject.)
 */
function afterLineLabel(tokens: Tokens, index: MentionIndex, start: number, to: number): number {
  if (!tokens.opensLine(start)) return start;
  let k = start;
  while (k < to && k - start < MAX_LABEL_WORDS && tokens.isCap(k) && index.startingAt(k) < 0) k++;
  return k > start && tokens.isPunct(k, ':') && tokens.isCap(k + 1) ? k + 1 : start;
}
