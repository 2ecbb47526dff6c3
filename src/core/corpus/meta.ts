// What the Articles view shows for an article: headline, outlet, date and dateline place,
// read from the first lines of its body. Scraped news bodies start with page furniture
// ("All news", "You are here:", navigation lines full of bullets, a lone "0", timestamps) and
// sometimes a truncated copy of the headline; the rules below skip furniture by its shape
// (few letters, many separators, only date words, short label lines) plus a short list of
// common phrases, never by the text of a particular article.
import type { Article, ArticleMeta, ParsedCorpus } from './types';
import { articleBody } from './lookup';

/** How much of the body is read: the head of a news page, never the whole article. */
const HEAD_CHARS = 6000;
const HEAD_LINES = 30;
/** Furniture lines are short, except navigation lines (recognised by their separators). */
const FURNITURE_MAX = 160;

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_RE = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const WEEKDAY_RE = '(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\\.?';

/** Page furniture, compared after lower-casing and dropping punctuation. */
const FURNITURE = new Set([
  'all news', 'off the wire', 'you are here', 'back to main page', 'back to home page', 'home', 'menu', 'search',
  'skip to content', 'skip to main content', 'advertisement', 'sponsored', 'share', 'share this', 'share this article',
  'print', 'email', 'comment', 'comments', 'leave a reply', 'leave a comment', 'related', 'related news', 'related articles',
  'read more', 'read also', 'see also', 'breaking news', 'latest news', 'top stories', 'most read', 'trending', 'news',
  'world', 'politics', 'sign in', 'log in', 'subscribe', 'follow us', 'adjust font size', 'font size', 'photo', 'video',
]);
/** Furniture phrases that may share a short line with other furniture (" date 2016-12-22 Back to Main page"). */
const FURNITURE_PARTS = ['back to main page', 'back to home page', 'adjust font size', 'you are here', 'skip to content', 'all rights reserved'];

const ISO_DATE = /\b(\d{4})-(\d{2})-(\d{2})\b/;
const MONTH_DAY_YEAR = new RegExp(`\\b(${MONTH_RE})\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'i');
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH_RE}),?\\s+(\\d{4})\\b`, 'i');
const PLACE = `([A-Z][A-Z.'\\u2019-]*(?: [A-Z][A-Z.'\\u2019-]*){0,3})(?:,\\s*(?!${MONTH_RE}\\s+\\d)[A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)?)?`;
const AGENCY = `(?:\\(([A-Z][A-Za-z-]+(?: [A-Z][A-Za-z-]+)?)\\)|/([A-Z][A-Za-z-]+(?: [A-Z][A-Za-z-]+)?)/\\.?)`;
/** "MOSCOW, March 22 (Xinhua) --", "SOCHI, May 14. /TASS/.", "WASHINGTON, December 21. /TASS/." */
const DATELINE_DATED = new RegExp(`^${PLACE},\\s*(${MONTH_RE})\\s+(\\d{1,2})(?:,\\s*(\\d{4}))?\\.?\\s*${AGENCY}?\\s*(?:--|[-\u2013\u2014:])?\\s*`);
/** "NEW YORK (Reuters) -", "LONDON (AP) --". */
const DATELINE_AGENCY = new RegExp(`^${PLACE}\\s*${AGENCY}\\s*(?:--|[-\u2013\u2014:])?\\s*`);
/** "Xinhua,March 22, 2018": an outlet name followed by the publication date. */
const OUTLET_DATE = new RegExp(`^([A-Z][A-Za-z-]+(?: [A-Z][A-Za-z-]+){0,2})\\s*,\\s*${MONTH_RE}\\s+\\d{1,2},\\s*\\d{4}\\b`);

/** Headline, outlet, date and place of an article; attributes (`title`, `source`, `date`) win over the text. */
export function describeArticle(body: string, attributes?: Record<string, string>): ArticleMeta;
/** The same for an article of a parsed corpus (reads only its body). */
export function describeArticle(corpus: ParsedCorpus, article: Article): ArticleMeta;
export function describeArticle(bodyOrCorpus: string | ParsedCorpus, second?: Record<string, string> | Article): ArticleMeta {
  if (typeof bodyOrCorpus !== 'string') {
    const article = second as Article;
    return describeBody(articleBody(bodyOrCorpus, article), article.attributes);
  }
  return describeBody(bodyOrCorpus, (second as Record<string, string> | undefined) ?? {});
}

