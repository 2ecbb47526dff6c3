// `news-annotator speakers PATH...`: who speaks, how often, and where.
import { listingInputs } from '../analyze';
import type { CliCommand } from '../command';
import { cell, READ_ONLY_USAGE_FOOTER, table } from '../format';
import { taxonomyOptionUsage } from '../speaker-aliases';

interface SpeakerRow {
  speaker: string;
  kind: string;
  quotes: number;
  articles: Array<{ file: string; article: string; quotes: number }>;
}

export const speakersCommand: CliCommand = {
  name: 'speakers',
  summary: 'list who is quoted in corpus files, how often and in which articles',
  usage: [
    'usage: news-annotator speakers [--format table|jsonl] [--taxonomy FILE] PATH...',
    '',
    'Lists every speaker by canonical name (the fullest name an article uses; speakers of',
    'different articles and files with the same canonical name are one row), with the',
    'number of quotes attributed to them and the articles they speak in. Most quoted first.',
    'Speakers the taxonomy merges or renames (speakers.aliases) are one row under the',
    'canonical name.',
    'Quotes credited to a description rather than a name ("a senior official") are not listed.',
    '',
    'options:',
    '  --format table|jsonl  aligned table (default) or one JSON object a line:',
    '                        {"speaker", "kind", "quotes", "articles": [{"file", "article", "quotes"}]}',
    ...taxonomyOptionUsage(24),
    '',
    ...READ_ONLY_USAGE_FOOTER,
  ].join('\n'),
  async run(args, io) {
    const inputs = listingInputs(args, io);
    const { paths, format } = inputs;
    const byName = new Map<string, SpeakerRow>();
    for (const { file, article, analysis } of inputs.articles()) {
      const counts = new Map<number, number>();
      for (const q of analysis.quotes) if (q.speakerId !== null) counts.set(q.speakerId, (counts.get(q.speakerId) ?? 0) + 1);
      for (const s of analysis.speakers) {
        const n = counts.get(s.id) ?? 0;
        // Descriptions ("a senior official") name nobody: merging them across articles would
        // make one speaker of many people.
        if (!n || !s.named) continue;
        let row = byName.get(s.name);
        if (!row) byName.set(s.name, (row = { speaker: s.name, kind: s.kind, quotes: 0, articles: [] }));
        row.quotes += n;
        row.articles.push({ file: file.path, article: article.name, quotes: n });
      }
    }
    const rows = [...byName.values()].sort((a, b) => b.quotes - a.quotes || a.speaker.localeCompare(b.speaker));
    if (format === 'jsonl') {
      io.stdout(rows.map((r) => JSON.stringify(r) + '\n').join(''));
    } else if (rows.length) {
      const withFile = paths.length > 1;
      const where = (r: SpeakerRow): string => r.articles.map((a) => (withFile ? `${a.file}:${a.article}` : a.article)).join(', ');
      io.stdout(table(
        ['SPEAKER', 'KIND', 'QUOTES', 'ARTICLES'],
        rows.map((r) => [r.speaker, r.kind, String(r.quotes), cell(where(r), 200)]),
        [2],
      ));
    }
    return inputs.exitCode();
  },
};
