#!/usr/bin/env node
// Converts the TRAIN split of the PolNeAR corpus (github networkdynamics/PolNeAR: US political
// news, 2015-16, with hand-annotated attributions as source / cue / content spans in brat
// standoff, plus automatic CoreNLP xml) into gold JSONL for shared/eval/score.mjs: one
// document a line, {"id","text","quotes":[{"start","end","text","speaker","aliases","kind",...}]}.
//
// RULES (read before running):
//   * Run it on the train split ONLY. PolNeAR's dev and test splits (data/dev, data/test: the
//     11th and 12th month of coverage) must never be read, converted or looked at; this script
//     reads nothing but data/train/{text,attributions,corenlp} and refuses any article dated
//     outside the train period (2015-11-08 .. 2016-09-07).
//   * Its output contains PolNeAR article text: write it OUTSIDE the repo and never commit it.
//
// Usage:
//   node scripts/eval/polnear-to-gold.mjs SOURCE OUT.jsonl [options]
//     SOURCE  a bare git dir of the PolNeAR repo (read with `git ls-tree` / `git cat-file`),
//             or an extracted folder: the repo root, its data/ folder, or data/train itself.
//   --sample-out PATH   also write a deterministic sample (stratified by publisher, ordered by a
//                       hash of the id) to PATH;  --sample-size N (default 100)
//   --strict-direct     quoted segments of attributions whose content is only partly quoted get
//                       kind "mixed" (not required for recall) instead of "direct"
//   --unattributed-as-mixed  also emit quoted segments that are in no attribution (scare quotes,
//                       titles, missed annotations) as kind "mixed", so finding them is not
//                       counted as a false positive
//   --quiet             no statistics on stderr
//
// What counts as a gold quote: the article's quoted segments (text between matching quote
// marks: “ ” " '' at top level, ‘ ’ ' only outside double quotes), marks excluded, punctuation
// inside the marks kept. A segment whose words lie (>= 90%) in one attribution's content is a
// quote of that attribution's source: kind "direct". Segments only partly inside an annotated
// content (annotation boundary disagrees with the marks), or inside a span the annotator
// flagged "Discuss", get kind "mixed" (score.mjs then neither requires nor penalises them).
// Speakers: the source span's head (CoreNLP basic dependencies); a named head (NER or NNP)
// gives the name; a pronoun or common-noun head is resolved through CoreNLP's (automatic)
// coreference chain to the nearest named mention; failing that the source text is kept with
// sourceStart/sourceEnd (and speakerResolution "unresolved-pronoun" for pronouns, which
// score.mjs leaves out of speaker scoring). Attributions without a source get speaker null.
// Articles annotated by several annotators: the annotation with the most attributions is used.
// Each quote also carries "polnear" (attribution id, annotator, why it is in, coverage, the raw
// source text, how the speaker was found) for debugging; score.mjs ignores it.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';

const TRAIN_FIRST_DAY = '2015-11-08';
const TRAIN_LAST_DAY = '2016-09-07';
const COVERED = 0.9; // share of a segment's characters inside one content to call it attributed
const TOUCHED = 0.2; // below this share the segment is taken as not attributed at all

const PRONOUNS = new Set(['i', 'me', 'we', 'us', 'you', 'he', 'him', 'she', 'her', 'it', 'they', 'them',
  'who', 'whom', 'which', 'that', 'this', 'these', 'those', 'one', 'someone', 'somebody', 'some',
  'many', 'others', 'both', 'all', 'everyone', 'anyone', 'each', 'myself', 'himself', 'herself',
  'themselves', 'ourselves', 'itself']);
const NAMED_NER = new Set(['PERSON', 'ORGANIZATION', 'LOCATION', 'MISC']);
const TITLE_WORD = /^(?:mr|mrs|ms|dr|sen|rep|gov|lt|gen|col|sgt|rev|hon|prof|pres|sec|sir|senator|president|governor|secretary|speaker|chairman|chief|the)\.?$/i;
const TITLE_RE = /^(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Lt|Gen|Col|Sgt|Rev|Hon|Prof|Pres|Sec)\.?|Sir|Senator|President|Governor|Secretary|Speaker)\s+(?=\S)/;

// ---------------------------------------------------------------------------------------------
main();

