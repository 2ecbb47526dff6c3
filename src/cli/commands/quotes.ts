// `news-annotator quotes PATH...`: every quote with its speaker and cue.
import { listingInputs } from '../analyze';
import type { CliCommand } from '../command';
import { cell, READ_ONLY_USAGE_FOOTER, table } from '../format';
import { taxonomyOptionUsage } from '../speaker-aliases';

export const quotesCommand: CliCommand = {
  name: 'quotes',
  summary: 'list the quotes of corpus files with their speakers and cues',
  usage: [
    'usage: news-annotator quotes [--format table|jsonl] [--taxonomy FILE] PATH...',
    '',
    'Lists every quote of every article with who said it.',
    '',
    'options:',
    '  --format table|jsonl  aligned table (default) or one JSON object a line, with exactly',
    '                        the keys {"file", "article", "start", "end", "text", "speaker",',
    '                        "speakerStart", "speakerEnd", "cue", "confidence"}: start/end',
    '                        are UTF-16 offsets into the article body (the text after the',
    '                        header line) covering the quoted words without the marks;',
    '                        speaker is the canonical name (the taxonomy\'s, when its',
    '                        speakers.aliases renames the engine\'s) or null;',
    '                        speakerStart/speakerEnd the mention naming the speaker in the',
    '                        text, or null.',
    ...taxonomyOptionUsage(24),
    '',
    ...READ_ONLY_USAGE_FOOTER,
  ].join('\n'),
  async run(args, io) {
    const inputs = listingInputs(args, io);
    const { paths, format } = inputs;
    const rows: string[][] = [];
    const withFile = paths.length > 1;
    for (const { file, article, analysis } of inputs.articles()) {
      if (format === 'jsonl') {
        // Built key by key: the order of the keys is part of the contract.
        let out = '';
        for (const q of analysis.quotes) {
          out += JSON.stringify({
            file: file.path,
            article: article.name,
            start: q.start,
            end: q.end,
            text: q.text,
            speaker: q.speaker,
            speakerStart: q.speakerStart,
            speakerEnd: q.speakerEnd,
            cue: q.cue,
            confidence: q.confidence,
          }) + '\n';
        }
        if (out) io.stdout(out);
        continue;
      }
      for (const q of analysis.quotes) {
        rows.push([
          ...(withFile ? [file.path] : []),
          article.name,
          `${q.start}-${q.end}`,
          q.kind,
          q.speaker ?? '-',
          q.cue ?? '-',
          q.confidence.toFixed(2),
          cell(q.text, 80),
        ]);
      }
    }
    if (format === 'table' && rows.length) {
      const offset = withFile ? 1 : 0;
      io.stdout(table([...(withFile ? ['FILE'] : []), 'ARTICLE', 'SPAN', 'KIND', 'SPEAKER', 'CUE', 'CONF', 'QUOTE'], rows, [offset + 1, offset + 5]));
    }
    return inputs.exitCode();
  },
};
