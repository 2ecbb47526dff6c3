// Merge Speakers and Rename Speaker, end to end: the quick picks answered as a person would,
// the aliases saved in .news-annotator.yaml (exact bytes), and the Speakers view, hovers,
// highlight colours and Tag Claim's speaker guess following at once; Undo puts it all back.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { NewsAnnotatorApi } from '../../../src/extension/api';
import type { SpeakerNode } from '../../../src/extension/views/speakers/speakersView';
import { newTaxonomyText } from '../../../src/core/annotations';
import {
  TEST_AUTHOR, deterministic, makeCorpus, open, readText, readTextOrUndefined, removeCorpus, restoreDefaults, select,
  setUpAnnotationSuite, sidecarOf, waitFor, workspaceUri, writeText,
} from './annotationHelpers';

const STATE_DEPARTMENT = 'U.S. State Department';
const KIRBY_QUOTE = 'Diplomatic engagement with Russia continues across a wide range of issues';

function label(node: { label?: string | vscode.TreeItemLabel }): string {
  return typeof node.label === 'string' ? node.label : node.label?.label ?? '';
}

describe('Annotations: merge and rename speakers', () => {
  let api: NewsAnnotatorApi;
  let work: vscode.Uri | undefined;
  const taxonomy = () => workspaceUri('.news-annotator.yaml');
  setUpAnnotationSuite((ready) => (api = ready));

  const rows = () => api.speakers.getChildren().filter((n): n is SpeakerNode => n.kind === 'speaker');
  const row = (name: string) => rows().find((n) => label(api.speakers.getTreeItem(n)) === name);
  const quoteCount = (name: string) => {
    const node = row(name);
    return node ? api.speakers.getChildren(node).length : 0;
  };
  const prompt = (kind: string) => waitFor(() => (api.annotations.activePrompt()?.kind === kind ? api.annotations.activePrompt() : undefined), 10_000, `no ${kind} prompt`);

  /** Moves the speakers pick's highlight down to `name`, as the ↓ key does. */
  async function highlight(name: string): Promise<void> {
    const items = (await prompt('speakers')).items;
    assert.ok(items.includes(name), `${name} is not offered: ${items.join(', ')}`);
    for (let step = 0; step <= items.length && api.annotations.activePrompt()?.active !== name; step++) {
      const before = api.annotations.activePrompt()?.active;
      await vscode.commands.executeCommand('workbench.action.quickOpenSelectNext');
      await waitFor(() => api.annotations.activePrompt()?.active !== before, 5000, `the highlight did not move from ${before}`);
    }
    assert.equal(api.annotations.activePrompt()?.active, name);
  }

  async function check(name: string): Promise<void> {
    await highlight(name);
    await vscode.commands.executeCommand('workbench.action.quickPickManyToggle');
    await waitFor(() => api.annotations.activePrompt()?.picked?.includes(name), 5000, `${name} was not checked`);
  }

  async function typeAndAccept(kind: string, text: string): Promise<void> {
    await prompt(kind);
    assert.ok(api.annotations.typeInPrompt(text));
    // A quick pick offers the typed name as its highlighted first item; an input box just holds it.
    await waitFor(() => {
      const shown = api.annotations.activePrompt();
      return shown?.value === text && (shown.active === text || shown.items.length === 0);
    }, 5000, `“${text}” was not typed`);
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
  }

  /** The hovers at `text` in a file, as shown (markdown escapes undone). */
  async function hoverAt(uri: vscode.Uri, text: string): Promise<string> {
    const document = await vscode.workspace.openTextDocument(uri);
    const offset = document.getText().indexOf(text);
    assert.ok(offset >= 0, `not in ${uri.path}: ${text}`);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, document.positionAt(offset + 3));
    return hovers.flatMap((h) => h.contents).map((c) => (typeof c === 'string' ? c : c.value)).join('\n').replace(/\\(.)/g, '$1');
  }

  /** The hover over the mention naming the speaker of `name`'s first quote, as shown (markdown escapes undone). */
  async function speakerHover(uri: vscode.Uri, name: string): Promise<string> {
    const document = await vscode.workspace.openTextDocument(uri);
    const entry = api.model.get(uri)!;
    for (const key of entry.keys) {
      const quote = api.analysis(uri, key)?.quotes.find((q) => q.speaker === name && q.speakerStart !== null);
      if (!quote) continue;
      const position = document.positionAt(entry.article(key)!.bodyStart + quote.speakerStart! + 1);
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position);
      return hovers.flatMap((h) => h.contents).map((c) => (typeof c === 'string' ? c : c.value)).join('\n').replace(/\\(.)/g, '$1');
    }
    throw new Error(`no mention of ${name} in ${uri.path}`);
  }

  /** The colour slots the highlighter gives the quotes of `name` (each revealed in the editor in turn). */
  async function quoteSlots(editor: vscode.TextEditor, name: string): Promise<Set<number>> {
    const uri = editor.document.uri;
    const entry = api.model.get(uri)!;
    const slots = new Set<number>();
    for (const key of entry.keys) {
      const article = entry.article(key)!;
      for (const quote of api.analysis(uri, key)?.quotes.filter((q) => q.speaker === name) ?? []) {
        const range = new vscode.Range(editor.document.positionAt(article.bodyStart + quote.outerStart), editor.document.positionAt(article.bodyStart + quote.outerEnd));
        editor.revealRange(range, vscode.TextEditorRevealType.InCenter);
        const slot = await waitFor(() => {
          api.flushHighlights();
          const found = Object.entries(api.decorations(uri)).find(([k, ranges]) => k.startsWith('quote:') && ranges.some((r) => r.isEqual(range)));
          return found && found[0].slice('quote:'.length);
        }, 5000, `the quote of ${name} at ${range.start.line + 1} is not highlighted`);
        slots.add(Number(slot));
      }
    }
    assert.ok(slots.size > 0, `no quote of ${name} in ${uri.path}`);
    return slots;
  }

  /** The colour of a Speakers view row's icon. */
  function rowColor(name: string): vscode.ThemeColor | undefined {
    return (api.speakers.getTreeItem(row(name)!).iconPath as vscode.ThemeIcon).color;
  }

  before(async function () {
    this.timeout(60_000);
    await deterministic(api, 41);
    work = await makeCorpus(api, 'speaker-aliases.corpus');
    await api.whenIdle();
  });

  after(async function () {
    this.timeout(30_000);
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    await Promise.resolve(vscode.workspace.fs.delete(taxonomy())).catch(() => undefined);
    await waitFor(() => api.model.speakerNaming.isEmpty, 10_000, 'the aliases did not go away with the taxonomy file');
    await removeCorpus(work);
    await restoreDefaults(api);
  });

  it('merges speakers picked in the quick pick into a typed name, everywhere at once', async () => {
    const editor = await open(work!);
    await api.whenIdle();
    const kirbyBefore = quoteCount('John Kirby');
    const washingtonBefore = quoteCount('Washington');
    assert.ok(kirbyBefore >= 3 && washingtonBefore >= 1, `Kirby ${kirbyBefore}, Washington ${washingtonBefore}`);
    assert.equal(await readTextOrUndefined(taxonomy()), undefined, 'the workspace starts without a taxonomy file');
    const [kirbySlot] = await quoteSlots(editor, 'John Kirby');
    const [washingtonSlot] = await quoteSlots(editor, 'Washington');
    assert.notEqual(kirbySlot, washingtonSlot, 'two speakers, two colours before the merge');

    // A tag made before the merge names the speaker as the engine did.
    select(editor, KIRBY_QUOTE);
    const tagged = await vscode.commands.executeCommand<string>('newsAnnotator.tagClaim', { label: 'claim' });
    await api.annotations.whenIdle();
    assert.equal(api.annotations.list(work!).find((v) => v.annotation.id === tagged)?.annotation.speaker, 'John Kirby');

    const running = vscode.commands.executeCommand<{ aliases: Record<string, string>; annotationsUpdated: number } | undefined>(
      'newsAnnotator.mergeSpeakers', { updateAnnotations: true });
    await check('John Kirby');
    await check('Washington');
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    const names = await prompt('speakerName');
    assert.deepEqual(names.items.slice(0, 2), ['John Kirby', 'Washington'], 'the most quoted name is offered first');
    await typeAndAccept('speakerName', STATE_DEPARTMENT);
    const result = await running;
    assert.deepEqual(result?.aliases, { 'John Kirby': STATE_DEPARTMENT, Washington: STATE_DEPARTMENT });

    const written = await readText(taxonomy());
    assert.equal(written, newTaxonomyText([{ alias: 'John Kirby', canonical: STATE_DEPARTMENT }, { alias: 'Washington', canonical: STATE_DEPARTMENT }]));
    assert.ok(written.endsWith(`speakers:\n  aliases:\n    John Kirby: ${STATE_DEPARTMENT}\n    Washington: ${STATE_DEPARTMENT}\n`), written);

    // The Speakers view: one row with the quotes of both, the old rows gone.
    assert.equal(quoteCount(STATE_DEPARTMENT), kirbyBefore + washingtonBefore);
    assert.equal(row('John Kirby'), undefined);
    assert.equal(row('Washington'), undefined);
    assert.match(String(api.speakers.getTreeItem(row(STATE_DEPARTMENT)!).description), new RegExp(`^${kirbyBefore + washingtonBefore} quotes · \\d+ articles$`));

    // Hovers and colours: both mentions are the merged speaker, in one colour.
    const hover = await speakerHover(work!, STATE_DEPARTMENT);
    assert.match(hover, new RegExp(`\\*\\*${STATE_DEPARTMENT}\\*\\*`));
    assert.match(hover, new RegExp(`${kirbyBefore + washingtonBefore} quotes in \\d+ articles`));
    const merged = [...await quoteSlots(editor, STATE_DEPARTMENT)];
    assert.equal(merged.length, 1, `one colour for all their quotes: ${merged.join(', ')}`);
    assert.deepEqual(rowColor(STATE_DEPARTMENT), new vscode.ThemeColor(`newsAnnotator.speaker${merged[0]}`), 'the Speakers view shows the same colour');

    // The annotation tagged before was updated (asked for in the args), and Tag Claim now guesses the merged name.
    assert.equal(result?.annotationsUpdated, 1);
    assert.equal(api.annotations.list(work!).find((v) => v.annotation.id === tagged)?.annotation.speaker, STATE_DEPARTMENT);
    await api.annotations.whenIdle();
    assert.match(await readText(sidecarOf(work!)), new RegExp(`speaker: ${STATE_DEPARTMENT}\\n    author: ${TEST_AUTHOR}`));
    select(editor, "there hasn’t been a break in dialogue");
    const guessed = await vscode.commands.executeCommand<string>('newsAnnotator.tagClaim', { label: 'claim' });
    assert.equal(api.annotations.list(work!).find((v) => v.annotation.id === guessed)?.annotation.speaker, STATE_DEPARTMENT);
  });

  it('undoes the merge: the taxonomy file as it was (none), the annotation\'s speaker, the view', async () => {
    await vscode.commands.executeCommand('newsAnnotator.undoSpeakerAliasChange');
    assert.equal(await readTextOrUndefined(taxonomy()), undefined);
    await waitFor(() => row('John Kirby') && row('Washington'), 5000, 'the speakers did not come back');
    assert.equal(row(STATE_DEPARTMENT), undefined);
    const speakers = api.annotations.list(work!).map((v) => v.annotation.speaker);
    assert.ok(speakers.includes('John Kirby'), speakers.join(', '));
  });

  it('renames a speaker from the Speakers view, keeping their colour; a second rename re-points the first alias', async () => {
    const lavrov = row('Sergey Lavrov');
    assert.ok(lavrov, 'Sergey Lavrov is not in the Speakers view');
    const count = quoteCount('Sergey Lavrov');
    const editor = await open(work!);
    const slots = await quoteSlots(editor, 'Sergey Lavrov');
    const seedsSidecar = await readText(workspaceUri('seeds.corpus.annotations.yaml'));

    // The context-menu action passes the view's node.
    const running = vscode.commands.executeCommand<{ annotationsToUpdate: number } | undefined>('newsAnnotator.renameSpeaker', lavrov);
    const input = await prompt('speakerName');
    assert.equal(input.value, 'Sergey Lavrov', 'the input starts with the current name');
    await typeAndAccept('speakerName', 'Sergei Lavrov');
    const result = await running;
    assert.equal(await readText(taxonomy()), newTaxonomyText([{ alias: 'Sergey Lavrov', canonical: 'Sergei Lavrov' }]));
    assert.equal(quoteCount('Sergei Lavrov'), count);
    assert.equal(row('Sergey Lavrov'), undefined);
    assert.deepEqual(await quoteSlots(editor, 'Sergei Lavrov'), slots, 'a renamed person keeps their colour');
    assert.match(await speakerHover(work!, 'Sergei Lavrov'), /\*\*Sergei Lavrov\*\*/);
    assert.ok(result && result.annotationsToUpdate >= 1, 'the seed sidecar names Sergey Lavrov: an update is offered');
    assert.equal(await readText(workspaceUri('seeds.corpus.annotations.yaml')), seedsSidecar, 'annotations change only when asked');
    assert.match(await hoverAt(workspaceUri('seeds.corpus'), 'we can do little except asking'), /Sergei Lavrov _\(tagged as Sergey Lavrov\)_/,
      'an annotation\'s hover names the speaker as the taxonomy does');

    // Renamed again, to a name YAML must quote: the first alias follows, no chain is left behind.
    const again = vscode.commands.executeCommand('newsAnnotator.renameSpeaker', row('Sergei Lavrov'));
    await typeAndAccept('speakerName', 'Lavrov, Sergei: minister');
    await again;
    const text = await readText(taxonomy());
    assert.ok(text.endsWith('speakers:\n  aliases:\n    Sergey Lavrov: "Lavrov, Sergei: minister"\n    Sergei Lavrov: "Lavrov, Sergei: minister"\n'), text);
    assert.equal(quoteCount('Lavrov, Sergei: minister'), count);
  });

  it('merges the speakers selected in the Speakers view into the most quoted one, adding to the file', async () => {
    const before = await readText(taxonomy());
    const trump = row('Donald Trump')!;
    const treasury = row('U.S. Treasury Department')!;
    const total = quoteCount('Donald Trump') + quoteCount('U.S. Treasury Department');
    // A context-menu action on a multi-selection gets the clicked node and all selected nodes.
    const running = vscode.commands.executeCommand('newsAnnotator.mergeSpeakers', treasury, [trump, treasury]);
    const names = await prompt('speakerName');
    assert.equal(names.active, 'Donald Trump', 'the most quoted name is suggested');
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    await running;
    assert.equal(await readText(taxonomy()), `${before}    U.S. Treasury Department: Donald Trump\n`, 'only a line is added');
    assert.equal(quoteCount('Donald Trump'), total);
  });

  it('follows aliases edited by hand in the taxonomy file', async () => {
    const count = quoteCount('Dmitry Peskov');
    await writeText(taxonomy(), `${await readText(taxonomy())}    Dmitry Peskov: Kremlin spokesman\n`);
    await waitFor(() => row('Kremlin spokesman'), 10_000, 'the edited aliases did not reach the Speakers view');
    assert.equal(quoteCount('Kremlin spokesman'), count);
    assert.match(await speakerHover(work!, 'Kremlin spokesman'), /\*\*Kremlin spokesman\*\*/);
  });

  it('refuses to write a taxonomy file that does not parse, saying where, and leaves it untouched', async () => {
    const broken = 'labels:\n  - id: claim\n    description: d\n    color: purple\n';
    await writeText(taxonomy(), broken);
    await waitFor(() => api.model.speakerNaming.isEmpty, 10_000, 'the invalid taxonomy\'s aliases still apply');
    assert.ok(row('Dmitry Peskov'), 'an invalid taxonomy has no aliases');
    const result = await vscode.commands.executeCommand<{ refused?: string }>('newsAnnotator.renameSpeaker', { speaker: 'Dmitry Peskov', name: 'D. Peskov' });
    assert.match(result?.refused ?? '', /^Cannot save the speaker aliases in \.news-annotator\.yaml \(line 4, column 12: color must be "#rrggbb"\)\. The file was left untouched/);
    assert.equal(await readText(taxonomy()), broken);
    assert.ok(row('Dmitry Peskov'), 'nothing was renamed');
  });
});
