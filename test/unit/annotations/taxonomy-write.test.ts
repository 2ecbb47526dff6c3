// Writing speaker aliases into `.news-annotator.yaml`: only alias lines change, everything else
// (comments included) stays byte for byte; sections are created when missing; odd names are
// quoted so they read back as themselves; a file that does not parse is refused with its place.
import assert from 'node:assert/strict';
import { DEFAULT_TAXONOMY, newTaxonomyText, parseTaxonomy, setSpeakerAliases, type SpeakerAliasChange } from '../../../src/core/annotations';
import { readFixture } from './helpers';

function write(text: string | undefined, ...pairs: Array<[string, string]>): string {
  const result = setSpeakerAliases(text, pairs.map(([alias, canonical]): SpeakerAliasChange => ({ alias, canonical })));
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.text;
}

function aliasesOf(text: string): Record<string, string> {
  const parsed = parseTaxonomy(text);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return { ...parsed.taxonomy.speakerAliases };
}

const LABELS = '# Our labels\nlabels:\n  - id: claim   # the main one\n    description: d\n    color: "#123456"\n';

describe('annotations/taxonomy writer (speaker aliases)', () => {
  it('adds aliases to an existing list, keeping every other byte and comment', () => {
    const before = readFixture('taxonomy/.news-annotator.yaml');
    const after = write(before, ['Lavrov', 'Sergey Lavrov'], ['Mr Lavrov', 'Sergey Lavrov']);
    assert.ok(before.endsWith('    Mr Peskov: Dmitry Peskov\n'));
    assert.equal(after, `${before}    Lavrov: Sergey Lavrov\n    Mr Lavrov: Sergey Lavrov\n`);
    assert.deepEqual(aliasesOf(after), { Peskov: 'Dmitry Peskov', 'Mr Peskov': 'Dmitry Peskov', Lavrov: 'Sergey Lavrov', 'Mr Lavrov': 'Sergey Lavrov' });
  });

  it('changes a value in place, keeping the comment after it, and re-points aliases of a renamed name', () => {
    const before = `${LABELS}speakers:\n  aliases:\n    # merged in review #12\n    Peskov: Dmitry Peskov   # the spokesman\n    Mr Peskov: Dmitry Peskov\n# end of file\n`;
    const after = write(before, ['Dmitry Peskov', 'Dmitry S. Peskov']);
    assert.equal(after, `${LABELS}speakers:\n  aliases:\n    # merged in review #12\n    Peskov: Dmitry S. Peskov   # the spokesman\n    Mr Peskov: Dmitry S. Peskov\n    Dmitry Peskov: Dmitry S. Peskov\n# end of file\n`);
  });

  it('resolves chains and never writes a cycle: renaming back drops the old alias', () => {
    const once = write(`${LABELS}`, ['Peskov', 'Dmitry Peskov']);
    const back = write(once, ['Dmitry Peskov', 'Peskov']);
    assert.deepEqual(aliasesOf(back), { 'Dmitry Peskov': 'Peskov' });
    assert.equal(back, `${LABELS}speakers:\n  aliases:\n    Dmitry Peskov: Peskov\n`);
  });

  it('creates speakers: and aliases: where they are missing, at the file\'s indentation', () => {
    assert.equal(write(LABELS, ['Kirby', 'John Kirby']), `${LABELS}speakers:\n  aliases:\n    Kirby: John Kirby\n`);
    const four = 'labels:\n    - id: claim\n      description: d\n      color: "#123456"';
    assert.equal(write(four, ['Kirby', 'John Kirby']), `${four}\nspeakers:\n    aliases:\n        Kirby: John Kirby\n`);
    const emptySpeakers = `speakers:   # none yet\n${LABELS}`;
    assert.equal(write(emptySpeakers, ['Kirby', 'John Kirby']), `speakers:   # none yet\n  aliases:\n    Kirby: John Kirby\n${LABELS}`);
    const emptyAliases = `${LABELS}speakers:\n  aliases:\n`;
    assert.equal(write(emptyAliases, ['Kirby', 'John Kirby']), `${emptyAliases}    Kirby: John Kirby\n`);
  });

  it('keeps Windows line ends', () => {
    const crlf = LABELS.replace(/\n/g, '\r\n');
    assert.equal(write(crlf, ['Kirby', 'John Kirby']), `${crlf}speakers:\r\n  aliases:\r\n    Kirby: John Kirby\r\n`);
  });

  it('makes a new file with the built-in labels when there is none', () => {
    const text = newTaxonomyText([{ alias: 'Kremlin', canonical: 'Dmitry Peskov' }]);
    const parsed = parseTaxonomy(text);
    assert.ok(parsed.ok);
    assert.deepEqual(parsed.taxonomy.labels, DEFAULT_TAXONOMY.labels);
    assert.deepEqual({ ...parsed.taxonomy.speakerAliases }, { Kremlin: 'Dmitry Peskov' });
    assert.match(text, /^# News Annotator taxonomy/);
    assert.ok(text.endsWith('speakers:\n  aliases:\n    Kremlin: Dmitry Peskov\n'));
    const commentsOnly = '# to be filled in\n';
    assert.ok(write(commentsOnly, ['a', 'b']).startsWith('# to be filled in\nversion: 1\nlabels:\n'));
  });

  it('quotes names that YAML would read otherwise, and reads them back as written', () => {
    const odd = ["O'Brien", 'Spokesman: Kirby', 'Kirby #2', '- dash', 'true', '123', 'null', '@handle', 'Zoë Ångström', '习近平', 'yes', '"quoted"', 'a\\b', '[Reuters]', 'Émile 😀'];
    const pairs = odd.map((name, i): [string, string] => [name, `${odd[(i + 1) % odd.length]} (canonical)`]);
    const text = write(LABELS, ...pairs);
    assert.deepEqual(aliasesOf(text), Object.fromEntries(pairs));
    assert.match(text, /^ {4}O'Brien: "Spokesman: Kirby \(canonical\)"$/m);
    assert.match(text, /^ {4}"true": 123 \(canonical\)$/m);
    assert.match(text, /^ {4}"Kirby #2": "- dash \(canonical\)"$/m);
    assert.match(text, /^ {4}Zoë Ångström: 习近平 \(canonical\)$/m);
  });

  it('writes flow-style aliases through the Document API, keeping comments', () => {
    const before = `${LABELS}speakers: { aliases: { Peskov: Dmitry Peskov } }  # flow\n`;
    const after = write(before, ['Kirby', 'John Kirby']);
    assert.deepEqual(aliasesOf(after), { Peskov: 'Dmitry Peskov', Kirby: 'John Kirby' });
    assert.ok(after.includes('# Our labels') && after.includes('# the main one'), after);
  });

  it('refuses a file that does not parse, saying where, and bad names', () => {
    const broken = setSpeakerAliases('labels:\n  - id: claim\n    color: #123456\n', [{ alias: 'a', canonical: 'b' }]);
    assert.ok(!broken.ok);
    assert.deepEqual(broken.errors.map((e) => [e.line, e.column]), [[2, 11], [1, 4]]);
    const empty = setSpeakerAliases(LABELS, [{ alias: '  ', canonical: 'b' }]);
    assert.ok(!empty.ok && /must not be empty/.test(empty.errors[0].message));
    const long = setSpeakerAliases(LABELS, [{ alias: 'x'.repeat(501), canonical: 'b' }]);
    assert.ok(!long.ok && /at most 500 characters/.test(long.errors[0].message));
  });

  it('changes nothing when the aliases are already there', () => {
    const before = `${LABELS}speakers:\n  aliases:\n    Kirby: John Kirby\n`;
    assert.equal(write(before, ['Kirby', 'John Kirby']), before);
  });
});
