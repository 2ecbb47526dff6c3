// The corpus parser (GUIDE §1): pure TypeScript, shared by the CLI and both extension builds.
//
// Reading the text of a corpus that applyEdit produced: prefer articleBody / textSlice over
// corpus.text.slice. After edits corpus.text is a rope over the previous text and the edits;
// the first read of it makes the engine copy the whole file, the helpers read only the pieces.
export type * from './types';
export { parseCorpus } from './parse';
export { applyEdit, applyEdits } from './incremental';
export { articleAt, articleIndexAt, findArticle, articleBody, textSlice } from './lookup';
export { describeArticle } from './meta';
export { LineIndex, lineStarts, type Position } from './lines';
export { DIAGNOSTIC_CODES, type DiagnosticCode } from './diagnostics';
