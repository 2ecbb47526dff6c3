// Builds a word list from a white-space separated string (the lists read like prose).
export function set(words: string): ReadonlySet<string> {
  return new Set(words.trim().split(/\s+/));
}

/** One list made of several: a base list and the words a rule adds to it, kept apart by name. */
export function union(...lists: ReadonlyArray<ReadonlySet<string>>): ReadonlySet<string> {
  const all = new Set<string>();
  for (const list of lists) for (const w of list) all.add(w);
  return all;
}