function describeBody(body: string, attributes: Record<string, string>): ArticleMeta {
  const lines = headLines(body);
  const dateline = findDateline(lines);
  const meta: ArticleMeta = { title: attr(attributes, 'title') ?? findTitle(lines, dateline?.index ?? lines.length) };

  const outlet = attr(attributes, 'source') ?? attr(attributes, 'outlet') ?? attr(attributes, 'publisher') ?? dateline?.outlet ?? findOutletLine(lines, dateline?.index);
  if (outlet) meta.outlet = outlet;

  const date = normalizeDate(attr(attributes, 'date')) ?? findDate(lines, dateline?.index) ?? dateline?.date;
  if (date) meta.date = date;
  else if (dateline?.dateText) meta.dateText = dateline.dateText;

  if (dateline?.place) meta.place = dateline.place;
  return meta;
}

function attr(attributes: Record<string, string>, key: string): string | undefined {
  const v = Object.prototype.hasOwnProperty.call(attributes, key) ? attributes[key]?.trim() : undefined;
  return v ? v : undefined;
}

/** The first lines of the body, trimmed, runs of blanks made one space, empty ones dropped. */
function headLines(body: string): string[] {
  const head = body.length > HEAD_CHARS ? body.slice(0, HEAD_CHARS) : body;
  const out: string[] = [];
  const lineEnd = /\r\n|\r|\n/g;
  let start = 0;
  while (out.length < HEAD_LINES && start <= head.length) {
    const m = lineEnd.exec(head);
    const end = m ? m.index : head.length;
    let line = head.slice(start, end).trim();
    // Collapse blanks in lines that may be a headline or furniture; paragraphs are only read at their start.
    if (line.length <= 300 && /\s\s|[^\S ]/.test(line)) line = line.replace(/\s+/g, ' ');
    if (line) out.push(line);
    if (!m) break;
    start = lineEnd.lastIndex;
  }
  return out;
}

/** Words with a letter in them (numbers and punctuation do not count). */
const words = (line: string): string[] => line.match(/\S*\p{L}\S*/gu) ?? [];
const normalize = (line: string): string => line.toLowerCase().replace(/[^\p{L}\p{N} ]+/gu, ' ').replace(/\s+/g, ' ').trim();

const WEEKDAY_WORD = new RegExp(`\\b${WEEKDAY_RE}`, 'gi');
const MONTH_WORD = new RegExp(`\\b${MONTH_RE}`, 'gi');

/** A date or time stamp and nothing else (weekday, month, numbers, "UTC+3", a trailing place). */
function isTimestamp(line: string): boolean {
  if (!/\d/.test(line) || line.length > 120) return false;
  const rest = line
    .replace(WEEKDAY_WORD, ' ')
    .replace(MONTH_WORD, ' ')
    .replace(/\b(?:UTC|GMT|[AP]\.?M\.?|date|updated|published|posted|last|modified|on|at)\b/gi, ' ')
    .replace(/[\d:/.,+\-–—|()]+/g, ' ');
  return words(rest).length <= 1;
}

function isFurniture(line: string): boolean {
  if (/[•|·»›].*[•|·»›]/.test(line)) return true; // navigation and ticker lines
  if (line.length > FURNITURE_MAX) return false;
  const norm = normalize(line);
  if (FURNITURE.has(norm)) return true;
  if (!/(?:\P{L}*\p{L}){3}/u.test(line)) return true; // fewer than three letters: "0", "—", "12"
  const n = words(line).length;
  if (n <= 4 && /:\s*$/.test(line)) return true; // "You are here:", "Related:", "Tags:"
  if (n <= 8 && FURNITURE_PARTS.some((p) => norm.includes(p))) return true;
  if (isTimestamp(line)) return true;
  return false;
}

/** Strips a trailing "..." or "…" of a truncated headline. */
const stem = (line: string): string => line.replace(/\s*(?:\.\.\.|…)\s*$/, '');

function findTitle(lines: readonly string[], stopAt: number): string {
  let fallback: string | undefined;
  for (let i = 0; i < lines.length && i <= stopAt; i++) {
    const line = lines[i];
    if (isFurniture(line)) continue;
    fallback ??= line;
    if (i === stopAt) break; // the dateline paragraph is the story, not its headline
    if (line.length > 250) continue;
    const n = words(line).length;
    if (n < 2 || n > 30) continue;
    return fullerVersion(line, lines, i);
  }
  return fallback ? truncate(fallback, 120) : '';
}

