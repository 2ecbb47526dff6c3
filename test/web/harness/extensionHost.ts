// Which extension host this code runs in, from what only that host has: a web worker has
// importScripts and no Node `process`; the Node extension host has `process`.
export type ExtensionHostKind = 'webworker' | 'node' | 'unknown';

export function extensionHostKind(): ExtensionHostKind {
  const scope = globalThis as { process?: unknown; importScripts?: unknown };
  if (typeof scope.process === 'undefined' && typeof scope.importScripts === 'function') return 'webworker';
  if (typeof scope.process === 'object' && scope.process !== null) return 'node';
  return 'unknown';
}
