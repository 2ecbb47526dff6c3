// Reading and writing single-line YAML scalars, fast, for the sidecar's hot paths.
//
// The `yaml` package is the reference: it reads every file we cannot read line by line, and
// the tests check that these functions agree with it. We do not use it here because it takes
// seconds on a 10,000-entry sidecar and the editor reloads sidecars on every git checkout.
// Everything follows the YAML 1.2 core schema (what `yaml` uses by default), where
// `2026-11-22T10:00:00Z` stays a string.

const NON_STRING_FIRST = new Set('~nNtTfF0123456789+-.');
// A character that occurs in no null, boolean or number of the core schema.
const NEVER_IN_NON_STRINGS = /[^0-9a-fA-F.+\-~xoNnUuLlTtRrSsIi]/;

/** What a plain scalar means in the core schema (the same tests and order as `yaml`). */
export function resolvePlain(source: string): string | number | boolean | null {
  // Most text starts with a letter that no null, boolean or number starts with.
  if (source !== '' && (!NON_STRING_FIRST.has(source[0]) || NEVER_IN_NON_STRINGS.test(source))) return source;
  if (/^(?:~|[Nn]ull|NULL)?$/.test(source)) return null;
  if (/^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/.test(source)) return source[0] === 't' || source[0] === 'T';
  if (/^0o[0-7]+$/.test(source)) return parseInt(source.substring(2), 8);
  if (/^[-+]?[0-9]+$/.test(source)) return parseInt(source, 10);
  if (/^0x[0-9a-fA-F]+$/.test(source)) return parseInt(source.substring(2), 16);
  if (/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/.test(source)) {
    if (source.slice(-3).toLowerCase() === 'nan') return NaN;
    return source[0] === '-' ? -Infinity : Infinity;
  }
  if (/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/.test(source)) return parseFloat(source);
  if (/^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/.test(source)) return parseFloat(source);
  return source;
}

// Anything that keeps a string from being a plain scalar read back as itself: surrounding
// whitespace, a first character that starts something else, ': ' or ' #' inside, a final colon,
// tabs, and characters YAML does not allow raw (or YAML 1.1 readers take for line breaks).
// eslint-disable-next-line no-control-regex
const NOT_PLAIN = /^[\s\-?:,[\]{}#&*!|>'"%@`]|\s$|: | #|:$|[\x00-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]/;
const SURROGATE = /[\ud800-\udfff]/;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?:^|[^\ud800-\udbff])[\udc00-\udfff]/;
// Words other YAML readers (1.1: yes/no/on/off) would not read as strings; quoted for them.
const YAML11_WORDS = /^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF|=|<<)$/;

/** Whether a string can be written as a plain scalar and read back as the same string. */
export function isPlainSafe(value: string): boolean {
  if (value === '' || NOT_PLAIN.test(value)) return false;
  if (SURROGATE.test(value) && LONE_SURROGATE.test(value)) return false;
  if (value.length <= 5 && YAML11_WORDS.test(value)) return false;
  return typeof resolvePlain(value) === 'string';
}