/** A later line in the head that repeats this headline at greater length (sites print a truncated teaser first). */
function fullerVersion(line: string, lines: readonly string[], index: number): string {
  const prefix = normalize(stem(line));
  if (prefix.length < 10) return line;
  let best = line;
  for (let j = index + 1; j < Math.min(lines.length, index + 5); j++) {
    const other = lines[j];
    if (other.length > best.length && other.length <= 300 && normalize(other.slice(0, prefix.length * 2 + 8)).startsWith(prefix)) best = other;
  }
  return best === line ? line : best;
}

function truncate(s: string, max: number): string {
  if (s.length <= max) return s;
  const cut = s.lastIndexOf(' ', max);
  return `${s.slice(0, cut > max / 2 ? cut : max)}…`;
}

interface Dateline {
  index: number;
  place: string;
  outlet?: string;
  date?: string;
  dateText?: string;
}

/** The first line that opens with a dateline: an upper-case place, then a date or an agency. */
function findDateline(lines: readonly string[]): Dateline | undefined {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!/^[A-Z][A-Z.'\u2019-]/.test(line)) continue; // datelines open with an upper-case place
    let place: string | undefined;
    let month: string | undefined;
    let day: string | undefined;
    let year: string | undefined;
    let agency: string | undefined;
    let whole: string;
    let m = DATELINE_DATED.exec(line);
    if (m) {
      [whole, place, month, day, year] = m;
      agency = m[5] ?? m[6];
    } else if ((m = DATELINE_AGENCY.exec(line))) {
      [whole, place] = m;
      agency = m[2] ?? m[3];
    } else {
      continue;
    }
    // A dateline opens a story: an upper-case place of two letters or more, then text.
    if (place.replace(/[^A-Z]/g, '').length < 2 || whole.length >= line.length) continue;
    const dl: Dateline = { index: i, place: place.trim() };
    if (agency) dl.outlet = agency;
    if (month && day) {
      dl.dateText = `${capitalize(month.replace('.', ''))} ${Number(day)}`;
      if (year) dl.date = iso(Number(year), monthNumber(month), Number(day));
    }
    return dl;
  }
  return undefined;
}

const capitalize = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1).toLowerCase();

/** "Xinhua,March 22, 2018" style lines, and "(Xinhua)"-free heads. */
function findOutletLine(lines: readonly string[], stopAt = lines.length): string | undefined {
  for (let i = 0; i < lines.length && i <= stopAt; i++) {
    const m = OUTLET_DATE.exec(lines[i]);
    if (m && !MONTHS.includes(m[1].toLowerCase())) return m[1];
  }
  return undefined;
}

/** The first full date (with a year) in the head, up to the dateline. */
function findDate(lines: readonly string[], stopAt = lines.length): string | undefined {
  for (let i = 0; i < lines.length && i <= stopAt; i++) {
    const line = lines[i];
    let m = ISO_DATE.exec(line);
    if (m) {
      const d = iso(Number(m[1]), Number(m[2]), Number(m[3]));
      if (d) return d;
    }
    m = MONTH_DAY_YEAR.exec(line);
    if (m) {
      const d = iso(Number(m[3]), monthNumber(m[1]), Number(m[2]));
      if (d) return d;
    }
    m = DAY_MONTH_YEAR.exec(line);
    if (m) {
      const d = iso(Number(m[3]), monthNumber(m[2]), Number(m[1]));
      if (d) return d;
    }
  }
  return undefined;
}

function monthNumber(name: string): number {
  const key = name.toLowerCase().slice(0, 3);
  return MONTHS.findIndex((m) => m.startsWith(key)) + 1;
}

function iso(year: number, month: number, day: number): string | undefined {
  if (!(year >= 1000 && year <= 9999 && month >= 1 && month <= 12 && day >= 1)) return undefined;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > days) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** An attribute date in ISO or a written form, as YYYY-MM-DD; undefined if it is not a date. */
function normalizeDate(value: string | undefined): string | undefined {
  if (!value) return undefined;
  return findDate([value]);
}
