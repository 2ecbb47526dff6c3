// Who said what in one article: quotes, their speakers and cues, from the body text alone.
// Pure and linear in the text's length; see quotes.ts, headlines.ts, entities.ts,
// coreference.ts, cues.ts, nounPhraseBefore.ts, nounPhraseAfter.ts, subjects.ts, attribute.ts
// and uncued.ts for the rules, each file one step.
import { attribute } from './attribute';
import { clusterMentions } from './coreference';
import { findMentions } from './entities';
import { titleCaseParagraphs } from './headlines';
import { isNameInMarks } from './nameMarks';
import { findQuotes } from './quotes';
import { tokenize } from './tokens';
import type { ArticleAnalysis } from './types';

export type { ArticleAnalysis, EntityKind, Quote, QuoteKind, Speaker } from './types';

/** Finds the quotes of an article body and attributes each to a speaker (offsets into `body`). */
export function analyzeArticle(body: string): ArticleAnalysis {
  const spans = findQuotes(body).filter((span) => !isNameInMarks(body, span));
  const tokens = tokenize(body, spans);
  const titleCase = titleCaseParagraphs(tokens);
  const mentions = findMentions(tokens, titleCase);
  const entities = clusterMentions(mentions);
  const analysis = attribute({ text: body, spans, tokens, titleCase, mentions, entities });
  tokens.release();
  return analysis;
}
