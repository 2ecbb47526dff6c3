// Tokenizes text with the product's TextMate grammar through the same engine VS Code uses
// (vscode-textmate + the oniguruma wasm), and prints the tokens in a reviewable form.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import { INITIAL, parseRawGrammar, Registry, type IGrammar, type StateStack } from 'vscode-textmate';

const repoRoot = path.resolve(__dirname, '../..');
const grammarPath = path.join(repoRoot, 'syntaxes', 'news-corpus.tmLanguage.json');
export const ROOT_SCOPE = 'text.news-corpus';

let grammarPromise: Promise<IGrammar> | undefined;

async function loadGrammar(): Promise<IGrammar> {
  const wasm = fs.readFileSync(path.join(repoRoot, 'node_modules', 'vscode-oniguruma', 'release', 'onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (sources) => new oniguruma.OnigScanner(sources),
      createOnigString: (text) => new oniguruma.OnigString(text),
    }),
    loadGrammar: async (scopeName) =>
      scopeName === ROOT_SCOPE ? parseRawGrammar(fs.readFileSync(grammarPath, 'utf8'), grammarPath) : null,
  });
  const grammar = await registry.loadGrammar(ROOT_SCOPE);
  if (!grammar) throw new Error(`grammar ${ROOT_SCOPE} did not load`);
  return grammar;
}

/** The grammar, loaded once per process (the wasm can only be initialised once). */
export function grammar(): Promise<IGrammar> {
  grammarPromise ??= loadGrammar();
  return grammarPromise;
}

export interface Token {
  line: number;
  text: string;
  /** Scopes below the root scope, outermost first. */
  scopes: string[];
}

/** Tokenizes every line, carrying the rule stack across lines as the editor does. */
export async function tokenize(text: string): Promise<Token[]> {
  const g = await grammar();
  const tokens: Token[] = [];
  let state: StateStack = INITIAL;
  text.split(/\r?\n/).forEach((lineText, line) => {
    const result = g.tokenizeLine(lineText, state);
    result.tokens.forEach((token) => {
      tokens.push({ line, text: lineText.slice(token.startIndex, token.endIndex), scopes: token.scopes.slice(1) });
    });
    state = result.ruleStack;
  });
  return tokens;
}

/**
 * One line per source line, then one indented line per token that carries a scope:
 * `  "text"  scope1 > scope2`. Plain-text tokens are left out so the snapshot shows
 * what the grammar recognised; the source line above gives the context.
 */
export async function snapshotOf(text: string): Promise<string> {
  const tokens = await tokenize(text);
  const out: string[] = [];
  text.split(/\r?\n/).forEach((lineText, line) => {
    out.push(`${line + 1}| ${lineText}`);
    for (const token of tokens) {
      if (token.line !== line || token.scopes.length === 0) continue;
      out.push(`    ${JSON.stringify(token.text)}  ${token.scopes.join(' > ')}`);
    }
  });
  return out.join('\n') + '\n';
}
