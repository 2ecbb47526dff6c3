// Articles by name, each name's articles in file order: which article is a duplicate (any but
// the first of its name) is a lookup, and an edit that renames an article updates only the
// lists of the names involved, never a pass over all articles.
import type { Article } from './types';

export class NameIndex {
  private readonly lists = new Map<string, Article[]>();

  /** Articles must be in file order. */
  static of(articles: readonly Article[]): NameIndex {
    const index = new NameIndex();
    for (const a of articles) {
      const list = index.lists.get(a.name);
      if (list) list.push(a);
      else index.lists.set(a.name, [a]);
    }
    return index;
  }

  count(name: string): number {
    return this.lists.get(name)?.length ?? 0;
  }

  first(name: string): Article | undefined {
    return this.lists.get(name)?.[0];
  }

  /** An earlier article has the same name (empty names have their own error instead). */
  isDuplicate(article: Article): boolean {
    return article.name !== '' && this.first(article.name) !== article;
  }

  /** Position of the first article of `list` at or after `headerStart`. */
  private static position(list: readonly Article[], headerStart: number): number {
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid].headerStart < headerStart) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Index of the article in its list (its offsets must be in the same coordinates as the list's). */
  private indexOf(article: Article): { list: Article[]; at: number } | undefined {
    const list = this.lists.get(article.name);
    if (!list) return undefined;
    const at = NameIndex.position(list, article.headerStart);
    return list[at] === article ? { list, at } : undefined;
  }

  remove(article: Article): void {
    const found = this.indexOf(article);
    if (!found) return;
    found.list.splice(found.at, 1);
    if (found.list.length === 0) this.lists.delete(article.name);
  }

  /**
   * Puts each next[i] (same name) where previous[i] is. All are located before any is replaced:
   * the new objects' offsets are in the edited text's coordinates, the lists' in the old one's.
   */
  replaceAll(previous: readonly Article[], next: readonly Article[]): void {
    const found = previous.map((a) => this.indexOf(a));
    found.forEach((slot, i) => {
      if (slot) slot.list[slot.at] = next[i];
    });
  }

  insert(article: Article): void {
    const list = this.lists.get(article.name);
    if (!list) this.lists.set(article.name, [article]);
    else list.splice(NameIndex.position(list, article.headerStart), 0, article);
  }
}
