// Builds a word list from a white-space separated string (the lists read like prose).
export function set(words: string): ReadonlySet<string> {
  return new Set(words.trim().split(/\s+/));
}
