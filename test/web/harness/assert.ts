// `node:assert/strict` for the web tests. A web worker has no Node, and the shared integration
// helpers (test/integration/**) import node:assert/strict, so the web test bundle resolves that
// import to this file (see esbuild.mjs). Only what the tests use, with the same semantics:
// strict equality (Object.is), structural deepEqual, regex matches, messages that say what
// was expected and what came.

export class AssertionError extends Error {
  override name = 'AssertionError';
  constructor(message: string, readonly actual?: unknown, readonly expected?: unknown) {
    super(message);
  }
}

function show(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  try {
    return JSON.stringify(value, (_key, v) => (v instanceof Map ? [...v] : v instanceof Set ? [...v] : v)) ?? String(value);
  } catch {
    return String(value);
  }
}

function raise(message: string | Error | undefined, fallback: string, actual?: unknown, expected?: unknown): never {
  if (message instanceof Error) throw message;
  throw new AssertionError(message ?? fallback, actual, expected);
}

export function ok(value: unknown, message?: string | Error): asserts value {
  if (!value) raise(message, `Expected a truthy value, got ${show(value)}`, value, true);
}

export function equal<T>(actual: unknown, expected: T, message?: string | Error): asserts actual is T {
  if (!Object.is(actual, expected)) raise(message, `Expected values to be strictly equal:\n  actual:   ${show(actual)}\n  expected: ${show(expected)}`, actual, expected);
}

export const strictEqual = equal;

export function notEqual(actual: unknown, expected: unknown, message?: string | Error): void {
  if (Object.is(actual, expected)) raise(message, `Expected ${show(actual)} to differ`, actual, expected);
}

function isDeepEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  if (a instanceof Date) return a.getTime() === (b as Date).getTime();
  if (a instanceof RegExp) return String(a) === String(b);
  if (a instanceof Map || a instanceof Set) return isDeepEqual([...a], [...(b as Map<unknown, unknown> | Set<unknown>)]);
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  if (keysA.length !== keysB.length) return false;
  return keysA.every((key) => Object.prototype.hasOwnProperty.call(b, key) && isDeepEqual((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}

export function deepEqual<T>(actual: unknown, expected: T, message?: string | Error): asserts actual is T {
  if (!isDeepEqual(actual, expected)) raise(message, `Expected values to be deeply equal:\n  actual:   ${show(actual)}\n  expected: ${show(expected)}`, actual, expected);
}

export const deepStrictEqual = deepEqual;

export function notDeepEqual(actual: unknown, expected: unknown, message?: string | Error): void {
  if (isDeepEqual(actual, expected)) raise(message, `Expected ${show(actual)} not to be deeply equal to it`, actual, expected);
}

export function match(value: string, pattern: RegExp, message?: string | Error): void {
  if (typeof value !== 'string' || !pattern.test(value)) raise(message, `The input did not match ${pattern}:\n  ${show(value)}`, value, pattern);
}

export function doesNotMatch(value: string, pattern: RegExp, message?: string | Error): void {
  if (typeof value !== 'string' || pattern.test(value)) raise(message, `The input was expected not to match ${pattern}:\n  ${show(value)}`, value, pattern);
}

export async function rejects(promise: Promise<unknown> | (() => Promise<unknown>), message?: string | Error): Promise<void> {
  try {
    await (typeof promise === 'function' ? promise() : promise);
  } catch {
    return;
  }
  raise(message, 'Missing expected rejection');
}

export function throws(fn: () => unknown, message?: string | Error): void {
  try {
    fn();
  } catch {
    return;
  }
  raise(message, 'Missing expected exception');
}

export function fail(message?: string | Error): never {
  raise(message, 'Failed');
}