function main() {
  const { positional, flags } = parseArgs(process.argv.slice(2));
  if (positional.length !== 2) {
    console.error('usage: polnear-to-gold.mjs SOURCE OUT.jsonl [--sample-out PATH] [--sample-size N] [--strict-direct] [--unattributed-as-mixed] [--quiet]');
    process.exit(2);
  }
  const [source, out] = positional;
  const reader = openSource(source);
  const stats = newStats();
  const docs = [];
  for (const name of reader.articleNames()) {
    const date = name.split('_')[1] ?? '';
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || date < TRAIN_FIRST_DAY || date > TRAIN_LAST_DAY) {
      throw new Error(`${name}: dated outside the train period; refusing (is this really data/train?)`);
    }
    const text = reader.text(name);
    // brat offsets count code points, JavaScript's UTF-16 units: equal only without astral
    // characters, which the train split has none of; stop rather than shift spans silently
    if (/[\u{10000}-\u{10FFFF}]/u.test(text)) throw new Error(`${name}: astral characters; offsets would need mapping`);
    const ann = chooseAnnotation(reader.annotations(name));
    const xml = reader.corenlp(name);
    docs.push(convertArticle(name, text, ann, xml, flags, stats));
  }
  docs.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  writeJsonl(out, docs);
  stats.docs = docs.length;
  if (flags['sample-out']) {
    const sample = pickSample(docs, Number(flags['sample-size'] ?? 100));
    writeJsonl(flags['sample-out'], sample);
    stats.sampleDocs = sample.length;
    stats.sampleQuotes = sample.reduce((n, d) => n + d.quotes.length, 0);
    stats.sampleDirect = sample.reduce((n, d) => n + d.quotes.filter((q) => q.kind === 'direct').length, 0);
  }
  if (!flags.quiet) console.error(JSON.stringify(stats, null, 1));
}

function newStats() {
  return {
    docs: 0, docsWithQuotes: 0, multiAnnotated: 0, noCorenlp: 0, quotedSegments: 0, direct: 0, mixed: 0,
    directFromFullyQuotedContent: 0, directFromPartlyQuotedContent: 0,
    mixedPartialOverlap: 0, mixedDiscuss: 0, mixedStrict: 0, mixedUnattributed: 0, unattributedSegments: 0,
    speaker: { named: 0, corefNamed: 0, nominal: 0, unresolvedPronoun: 0, noSource: 0 },
  };
}

// ---------------------------------------------------------------------------------------------
// Input: a bare git dir or a folder. Only data/train is ever listed or read.

function openSource(source) {
  if (existsSync(join(source, 'HEAD')) && existsSync(join(source, 'objects'))) return gitSource(source);
  for (const dir of [join(source, 'data', 'train'), join(source, 'train'), source]) {
    if (existsSync(join(dir, 'text')) && existsSync(join(dir, 'attributions'))) {
      if (basename(dir) !== 'train') throw new Error(`${dir}: not a train folder; this converter reads the train split only`);
      return folderSource(dir);
    }
  }
  throw new Error(`${source}: neither a PolNeAR git dir nor a folder holding data/train/{text,attributions}`);
}

function gitSource(gitDir) {
  const git = (args, opts = {}) => {
    const r = spawnSync('git', ['--git-dir', gitDir, ...args], { maxBuffer: 1 << 28, ...opts });
    if (r.status !== 0) return null;
    return r.stdout;
  };
  const listing = git(['ls-tree', '-r', 'HEAD', '--', 'data/train/'], { encoding: 'utf8' });
  if (listing == null) throw new Error(`${gitDir}: git ls-tree failed`);
  const blobs = new Map();
  for (const line of listing.split('\n')) {
    const m = line.match(/^\d+ blob ([0-9a-f]+)\t(data\/train\/.+)$/);
    if (m) blobs.set(m[2], m[1]);
  }
  const read = (path) => {
    const sha = blobs.get(path);
    if (!sha) return null;
    const buf = git(['cat-file', 'blob', sha]);
    return buf == null ? null : buf.toString('utf8'); // a blob absent from a partial mirror reads as null
  };
  return {
    articleNames: () => [...blobs.keys()].filter((p) => p.startsWith('data/train/text/') && p.endsWith('.txt'))
      .map((p) => p.slice('data/train/text/'.length, -4)).sort(),
    text: (name) => mustHave(read(`data/train/text/${name}.txt`), name),
    annotations: (name) => [...blobs.keys()]
      .filter((p) => p.startsWith('data/train/attributions/') && annotatorOf(p.slice('data/train/attributions/'.length), name))
      .sort().map((p) => ({ annotator: annotatorOf(basename(p), name), body: read(p) ?? '' })),
    corenlp: (name) => read(`data/train/corenlp/${name}.txt.xml`),
  };
}

