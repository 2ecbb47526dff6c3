// parseCorpus: the whole file in one pass (scan.ts), then the whole-file checks
// (whole-file.ts). The state kept for the incremental parser is a by-product, not extra work.
import type { Diagnostic, ParsedCorpus } from './types';
import { diagnosticInsertionIndex, mergeDiagnostics } from './diagnostics';
import { scanRegion } from './scan';
import { addBreakTotals, duplicateNameDiagnostic, mixedLineEndings } from './whole-file';
import { NameIndex } from './names';
import { setState } from './state';
import { PieceText } from './piece-text';

/**
 * Parses a corpus file (GUIDE §1, every dialect). Never throws; problems are diagnostics,
 * ordered by offset. Linear in the length of the text. Decisions the guide leaves open:
 * - Line breaks are \r\n, \n and a lone \r (as in VS Code), so lines and columns match the editor.
 * - A preamble of whitespace only (blank lines, a BOM) is not reported: editors and tools add
 *   it without meaning anything, and it holds no text that could be lost.
 * - Text after a closing line and before the next header is outside every article, as the
 *   format allows; it is not reported. A closing line outside an article is (`stray-close`).
 * - A header is a line starting with `<<<FILE` followed by a space, a tab, `:`, `>>>` or the
 *   line's end; anything else starting `<<<FILE`/`<<<END` (any case) is `malformed-*` text.
 *   A header without a trailing `>>>` is the block form (dialect 'block', also for `<<<FILE:`).
 * - The name is the first blank-separated word; the rest must be `key="value"` pairs (no
 *   escapes; a value runs to the next `"`). An attribute-looking first word means no name.
 * - An article without a closing line ends where the next header starts (its body keeps its
 *   last line break); with one, `end` is just after the closing line's line break.
 * - A BOM is column 0 of line 0, so a header right after it starts at column 1.
 * - Mixed line endings are one warning, at the first break unlike the file's first break.
 */
export function parseCorpus(text: string): ParsedCorpus {
  const region = scanRegion(text, 0, 0, true);
  const { articles, segments } = region;
  const names = NameIndex.of(articles);
  const whole: Diagnostic[] = [];
  for (let i = 0; i < articles.length; i++) {
    if (names.isDuplicate(articles[i])) whole.push(duplicateNameDiagnostic(articles[i], segments[i + 1]));
  }
  const breakTotals = [0, 0, 0];
  addBreakTotals(breakTotals, segments, 1);
  const mixed = mixedLineEndings(articles, segments, breakTotals);
  if (mixed) whole.splice(diagnosticInsertionIndex(whole, mixed), 0, mixed);
  const diagnostics = mergeDiagnostics(region.diagnostics, whole);
  const corpus: ParsedCorpus = { text, articles, diagnostics };
  setState(corpus, { segments, names, breakTotals, mixed, text: PieceText.of(text) });
  return corpus;
}