/** A double-quoted scalar on one line, escaping whatever YAML needs escaped. */
export function doubleQuote(value: string): string {
  // JSON string syntax is valid YAML double-quoted syntax; it leaves a few characters raw that
  // YAML does not allow (or that readers mistake for line breaks), so escape those as well.
  return JSON.stringify(value).replace(/[\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function renderNumber(value: number): string {
  if (Number.isNaN(value)) return '.nan';
  if (value === Infinity) return '.inf';
  if (value === -Infinity) return '-.inf';
  if (Object.is(value, -0)) return '-0';
  const text = String(value);
  // String(1.5e300) is "1.5e+300", which the core schema reads back as a float. An integral
  // value above 2^53 prints as "1e+21" too; below that String() gives plain digits.
  return text;
}

/** One scalar as it is written after `key: `: plain when safe, else double-quoted. */
export function renderScalar(value: string | number | boolean | null): string {
  if (value === null) return 'null';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') return renderNumber(value);
  return isPlainSafe(value) ? value : doubleQuote(value);
}

/**
 * Any JSON-like value on one line: scalars as renderScalar, lists and maps in flow style with
 * every string double-quoted (plain scalars in flow context have extra rules not worth the
 * risk). Undefined map values are left out, like JSON.
 */
export function renderValue(value: unknown): string {
  if (value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    return renderScalar(value);
  }
  if (Array.isArray(value)) return `[${value.map(renderFlowItem).join(', ')}]`;
  if (typeof value === 'object' && value !== null) {
    const parts: string[] = [];
    for (const [key, item] of Object.entries(value)) {
      if (item !== undefined) parts.push(`${doubleQuote(key)}: ${renderFlowItem(item)}`);
    }
    return `{${parts.join(', ')}}`;
  }
  // undefined, functions, symbols, bigints: not data we can store.
  throw new TypeError(`cannot write a ${typeof value} to a sidecar`);
}

function renderFlowItem(value: unknown): string {
  return typeof value === 'string' ? doubleQuote(value) : renderValue(value === undefined ? null : value);
}

const SIMPLE_ESCAPES: Record<string, string> = {
  '0': '\0', a: '\x07', b: '\b', t: '\t', '\t': '\t', n: '\n', v: '\v', f: '\f', r: '\r',
  e: '\x1b', ' ': ' ', '"': '"', '/': '/', '\\': '\\', N: '\u0085', _: '\u00a0',
  L: '\u2028', P: '\u2029',
};
const HEX_ESCAPE_LENGTH: Record<string, number> = { x: 2, u: 4, U: 8 };

/**
 * Reads a double-quoted scalar starting at `text[start] === '"'` and closing on the same line.
 * Returns its value and the offset after the closing quote, or undefined when the scalar does
 * not close before `end` or holds an escape we do not know (the caller then lets `yaml` decide).
 */
export function readDoubleQuoted(text: string, start: number, end: number): { value: string; end: number } | undefined {
  let value = '';
  let runStart = start + 1;
  for (;;) {
    // Jump to the next quote or backslash on the line; everything between is taken as is.
    // (Searched within the line: an unbounded indexOf would scan on through the whole file.)
    const rest = text.slice(runStart, end);
    const quoteAt = rest.indexOf('"');
    if (quoteAt === -1) return undefined;
    const escapeAt = rest.indexOf('\\');
    if (escapeAt === -1 || escapeAt > quoteAt) return { value: value + rest.slice(0, quoteAt), end: runStart + quoteAt + 1 };
    let i = runStart + escapeAt;
    value += text.slice(runStart, i);
    const e = text[i + 1];
    if (i + 1 >= end) return undefined;
    const hexLength = HEX_ESCAPE_LENGTH[e];
    if (hexLength !== undefined) {
      const hex = text.slice(i + 2, i + 2 + hexLength);
      if (hex.length !== hexLength || i + 2 + hexLength > end || !/^[0-9a-fA-F]+$/.test(hex)) return undefined;
      const code = parseInt(hex, 16);
      if (code > 0x10ffff) return undefined;
      value += String.fromCodePoint(code);
      i += 1 + hexLength;
    } else if (Object.prototype.hasOwnProperty.call(SIMPLE_ESCAPES, e)) {
      value += SIMPLE_ESCAPES[e];
      i += 1;
    } else {
      return undefined;
    }
    runStart = i + 1;
  }
}

/** Reads a single-quoted scalar closing on the same line (`''` is a quote), like readDoubleQuoted. */
export function readSingleQuoted(text: string, start: number, end: number): { value: string; end: number } | undefined {
  let value = '';
  let runStart = start + 1;
  for (let i = start + 1; i < end; i++) {
    if (text[i] !== "'") continue;
    if (text[i + 1] === "'" && i + 1 < end) {
      value += text.slice(runStart, i + 1);
      i += 1;
      runStart = i + 1;
      continue;
    }
    return { value: value + text.slice(runStart, i), end: i + 1 };
  }
  return undefined;
}