function folderSource(dir) {
  const readIf = (path) => (existsSync(path) && statSync(path).isFile() ? readFileSync(path, 'utf8') : null);
  const annFiles = readdirSync(join(dir, 'attributions')).sort();
  return {
    articleNames: () => readdirSync(join(dir, 'text')).filter((f) => f.endsWith('.txt')).map((f) => f.slice(0, -4)).sort(),
    text: (name) => mustHave(readIf(join(dir, 'text', `${name}.txt`)), name),
    annotations: (name) => annFiles.filter((f) => annotatorOf(f, name))
      .map((f) => ({ annotator: annotatorOf(f, name), body: readFileSync(join(dir, 'attributions', f), 'utf8') })),
    corenlp: (name) => readIf(join(dir, 'corenlp', `${name}.txt.xml`)),
  };
}

function annotatorOf(file, name) {
  const m = file.match(/^(.*)_([0-9a-f]+)\.ann$/);
  return m && m[1] === name ? m[2] : null;
}

function mustHave(x, name) {
  if (x == null) throw new Error(`${name}: text missing`);
  return x;
}

// Some articles were annotated by several annotators (agreement checks). Keep one annotation,
// deterministically: the one with the most attributions, ties to the smallest annotator id.
function chooseAnnotation(files) {
  const parsed = files.map((f) => ({ annotator: f.annotator, ...parseAnn(f.body), count: files.length }));
  parsed.sort((a, b) => b.attributions.length - a.attributions.length || (a.annotator < b.annotator ? -1 : 1));
  return parsed[0] ?? { annotator: null, attributions: [], discuss: [], count: 0 };
}

// brat standoff: "T12\tContent 10 20;25 40\ttext" and "E3\tAttribution:T4 Source:T1 Cue:T2 Content:T3".
// A span text holding a newline spills onto the next lines; only lines starting with an id count.
function parseAnn(body) {
  const spans = new Map();
  const events = [];
  for (const line of body.split('\n')) {
    const t = line.match(/^(T\d+)\t(\S+) ([\d ;]+)\t/);
    if (t) {
      const frags = t[3].split(';').map((f) => f.trim().split(/\s+/).map(Number)).filter((f) => f.length === 2 && f[1] > f[0]);
      spans.set(t[1], { label: t[2], frags });
      continue;
    }
    const e = line.match(/^(E\d+)\t(.*)$/);
    if (e) {
      const roles = {};
      for (const part of e[2].trim().split(/\s+/)) {
        const [role, ref] = part.split(':');
        if (role && ref) (roles[role.replace(/\d+$/, '')] ??= []).push(ref);
      }
      events.push({ id: e[1], roles });
    }
  }
  const fragsOf = (ids) => (ids ?? []).flatMap((id) => spans.get(id)?.frags ?? []).sort((a, b) => a[0] - b[0]);
  const attributions = events.map((ev) => ({
    id: ev.id,
    source: fragsOf(ev.roles.Source),
    cue: fragsOf(ev.roles.Cue),
    content: fragsOf(ev.roles.Content),
  })).filter((a) => a.content.length);
  const discuss = [...spans.values()].filter((s) => s.label === 'Discuss').flatMap((s) => s.frags);
  return { attributions, discuss };
}

// ---------------------------------------------------------------------------------------------
// One article

