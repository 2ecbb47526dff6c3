// `news-annotator articles PATH...`: one row per article with its header line, headline and quote count.
import { describeArticle } from '../../core/corpus';
import { analyzedArticles } from '../analyze';
import type { CliCommand } from '../command';
import { exitCodeFor, loadCorpora } from '../files';
import { cell, parseArgs, READ_ONLY_USAGE_FOOTER, requirePaths, table } from '../format';

export const articlesCommand: CliCommand = {
  name: 'articles',
  summary: 'list the articles of corpus files with their headlines and quote counts',
  usage: [
    'usage: news-annotator articles [--format table|jsonl] PATH...',
    '',
    'Lists every article: its name, the 1-based line of its header, its headline and how',
    'many quotes it holds. With more than one PATH the table starts with the file.',
    '',
    'options:',
    '  --format table|jsonl  aligned table (default) or one JSON object a line:',
    '                        {"file", "article", "line", "title", "quotes"}',
    '',
    ...READ_ONLY_USAGE_FOOTER,
  ].join('\n'),
  async run(args, io) {
    const parsed = parseArgs(args, { format: ['table', 'jsonl'] });
    const paths = requirePaths(parsed);
    const format = parsed.options.get('format') ?? 'table';
    const loaded = loadCorpora(paths, io);
    const rows: Array<{ file: string; article: string; line: number; title: string; quotes: number }> = [];
    for (const { file, article, body, analysis } of analyzedArticles(loaded.loaded)) {
      rows.push({
        file: file.path,
        article: article.name,
        line: article.headerLine + 1,
        title: describeArticle(body, article.attributes).title,
        quotes: analysis.quotes.length,
      });
    }
    if (format === 'jsonl') {
      io.stdout(rows.map((r) => JSON.stringify(r) + '\n').join(''));
    } else if (rows.length) {
      const withFile = paths.length > 1;
      const header = [...(withFile ? ['FILE'] : []), 'ARTICLE', 'LINE', 'QUOTES', 'TITLE'];
      const body = rows.map((r) => [...(withFile ? [r.file] : []), r.article, String(r.line), String(r.quotes), cell(r.title, 100)]);
      const offset = withFile ? 1 : 0;
      io.stdout(table(header, body, [offset + 1, offset + 2]));
    }
    return exitCodeFor(loaded);
  },
};
