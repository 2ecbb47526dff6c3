// An article's analysis under the team's speaker names: the attribution engine's canonical
// names (the fullest form used in the article) replaced by what `speakers.aliases` says.
// Applied after attribution, so the engine stays unaware of any team's taxonomy.
//
// Speakers of one article that an alias gives the same name become one speaker (their
// mentions and titles together), so every consumer counts them once: the first of them in the
// engine's order gives the merged speaker its place; its kind is that of the one already
// called by the canonical name, if any, else the first one's. Speaker ids stay their index in
// `speakers`, and quotes point at the merged speaker; offsets (the quote, the mention naming
// the speaker, the cue) are the engine's, untouched. A description ("a senior official") that
// an alias names counts as named from then on: the team said who it is.
import type { ArticleAnalysis, Quote, Speaker } from '../attribution/types';
import type { SpeakerAliases } from './speaker-aliases';
import type { Annotation } from './types';

/** The analysis with aliases applied; the same object when no speaker of it is aliased. */
export function applySpeakerAliases(analysis: ArticleAnalysis, aliases: SpeakerAliases): ArticleAnalysis {
  if (!aliases.size || !analysis.speakers.length) return analysis;
  const names = analysis.speakers.map((s) => aliases.resolve(s.name));
  if (names.every((name, i) => name === analysis.speakers[i].name)) return analysis;

  // Groups by final name; only a group with a renamed member merges (two speakers the engine
  // kept apart under one name stay apart unless an alias joins them).
  const renamedNames = new Set(names.filter((name, i) => name !== analysis.speakers[i].name));
  const speakers: Speaker[] = [];
  const newId: number[] = [];
  const groupOf = new Map<string, Speaker>();
  analysis.speakers.forEach((speaker, i) => {
    const name = names[i];
    const renamed = name !== speaker.name;
    const group = renamedNames.has(name) ? groupOf.get(name) : undefined;
    if (!group) {
      const merged: Speaker = {
        ...speaker, id: speakers.length, name, named: speaker.named || renamed,
        titles: [...speaker.titles], mentions: [...speaker.mentions],
      };
      speakers.push(merged);
      newId[speaker.id] = merged.id;
      if (renamedNames.has(name)) groupOf.set(name, merged);
      return;
    }
    newId[speaker.id] = group.id;
    if (!renamed && speaker.name === name) group.kind = speaker.kind;
    group.named ||= speaker.named || renamed;
    for (const title of speaker.titles) if (!group.titles.includes(title)) group.titles.push(title);
    group.mentions.push(...speaker.mentions);
  });
  for (const speaker of groupOf.values()) {
    speaker.mentions.sort((a, b) => a.start - b.start || a.end - b.end);
    speaker.mentions = speaker.mentions.filter((m, i, all) => i === 0 || m.start !== all[i - 1].start || m.end !== all[i - 1].end);
  }
  const quotes = analysis.quotes.map((quote): Quote => {
    if (quote.speakerId === null) return quote;
    const id = newId[quote.speakerId];
    const speaker = id === undefined ? undefined : speakers[id];
    if (!speaker) return quote;
    return speaker.name === quote.speaker && id === quote.speakerId ? quote : { ...quote, speakerId: id, speaker: speaker.name };
  });
  return { ...analysis, quotes, speakers };
}

/** An annotation with its `speaker` under the canonical name; the same object when that changes nothing. */
export function aliasedAnnotation(annotation: Annotation, aliases: SpeakerAliases): Annotation {
  if (annotation.speaker === undefined || !aliases.size) return annotation;
  const speaker = aliases.resolve(annotation.speaker);
  return speaker === annotation.speaker ? annotation : { ...annotation, speaker };
}