function convertArticle(name, text, ann, xml, flags, stats) {
  if (ann.count > 1) stats.multiAnnotated++;
  const nlp = xml ? parseCoreNlp(xml, text) : null;
  if (!nlp) stats.noCorenlp++;
  const owner = new Int32Array(text.length).fill(-1); // attribution index owning the char as content
  ann.attributions.forEach((a, ai) => {
    for (const [s, e] of a.content) for (let i = s; i < Math.min(e, text.length); i++) if (owner[i] < 0) owner[i] = ai;
  });
  const discussed = new Uint8Array(text.length);
  for (const [s, e] of ann.discuss) discussed.fill(1, s, Math.min(e, text.length));

  const segments = findQuotedSegments(text);
  const quotedChars = new Uint8Array(text.length);
  for (const g of segments) quotedChars.fill(1, g.open, g.close);

  const speakers = new Map();
  const speakerOf = (ai) => {
    if (!speakers.has(ai)) speakers.set(ai, resolveSpeaker(ann.attributions[ai], text, nlp, quotedChars, stats));
    return speakers.get(ai);
  };
  const quotes = [];
  for (const g of segments) {
    stats.quotedSegments++;
    const counts = new Map();
    let n = 0, disc = 0;
    for (let i = g.start; i < g.end; i++) {
      if (/\s/.test(text[i])) continue;
      n++;
      if (owner[i] >= 0) counts.set(owner[i], (counts.get(owner[i]) ?? 0) + 1);
      if (discussed[i]) disc++;
    }
    if (!n) continue;
    let best = -1, bestCount = 0;
    for (const [ai, c] of counts) if (c > bestCount || (c === bestCount && ai < best)) { best = ai; bestCount = c; }
    const share = bestCount / n;
    let kind, why;
    if (share >= COVERED) {
      const full = contentFullyQuoted(ann.attributions[best], text, quotedChars);
      kind = flags['strict-direct'] && !full ? 'mixed' : 'direct';
      why = full ? 'content fully quoted' : 'content partly quoted';
      if (kind === 'direct') stats[full ? 'directFromFullyQuotedContent' : 'directFromPartlyQuotedContent']++;
      else stats.mixedStrict++;
    } else if (share >= TOUCHED) {
      kind = 'mixed'; why = 'segment partly inside content';
      stats.mixedPartialOverlap++;
    } else if (disc / n >= 0.5) {
      kind = 'mixed'; why = 'inside a Discuss span'; best = -1;
      stats.mixedDiscuss++;
    } else {
      stats.unattributedSegments++;
      if (!flags['unattributed-as-mixed']) continue;
      kind = 'mixed'; why = 'not in any attribution'; best = -1;
      stats.mixedUnattributed++;
    }
    const a = best >= 0 ? ann.attributions[best] : null;
    const spk = a ? speakerOf(best) : { speaker: null, aliases: [] };
    const q = { start: g.start, end: g.end, text: text.slice(g.start, g.end), speaker: spk.speaker, aliases: spk.aliases, kind };
    if (spk.speakerCanonical) q.speakerCanonical = spk.speakerCanonical;
    if (spk.sourceStart != null) { q.sourceStart = spk.sourceStart; q.sourceEnd = spk.sourceEnd; }
    if (spk.speakerResolution) q.speakerResolution = spk.speakerResolution;
    q.polnear = {
      attribution: a ? a.id : null, annotator: ann.annotator, why, coverage: Math.round(share * 100) / 100,
      source: a && a.source.length ? a.source.map(([s, e]) => text.slice(s, e)).join(' … ') : null,
      resolvedBy: spk.how ?? null,
    };
    quotes.push(q);
    stats[kind]++;
  }
  if (quotes.some((q) => q.kind === 'direct')) stats.docsWithQuotes++;
  return { id: `polnear_${name}.txt`, text, quotes };
}

// Is every word of the attribution's content inside quote marks?
function contentFullyQuoted(a, text, quotedChars) {
  for (const [s, e] of a.content) {
    for (let i = s; i < Math.min(e, text.length); i++) {
      if (!quotedChars[i] && /[\p{L}\p{N}]/u.test(text[i])) return false;
    }
  }
  return true;
}

// ---------------------------------------------------------------------------------------------
// Quoted segments. Double marks: “ ” „ " and '' (the NYT files use two apostrophes), paired per
// paragraph; a quote left open at a paragraph's end counts up to that end when the next
// paragraph reopens it (the multi-paragraph convention) or it opened the paragraph. Single marks
// ‘ ’ ' are paired only outside double quotes, and only a mark that cannot be an apostrophe.
// Returns {open, close} (just inside the marks) and {start, end} (whitespace trimmed).

