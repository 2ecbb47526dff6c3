// Hovers over detected quotes (who said it, with which cue, how sure the engine is, and a link
// to tag it) and over speaker mentions (how often they are quoted across the workspace, with
// links to each quote).
import * as vscode from 'vscode';
import type { Quote, Speaker } from '../corpus/core';
import type { CorpusModel } from '../corpus/corpusModel';
import { LANGUAGE_ID } from '../corpus/corpusModel';
import type { SpeakerIndex } from '../corpus/speakerIndex';
import { articleKeyName } from '../corpus/corpusEntry';
import { commandLink } from '../util/uri';
import { escape } from '../views/articles/nodes';

export const TAG_QUOTE_COMMAND = 'newsAnnotator.tagDetectedQuote';
const OPEN_QUOTE_COMMAND = 'newsAnnotator.openQuote';
const MAX_SPEAKER_LINKS = 8;
const COMMANDS_CACHE_MS = 5000;

class QuoteHoverProvider implements vscode.HoverProvider {
  private commandsCache: { at: number; has: boolean } | undefined;

  constructor(private readonly model: CorpusModel, private readonly speakers: SpeakerIndex) {}

  async provideHover(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Hover | undefined> {
    const entry = this.model.forDocument(document);
    const offset = document.offsetAt(position);
    const key = entry?.keyAt(offset);
    const article = key === undefined ? undefined : entry?.article(key);
    const analysis = key === undefined ? undefined : entry?.analysis(key);
    if (!entry || key === undefined || !article || !analysis) return undefined;
    const rel = offset - article.bodyStart;
    const range = (start: number, end: number) =>
      new vscode.Range(document.positionAt(article.bodyStart + start), document.positionAt(article.bodyStart + end));

    const speaker = analysis.speakers.find((s) => s.mentions.some((m) => m.start <= rel && rel < m.end));
    const mention = speaker?.mentions.find((m) => m.start <= rel && rel < m.end);
    if (speaker && mention) return new vscode.Hover(this.speakerMarkdown(speaker, document.uri), range(mention.start, mention.end));

    const quote = analysis.quotes.find((q) => q.outerStart <= rel && rel < q.outerEnd);
    if (!quote) return undefined;
    const canTag = await this.tagCommandAvailable();
    return new vscode.Hover(this.quoteMarkdown(quote, document.uri, articleKeyName(key), canTag), range(quote.outerStart, quote.outerEnd));
  }

  private quoteMarkdown(quote: Quote, uri: vscode.Uri, article: string, canTag: boolean): vscode.MarkdownString {
    const md = trusted();
    const who = quote.speaker ? `**${escape(quote.speaker)}**` : '_no speaker found_';
    md.appendMarkdown(`$(quote) ${kindLabel(quote)} by ${who}\n\n`);
    const facts = [
      quote.cue ? `cue: _${escape(quote.cue)}_` : 'no cue',
      `confidence: ${Math.round(quote.confidence * 100)}%`,
    ];
    md.appendMarkdown(facts.join(' · ') + '\n\n');
    if (canTag) {
      const args = { uri: uri.toString(), article, start: quote.start, end: quote.end };
      md.appendMarkdown(`[$(tag) Tag this quote](${commandLink(TAG_QUOTE_COMMAND, [args])} "Tag this quote")`);
    }
    return md;
  }

  private speakerMarkdown(speaker: Speaker, uri: vscode.Uri): vscode.MarkdownString {
    const md = trusted();
    const titles = speaker.titles.length ? ` — ${escape(speaker.titles.join(', '))}` : '';
    md.appendMarkdown(`$(${speaker.kind === 'organization' ? 'organization' : 'person'}) **${escape(speaker.name)}**${titles}\n\n`);
    const everywhere = this.speakers.get(this.speakers.idOf(speaker.name, speaker.kind, uri));
    if (!everywhere) {
      md.appendMarkdown('_No quote credited yet._');
      return md;
    }
    const n = everywhere.quotes.length;
    md.appendMarkdown(`${n} quote${n === 1 ? '' : 's'} in ${everywhere.articleCount} article${everywhere.articleCount === 1 ? '' : 's'}\n\n`);
    // Quotes in this file first: they are the ones a click can show without switching files.
    const refs = [...everywhere.quotes].sort((a, b) => Number(b.uri.toString() === uri.toString()) - Number(a.uri.toString() === uri.toString()));
    for (const ref of refs.slice(0, MAX_SPEAKER_LINKS)) {
      const text = ref.quote.text.replace(/\s+/g, ' ').trim();
      const short = text.length > 70 ? `${text.slice(0, 69)}…` : text;
      const link = commandLink(OPEN_QUOTE_COMMAND, [ref.uri.toString(), ref.article, ref.quote.start, ref.quote.end]);
      md.appendMarkdown(`- [“${escape(short)}”](${link}) — ${escape(articleKeyName(ref.article))}\n`);
    }
    if (n > MAX_SPEAKER_LINKS) md.appendMarkdown(`\n…and ${n - MAX_SPEAKER_LINKS} more in the Speakers view.`);
    return md;
  }

  /** The tag command belongs to the annotation feature: link to it only once it really exists. */
  private async tagCommandAvailable(): Promise<boolean> {
    const now = Date.now();
    if (!this.commandsCache || now - this.commandsCache.at > COMMANDS_CACHE_MS) {
      const commands = await vscode.commands.getCommands(true);
      this.commandsCache = { at: now, has: commands.includes(TAG_QUOTE_COMMAND) };
    }
    return this.commandsCache.has;
  }
}

function trusted(): vscode.MarkdownString {
  const md = new vscode.MarkdownString(undefined, true);
  md.isTrusted = { enabledCommands: [TAG_QUOTE_COMMAND, OPEN_QUOTE_COMMAND] };
  return md;
}

function kindLabel(quote: Quote): string {
  return quote.kind === 'headline' ? 'Headline quote' : quote.kind === 'partial' ? 'Partial quote' : 'Quote';
}

export function registerHovers(model: CorpusModel, speakers: SpeakerIndex): vscode.Disposable {
  return vscode.languages.registerHoverProvider({ language: LANGUAGE_ID }, new QuoteHoverProvider(model, speakers));
}
