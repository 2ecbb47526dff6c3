// The speaker to pre-fill when tagging: the one the attribution engine credits with the
// detected quote that overlaps the selection most. The model's analyses already carry the
// taxonomy's canonical names (speakers.aliases), so a merged or renamed speaker is offered
// under the name the team chose.
import type * as vscode from 'vscode';
import type { Article } from '../core';
import type { CommandContext } from './context';

export function detectedSpeaker(ctx: CommandContext, document: vscode.TextDocument, article: Article, start: number, end: number): string | undefined {
  const entry = ctx.model.forDocument(document);
  const key = entry?.keyAt(start);
  const analysis = key === undefined ? undefined : entry?.analysis(key);
  if (!analysis) return undefined;
  const from = start - article.bodyStart;
  const to = end - article.bodyStart;
  let best: { speaker: string; overlap: number } | undefined;
  for (const quote of analysis.quotes) {
    if (!quote.speaker) continue;
    const overlap = Math.min(to, quote.outerEnd) - Math.max(from, quote.outerStart);
    // A selection inside the quote marks, or one the quote lies inside, counts even when empty-ish.
    if (overlap <= 0 && !(quote.outerStart <= from && to <= quote.outerEnd)) continue;
    if (!best || overlap > best.overlap) best = { speaker: quote.speaker, overlap };
  }
  return best?.speaker;
}