function findQuotedSegments(original) {
  // the tweet embeds carry markup (<tweet id="..." author="...">): its quote marks are no quotes
  const text = original.replace(/<\/?(?:tweet|a)\b[^>]*>/g, (tag) => tag.replace(/["'“”‘’]/g, '_'));
  const out = [];
  const emit = (s, e) => {
    let a = s, b = e;
    while (a < b && /\s/.test(text[a])) a++;
    while (b > a && /\s/.test(text[b - 1])) b--;
    if (/[\p{L}\p{N}]/u.test(text.slice(a, b))) out.push({ open: s, close: e, start: a, end: b });
  };
  const paras = [];
  const re = /[^\n]+/g;
  let m;
  while ((m = re.exec(text))) paras.push([m.index, m.index + m[0].length]);
  let pending = null; // a quote the previous paragraph left open: [from, to, openedThatParagraph]
  for (const [ps, pe] of paras) {
    const marks = [];
    const dq = /“|”|„|''|‘‘|’’|"|‘|’|'/g;
    dq.lastIndex = ps;
    while ((m = dq.exec(text)) && m.index < pe) marks.push({ at: m.index, len: m[0].length, ch: m[0] });
    const doubles = marks.filter((k) => k.len === 2 || '“”„"'.includes(k.ch));
    const segs = [];
    if (pending) {
      const k0 = doubles[0];
      const r0 = k0 ? markRole(text, k0, ps, pe) : null;
      if (r0 === 'close') { // the quote ran over a line break and closes here
        emit(pending[0], pending[1]);
        segs.push([ps, k0.at]);
        doubles.shift();
      } else if (r0 && !text.slice(ps, k0.at).trim()) { // reopened: the multi-paragraph convention
        emit(pending[0], pending[1]);
      } else if (pending[2]) {
        emit(pending[0], pending[1]);
      }
      pending = null;
    }
    let open = null;
    for (const k of doubles) {
      const role = markRole(text, k, ps, pe);
      if (!open) {
        if (role !== 'close') open = k;
      } else if (role === 'open') {
        open = k; // the earlier mark never closed
      } else {
        segs.push([open.at + open.len, k.at]);
        open = null;
      }
    }
    const masked = [...segs];
    if (open) {
      pending = [open.at + open.len, pe, !text.slice(ps, open.at).trim()];
      masked.push([pending[0], pe]);
    }
    const inDouble = (i) => masked.some(([s, e]) => i >= s - 1 && i <= e);
    const singles = marks.filter((k) => k.len === 1 && '‘’\''.includes(k.ch) && !inDouble(k.at));
    for (let i = 0; i < singles.length; i++) {
      const k = singles[i];
      if (singleRole(text, k, ps, pe) !== 'open') continue;
      for (let j = i + 1; j < singles.length; j++) {
        const c = singles[j];
        const r = singleRole(text, c, ps, pe);
        if (r === 'open') break;
        if (r === 'close' && (c.ch === '\'') === (k.ch === '\'')) {
          if (!segs.some(([s, e]) => s < c.at && k.at < e)) segs.push([k.at + 1, c.at]);
          i = j;
          break;
        }
      }
    }
    for (const [s, e] of segs) emit(s, e);
  }
  if (pending && pending[2]) emit(pending[0], pending[1]);
  return out.sort((x, y) => x.start - y.start);
}

function markRole(text, k, ps, pe) {
  const before = k.at > ps ? text[k.at - 1] : ' ';
  const after = k.at + k.len < pe ? text[k.at + k.len] : ' ';
  const leftEdge = /[\s([{\u2014\u2013\-/“‘>\u200b-\u200f\u202a-\u202e]/.test(before);
  const rightEdge = /[\s)\]}.,;:!?\u2014\u2013\-”’]/.test(after);
  // curly marks say what they are, unless a typo is plain from the context ("review“ of")
  if (k.ch === '“' || k.ch === '„' || k.ch === '‘‘') return !leftEdge && rightEdge ? 'close' : 'open';
  if (k.ch === '”' || k.ch === '’’') return leftEdge && !rightEdge ? 'open' : 'close';
  if (leftEdge && !rightEdge) return 'open';
  if (!leftEdge && rightEdge) return 'close';
  return 'either';
}

function singleRole(text, k, ps, pe) {
  const before = k.at > ps ? text[k.at - 1] : ' ';
  const after = k.at + 1 < pe ? text[k.at + 1] : ' ';
  const word = /[\p{L}\p{N}]/u;
  if (word.test(before) && word.test(after)) return 'apostrophe'; // don’t, Trump’s
  const leftEdge = /[\s([{\u2014\u2013\-/“"]/.test(before);
  if (k.ch !== '’' && leftEdge && /[\p{L}\p{N}$]/u.test(after)) {
    if (k.ch === '\'' && /^'(s|t|em|cause|til|n|\d0s|\d\d)\b/i.test(text.slice(k.at, k.at + 7))) return 'apostrophe';
    return 'open';
  }
  if (k.ch !== '‘' && !/\s/.test(before) && /[\s)\]}.,;:!?\u2014\u2013\-”"]/.test(after)) return 'close';
  return 'other';
}

// ---------------------------------------------------------------------------------------------
// CoreNLP xml: tokens (offsets, POS, NER), basic-dependency heads, coreference chains.

function parseCoreNlp(xml, text) {
  const tokens = [];
  const sentStart = [];
  const sentRe = /<sentence id="(\d+)">([\s\S]*?)<\/sentence>/g;
  let sm;
  while ((sm = sentRe.exec(xml))) {
    const body = sm[2];
    if (!body.includes('<tokens>')) continue; // the <sentence> inside coreference mentions
    const base = tokens.length;
    sentStart.push(base);
    const sent = sentStart.length;
    const tokRe = /<token id="(\d+)">([\s\S]*?)<\/token>/g;
    let tm;
    while ((tm = tokRe.exec(body))) {
      const f = (tag) => (tm[2].match(new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`)) ?? [])[1] ?? '';
      tokens.push({ sent, idx: Number(tm[1]), s: Number(f('CharacterOffsetBegin')), e: Number(f('CharacterOffsetEnd')),
        word: unescapeXml(f('word')), pos: f('POS'), ner: f('NER'), gov: -1, rel: '' });
    }
    const deps = body.match(/<dependencies type="basic-dependencies">([\s\S]*?)<\/dependencies>/);
    if (deps) {
      const depRe = /<dep type="([^"]*)">\s*<governor idx="(\d+)"[^>]*>[\s\S]*?<\/governor>\s*<dependent idx="(\d+)"/g;
      let dm;
      while ((dm = depRe.exec(deps[1]))) {
        const t = tokens[base + Number(dm[3]) - 1];
        if (t) { t.gov = Number(dm[2]) === 0 ? -1 : base + Number(dm[2]) - 1; t.rel = dm[1]; }
      }
    }
  }
  // offsets must agree with the text, else the xml belongs to another version of the article
  const agree = tokens.slice(0, 50).filter((t) => text.slice(t.s, t.e) === t.word).length;
  if (tokens.length && agree < Math.min(25, tokens.length) * 0.5) return null;
  const chains = [];
  const corefBlock = xml.match(/<coreference>\s*(<coreference>[\s\S]*<\/coreference>)\s*<\/coreference>/);
  if (corefBlock) {
    const chainRe = /<coreference>([\s\S]*?)<\/coreference>/g;
    let cm;
    while ((cm = chainRe.exec(corefBlock[1]))) {
      const mentions = [];
      const mRe = /<mention[^>]*>\s*<sentence>(\d+)<\/sentence>\s*<start>(\d+)<\/start>\s*<end>(\d+)<\/end>\s*<head>(\d+)<\/head>/g;
      let mm;
      while ((mm = mRe.exec(cm[1]))) {
        const base = sentStart[Number(mm[1]) - 1];
        if (base == null) continue;
        mentions.push({ from: base + Number(mm[2]) - 1, to: base + Number(mm[3]) - 1, head: base + Number(mm[4]) - 1 });
      }
      if (mentions.length) chains.push(mentions);
    }
  }
  const chainOfToken = new Map();
  chains.forEach((ms, ci) => ms.forEach((mn) => { if (!chainOfToken.has(mn.head)) chainOfToken.set(mn.head, ci); }));
  return { tokens, chains, chainOfToken };
}

function unescapeXml(s) {
  return s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, '\'').replace(/&amp;/g, '&');
}

// ---------------------------------------------------------------------------------------------
// Speakers

function resolveSpeaker(a, text, nlp, quotedChars, stats) {
  if (!a.source.length) {
    stats.speaker.noSource++;
    return { speaker: null, aliases: [], how: 'no source' };
  }
  const sourceStart = a.source[0][0];
  const sourceEnd = a.source[a.source.length - 1][1];
  const sourceText = a.source.map(([s, e]) => text.slice(s, e)).join(' ').replace(/\s+/g, ' ').trim();
  const inSource = (t) => a.source.some(([s, e]) => t.s < e && s < t.e);
  const toks = nlp ? nlp.tokens.map((_t, i) => i).filter((i) => inSource(nlp.tokens[i])) : [];
  const keepSpan = (how, resolution) => {
    stats.speaker[resolution === 'unresolved-pronoun' ? 'unresolvedPronoun' : 'nominal']++;
    const out = { speaker: sourceText, aliases: [], sourceStart, sourceEnd, how };
    if (resolution) out.speakerResolution = resolution;
    return out;
  };
  if (!toks.length) {
    const pron = PRONOUNS.has(sourceText.toLowerCase());
    return keepSpan('no CoreNLP tokens', pron ? 'unresolved-pronoun' : null);
  }
  const T = nlp.tokens;
  let head = spanHead(T, toks);
  let via = '';
  // "..., who said": the relative pronoun stands for the noun the clause hangs on
  for (let hop = 0; hop < 2 && /^W/.test(T[head].pos); hop++) {
    const v = T[head].gov;
    if (v < 0 || !/^acl:relcl|^rcmod/.test(T[v].rel) || T[v].gov < 0) break;
    head = T[v].gov;
    via = ` via "${T[head].word}"`;
  }
  // "One of the university's top executives, Michael Sexton", "Former prosecutor and Mayor Rudy
  // Giuliani": a name in apposition (or conjoined, by a misparse) names it; not a compound
  // modifier ("the Clinton campaign") nor a possessive or a prepositional object
  if (!isNamed(T[head])) {
    const appos = toks.find((i) => T[i].gov === head && /^(appos|conj|dep|flat|name)/.test(T[i].rel) && isNamed(T[i]));
    if (appos != null) { head = appos; via += ` via apposition "${T[head].word}"`; }
  }
  const ht = T[head];
  const form = isNamed(ht) ? nameAround(T, head, inSource(ht) ? toks : [head]) : { name: '' };
  if (form.name) {
    stats.speaker.named++;
    return { ...canonical(form, head, nlp), how: `named source${via}` };
  }
  const pronoun = /^(PRP|PRP\$|WP|WDT|DT)$/.test(ht.pos) || PRONOUNS.has(ht.word.toLowerCase());
  // a pronoun or common-noun head: the nearest coreferent named mention outside quotations
  // (CoreNLP's chains are automatic, and names inside quotes are often epithets: "Lyin' Ted"),
  // NER-tagged ones first
  const ci = nlp.chainOfToken.get(head) ?? firstChain(nlp, toks);
  if (ci != null) {
    const quoted = (i) => quotedChars[T[i].s] === 1;
    const named = nlp.chains[ci].filter((mn) => isNamed(T[mn.head]) && !inSource(T[mn.head]) && !quoted(mn.head));
    const person = /^(he|him|his|she|her)$/i.test(ht.word);
    const usable = named.filter((mn) => (!person || T[mn.head].ner === 'PERSON' || T[mn.head].ner === 'O') &&
      nameAround(T, mn.head, range(mn.from, mn.to)).name);
    if (usable.length) {
      const key = (mn) => [T[mn.head].ner === 'O' ? 1 : 0, rank(mn.head, head)];
      usable.sort((x, y) => cmp(key(x), key(y)));
      const mn = usable[0];
      stats.speaker.corefNamed++;
      const out = canonical(nameAround(T, mn.head, range(mn.from, mn.to)), mn.head, nlp);
      return { ...out, how: `coref from "${sourceText}"${via}` };
    }
  }
  // a named modifier inside a nominal source ("the Clinton campaign", "Trump's spokeswoman")
  // is not the speaker: keep the span
  return keepSpan(pronoun ? 'unresolved pronoun' : `nominal source${via}`, pronoun ? 'unresolved-pronoun' : null);
}

function cmp(x, y) {
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return x[i] - y[i];
  return 0;
}

// nearest preceding mention first, then following ones
function rank(i, pos) {
  return i < pos ? pos - i : 1e6 + (i - pos);
}

function firstChain(nlp, toks) {
  for (const i of toks) if (nlp.chainOfToken.has(i)) return nlp.chainOfToken.get(i);
  return null;
}

function range(a, b) {
  const r = [];
  for (let i = a; i < b; i++) r.push(i);
  return r;
}

function isNamed(t) {
  return NAMED_NER.has(t.ner) || (t.ner === 'O' && /^NNPS?$/.test(t.pos));
}

// head of a token set: a token whose governor lies outside the set
function spanHead(tokens, idx) {
  const set = new Set(idx);
  const heads = idx.filter((i) => !set.has(tokens[i].gov) && !/^(,|\.|:|-LRB-|-RRB-|``|'')$/.test(tokens[i].pos));
  // several (a misparse splits the phrase): a person's name, then any name, then a noun
  const person = heads.filter((i) => tokens[i].ner === 'PERSON');
  const named = heads.filter((i) => isNamed(tokens[i]));
  const nouns = heads.filter((i) => /^(NN|PRP|WP|CD|DT)/.test(tokens[i].pos));
  return (person[0] ?? named[0] ?? nouns[0] ?? heads[0] ?? idx[idx.length - 1]);
}

// the name run around a token: same NER label (or, for NER O, NNP tags), within the allowed
// tokens; titles and a trailing possessive dropped
function nameAround(tokens, i, allowed) {
  const first = nameRun(tokens, i, allowed);
  if (first.name) return first;
  // the head was a title ("President Obama" headed by "President"): take the name beside it
  const order = ['PERSON', 'ORGANIZATION'];
  const alt = allowed.filter((j) => j !== i && isNamed(tokens[j]) && !TITLE_WORD.test(tokens[j].word))
    .sort((x, y) => ((order.indexOf(tokens[x].ner) + 3) % 3) - ((order.indexOf(tokens[y].ner) + 3) % 3) || x - y)[0];
  return alt != null ? nameRun(tokens, alt, allowed) : first;
}

function nameRun(tokens, i, allowed) {
  const ok = new Set(allowed);
  const t = tokens[i];
  const same = (j) => ok.has(j) && tokens[j].sent === t.sent &&
    (t.ner !== 'O' ? tokens[j].ner === t.ner : /^NNPS?$/.test(tokens[j].pos) && tokens[j].ner === 'O');
  let a = i, b = i;
  while (same(a - 1)) a--;
  while (same(b + 1)) b++;
  let name = tokens.slice(a, b + 1).map((u, k, arr) => (k ? (arr[k - 1].e < u.s ? ' ' : '') : '') + u.word).join('');
  name = name.replace(/\s*['’]s$/, '').replace(/^(the|The)\s+/, '');
  while (TITLE_RE.test(name)) name = name.replace(TITLE_RE, '');
  if (name.split(/\s+/).every((w) => TITLE_WORD.test(w))) name = ''; // only a title ("Mr.", "President")
  return { name, ner: t.ner };
}

// Speaker = the longest named form of the same chain that extends the mention's name
// ("Peskov" -> "Dmitry Peskov"), unless the chain holds rival extensions ("Clinton" with both
// "Hillary Clinton" and "Bill Clinton": then the mention's own name stays). Aliases: the
// shorter forms and, for people, the last name.
function canonical({ name, ner }, head, nlp) {
  const words = (s) => s.toLowerCase().split(/\s+/).filter(Boolean);
  const within = (x, y) => { const wy = new Set(words(y)); return words(x).every((w) => wy.has(w)); };
  const lastOf = (s) => words(s).pop();
  const forms = new Set([name]);
  const ci = nlp.chainOfToken.get(head);
  if (ci != null) {
    for (const mn of nlp.chains[ci]) {
      const t = nlp.tokens[mn.head];
      if (!isNamed(t) || (ner !== 'O' && t.ner !== 'O' && t.ner !== ner)) continue;
      const f = nameAround(nlp.tokens, mn.head, range(mn.from, mn.to)).name;
      if (f && lastOf(f) === lastOf(name) && (within(name, f) || within(f, name))) forms.add(f);
    }
  }
  const longer = [...forms].filter((f) => words(f).length > words(name).length);
  const rivals = longer.some((x) => longer.some((y) => !within(x, y) && !within(y, x)));
  const speaker = rivals || !longer.length ? name : longer.sort((x, y) => y.length - x.length || (x < y ? -1 : 1))[0];
  const aliases = [...forms].filter((f) => f !== speaker && within(f, speaker)).sort();
  if (ner === 'PERSON' && words(speaker).length > 1) aliases.push(speaker.split(/\s+/).pop());
  return { speaker, aliases: uniq(aliases) };
}

function uniq(xs) {
  return [...new Set(xs)];
}

// ---------------------------------------------------------------------------------------------

function pickSample(docs, size) {
  const hash = (s) => createHash('sha1').update(s).digest('hex');
  const groups = new Map();
  for (const d of docs) {
    const pub = d.id.slice('polnear_'.length).split('_')[0];
    if (!groups.has(pub)) groups.set(pub, []);
    groups.get(pub).push(d);
  }
  const lists = [...groups.keys()].sort().map((k) => groups.get(k).sort((a, b) => (hash(a.id) < hash(b.id) ? -1 : 1)));
  const picked = [];
  for (let round = 0; picked.length < size && lists.some((l) => l.length > round); round++) {
    for (const l of lists) if (l[round] && picked.length < size) picked.push(l[round]);
  }
  return picked.sort((a, b) => (a.id < b.id ? -1 : 1));
}

function writeJsonl(path, docs) {
  writeFileSync(path, docs.map((d) => JSON.stringify(d)).join('\n') + '\n');
}

function parseArgs(argv) {
  const positional = [], flags = {};
  const valued = new Set(['sample-out', 'sample-size']);
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith('--')) { positional.push(a); continue; }
    const key = a.slice(2);
    flags[key] = valued.has(key) ? argv[++i] : true;
  }
  return { positional, flags };
}
