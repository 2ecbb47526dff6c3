// Merge Speakers and Rename Speaker: corpus-wide speaker names, saved as aliases
// (`speakers.aliases`) in the team's taxonomy file beside the labels, so every reviewer, the
// CLI's report and the editor show the same names. Writing the file reloads the taxonomy at
// once; the model then renames speakers in every analysis (nothing is re-analysed), so the
// Speakers view, hovers, highlight colours and Tag Claim's speaker guess follow immediately.
//
// Both work from the palette (pick the speakers, then the name) or from the Speakers view's
// context menu (on one speaker, or on a selection of several for Merge). Every name the
// merged speakers go by (a view row gathers "Dmitry Peskov", "Peskov"...) becomes an alias of
// the chosen name. The notification offers Undo (the taxonomy file as it was, if nobody changed
// it since, and any annotation updates), Open Taxonomy, and, when sidecars hold annotations
// whose `speaker:` is one of the old names, Update N Annotations (through the annotation store:
// undoable, written atomically, held while their corpus has unsaved edits).
//
// Scripts and tests may answer the prompts with an args object:
//   mergeSpeakers { speakers?: string[], name?: string, updateAnnotations?: boolean }
//   renameSpeaker { speaker?: string, name?: string, updateAnnotations?: boolean }
// (speakers by the name the Speakers view shows or any name they go by). The command returns
// { taxonomy, aliases, annotationsToUpdate, annotationsUpdated } once the aliases are saved,
// { refused } with the message shown when the taxonomy file could not be written, and
// undefined when cancelled.
//
// In a multi-root workspace each folder has its own taxonomy (as the CLI reads the nearest one
// above a corpus): the aliases go into the taxonomy of the folder holding the speakers'
// corpora; when they are quoted in several folders, the active corpus's folder if it is one of
// them, else the folder the user picks. Annotations are updated in that folder's sidecars only.
import * as vscode from 'vscode';
import type { SpeakerIndex, WorkspaceSpeaker } from '../../corpus/speakerIndex';
import { SpeakerNode } from '../../views/speakers/speakersView';
import { MAX_SPEAKER_NAME_LENGTH, compileSpeakerAliases, normalizeSpeakerName, type Annotation, type SpeakerAliases } from '../core';
import { restoreTaxonomy, writeSpeakerAliases } from '../settings/taxonomyFile';
import type { CorpusAnnotations } from '../store/corpusAnnotations';
import type { UndoEntry } from '../store/undoStack';
import { info, type CommandContext } from './context';

export const MERGE_SPEAKERS_COMMAND = 'newsAnnotator.mergeSpeakers';
export const RENAME_SPEAKER_COMMAND = 'newsAnnotator.renameSpeaker';
export const UNDO_SPEAKER_ALIASES_COMMAND = 'newsAnnotator.undoSpeakerAliasChange';

interface AliasArgs {
  speakers?: string[];
  speaker?: string;
  name?: string;
  updateAnnotations?: boolean;
}

export interface SpeakerAliasResult {
  taxonomy: string;
  /** The aliases this change added (alias -> canonical name). */
  aliases: Record<string, string>;
  /** Annotations whose `speaker:` holds one of the old names. */
  annotationsToUpdate: number;
  annotationsUpdated: number;
}

/** The taxonomy file was not written; `refused` is the message the user saw. */
export interface SpeakerAliasRefusal {
  refused: string;
}

type Outcome = SpeakerAliasResult | SpeakerAliasRefusal | undefined;

/** One saved change, for its Undo. */
interface AliasChange {
  readonly description: string;
  /** The folder whose taxonomy holds the aliases. */
  readonly folder: vscode.WorkspaceFolder;
  readonly uri: vscode.Uri;
  readonly before: string | undefined;
  readonly after: string;
  readonly annotationUndos: UndoEntry[];
}

interface SpeakerItem extends vscode.QuickPickItem {
  speaker: WorkspaceSpeaker;
}

interface FolderItem extends vscode.QuickPickItem {
  folder: vscode.WorkspaceFolder;
}

function sameFolder(uri: vscode.Uri, folder: vscode.WorkspaceFolder): boolean {
  return vscode.workspace.getWorkspaceFolder(uri)?.uri.toString() === folder.uri.toString();
}

function argsOf(value: unknown): AliasArgs {
  return value && typeof value === 'object' && !(value instanceof SpeakerNode) ? value as AliasArgs : {};
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** Every name a workspace speaker goes by: its row's name and each name its quotes carry. */
function namesOf(speaker: WorkspaceSpeaker): string[] {
  const names = new Set([normalizeSpeakerName(speaker.name)]);
  for (const ref of speaker.quotes) if (ref.quote.speaker) names.add(normalizeSpeakerName(ref.quote.speaker));
  return [...names];
}

class SpeakerAliasCommands {
  private readonly changes: AliasChange[] = [];

  constructor(private readonly ctx: CommandContext, private readonly speakers: SpeakerIndex) {}

  register(): vscode.Disposable {
    return vscode.Disposable.from(
      vscode.commands.registerCommand(MERGE_SPEAKERS_COMMAND, (first?: unknown, selection?: unknown) => this.merge(first, selection)),
      vscode.commands.registerCommand(RENAME_SPEAKER_COMMAND, (first?: unknown) => this.rename(first)),
      vscode.commands.registerCommand(UNDO_SPEAKER_ALIASES_COMMAND, () => this.undo()),
    );
  }

  /** Speakers named in args, by row name or any name they go by; unknown names are reported. */
  private byNames(names: readonly string[]): WorkspaceSpeaker[] | undefined {
    const all = this.speakers.all();
    const found: WorkspaceSpeaker[] = [];
    for (const name of names) {
      const wanted = normalizeSpeakerName(name);
      const speaker = all.find((s) => normalizeSpeakerName(s.name) === wanted) ?? all.find((s) => namesOf(s).includes(wanted));
      if (!speaker) {
        void vscode.window.showErrorMessage(`No speaker called “${name}” in the Speakers view.`);
        return undefined;
      }
      if (!found.includes(speaker)) found.push(speaker);
    }
    return found;
  }

  private fromNodes(...values: unknown[]): WorkspaceSpeaker[] {
    const nodes = values.flatMap((value) => (Array.isArray(value) ? value : [value])).filter((v): v is SpeakerNode => v instanceof SpeakerNode);
    const speakers = nodes.map((node) => this.speakers.get(node.speakerId)).filter((s): s is WorkspaceSpeaker => !!s);
    return [...new Set(speakers)];
  }

  private items(picked: readonly WorkspaceSpeaker[]): SpeakerItem[] {
    return this.speakers.all().map((speaker) => {
      const others = namesOf(speaker).filter((name) => name !== normalizeSpeakerName(speaker.name));
      return {
        speaker,
        label: speaker.name,
        description: `${plural(speaker.quotes.length, 'quote')} · ${plural(speaker.articleCount, 'article')}`,
        detail: others.length ? `also: ${others.join(', ')}` : undefined,
        picked: picked.includes(speaker),
      };
    });
  }

  private async merge(first?: unknown, selection?: unknown): Promise<Outcome> {
    const args = argsOf(first);
    this.speakers.flush();
    let chosen = args.speakers ? this.byNames(args.speakers) : this.fromNodes(first, selection);
    if (!chosen) return undefined;
    if (chosen.length < 2) {
      if (this.speakers.all().length < 2) {
        info('Merge Speakers needs two or more speakers: none to merge yet.');
        return undefined;
      }
      const picked = await this.ctx.prompts.pickMany({
        kind: 'speakers', title: 'Merge Speakers', step: 1, totalSteps: 2, items: this.items(chosen), min: 2,
        placeHolder: 'Check the speakers who are one (Space checks, Enter goes on)',
        tooFew: 'Check two or more speakers (Space checks), then press Enter',
      });
      if (!picked) return undefined;
      chosen = picked.map((item) => item.speaker);
    }
    const byQuotes = [...chosen].sort((a, b) => b.quotes.length - a.quotes.length);
    const suggestions = [...new Set([...byQuotes.map((s) => s.name), ...byQuotes.flatMap(namesOf)])];
    const name = args.name ?? await this.ctx.prompts.pickOrType({
      kind: 'speakerName', title: 'Merge Speakers: the name they go by', step: 2, totalSteps: 2, names: suggestions,
      placeHolder: 'Pick the name to keep, or type another', validate: validateName,
    });
    if (name === undefined) return undefined;
    return this.save(chosen, name, `Merged ${plural(chosen.length, 'speaker')} into “${normalizeSpeakerName(name)}”`, args);
  }

  private async rename(first?: unknown): Promise<Outcome> {
    const args = argsOf(first);
    this.speakers.flush();
    let speaker: WorkspaceSpeaker | undefined = args.speaker !== undefined ? this.byNames([args.speaker])?.[0] : this.fromNodes(first)[0];
    if (args.speaker !== undefined && !speaker) return undefined;
    if (!speaker) {
      if (!this.speakers.all().length) {
        info('No speakers to rename yet.');
        return undefined;
      }
      const item = await this.ctx.prompts.pick({
        kind: 'speakers', title: 'Rename Speaker', step: 1, totalSteps: 2, items: this.items([]), matchOnDescription: true, matchOnDetail: true,
        placeHolder: 'The speaker to rename in the whole corpus',
      });
      if (!item) return undefined;
      speaker = item.speaker;
    }
    const current = speaker.name;
    const name = args.name ?? await this.ctx.prompts.input({
      kind: 'speakerName', title: `Rename “${current}”`, step: 2, totalSteps: 2, value: current,
      prompt: 'The name to use everywhere (saved as an alias in the taxonomy). Enter saves, Escape cancels.',
      validate: (value) => validateName(value) ?? (normalizeSpeakerName(value) === normalizeSpeakerName(current) && namesOf(speaker!).length === 1 ? 'That is the name already.' : undefined),
    });
    if (name === undefined) return undefined;
    return this.save([speaker], name, `Renamed “${current}” to “${normalizeSpeakerName(name)}”`, args);
  }

  /** Saves every other name of the speakers as an alias of `name`, then offers Undo and the annotation update. */
  private async save(chosen: readonly WorkspaceSpeaker[], rawName: string, description: string, args: AliasArgs): Promise<Outcome> {
    const canonical = normalizeSpeakerName(rawName);
    const problem = validateName(canonical);
    if (problem) {
      void vscode.window.showErrorMessage(problem);
      return undefined;
    }
    // In code-unit order: the same merge writes the same lines, whatever order they were picked in.
    const aliases = [...new Set(chosen.flatMap(namesOf))].filter((name) => name !== canonical).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    if (!aliases.length) {
      info(`Nothing to change: “${canonical}” is already the only name.`);
      return undefined;
    }
    const folder = await this.folderOf(chosen);
    if (folder === undefined) return undefined;
    const uri = folder && this.ctx.taxonomy.fileUriFor(folder.uri);
    if (!folder || !uri) {
      void vscode.window.showErrorMessage('Speaker names are saved in the taxonomy file at the root of the corpus\'s workspace folder: open the folder holding the corpus first.');
      return undefined;
    }
    const written = await writeSpeakerAliases(uri, aliases.map((alias) => ({ alias, canonical })));
    if (!written.ok) {
      void vscode.window.showErrorMessage(written.message, ...(written.canOpen ? ['Open Taxonomy'] : [])).then((choice) => {
        if (choice) void vscode.window.showTextDocument(uri);
      });
      return { refused: written.message };
    }
    await this.ctx.taxonomy.reload(folder.uri);
    const change: AliasChange = { description, folder, uri, before: written.before, after: written.after, annotationUndos: [] };
    this.changes.push(change);
    const resolver = compileSpeakerAliases(this.ctx.taxonomy.taxonomyOf(folder).speakerAliases);
    const toUpdate = this.annotationsToRename(resolver, folder);
    const result: SpeakerAliasResult = {
      taxonomy: uri.toString(), aliases: Object.fromEntries(aliases.map((alias) => [alias, canonical])),
      annotationsToUpdate: toUpdate, annotationsUpdated: 0,
    };
    if (args.updateAnnotations) result.annotationsUpdated = await this.renameInAnnotations(resolver, change);
    this.notify(change, resolver, args.updateAnnotations === undefined ? toUpdate : 0, result.annotationsUpdated);
    return result;
  }

  /**
   * The folder whose taxonomy takes the aliases: the one the speakers' corpora are in; across
   * folders, the active corpus's if it is one of them, else the user's pick (undefined: cancelled).
   * null: the corpora are outside every folder, where there is no taxonomy file to write.
   */
  private async folderOf(chosen: readonly WorkspaceSpeaker[]): Promise<vscode.WorkspaceFolder | null | undefined> {
    const folders = new Map<string, vscode.WorkspaceFolder>();
    for (const ref of chosen.flatMap((speaker) => speaker.quotes)) {
      const folder = vscode.workspace.getWorkspaceFolder(ref.uri);
      if (folder) folders.set(folder.uri.toString(), folder);
    }
    if (folders.size <= 1) return [...folders.values()][0] ?? null;
    const editor = vscode.window.activeTextEditor;
    const active = editor && this.ctx.model.forDocument(editor.document) && vscode.workspace.getWorkspaceFolder(editor.document.uri);
    if (active && folders.has(active.uri.toString())) return active;
    const picked = await this.ctx.prompts.pick<FolderItem>({
      kind: 'pick', title: 'Save the speaker names in the taxonomy of', placeHolder: 'These speakers are quoted in several folders: pick the folder whose taxonomy takes the names',
      items: [...folders.values()].map((folder) => ({ folder, label: folder.name, description: this.ctx.taxonomy.fileUriFor(folder.uri)?.path })),
    });
    return picked?.folder;
  }

  private notify(change: AliasChange, resolver: SpeakerAliases, offerUpdate: number, updated: number): void {
    const file = vscode.workspace.asRelativePath(change.uri);
    const done = updated ? `; ${plural(updated, 'annotation')} updated` : '';
    const update = offerUpdate ? `Update ${plural(offerUpdate, 'Annotation')}` : undefined;
    const buttons = ['Undo', 'Open Taxonomy', ...(update ? [update] : [])];
    void vscode.window.showInformationMessage(`${change.description} (aliases saved in ${file}${done}).`, ...buttons).then(async (choice) => {
      if (choice === 'Undo') await this.undo(change);
      else if (choice === 'Open Taxonomy') await vscode.window.showTextDocument(change.uri);
      else if (choice === update) {
        const n = await this.renameInAnnotations(resolver, change);
        info(`${plural(n, 'annotation')} now name the speaker as the taxonomy does.`);
      }
    });
  }

  /** Annotations (in every sidecar of the folder the store holds) naming a speaker by a name that is now an alias. */
  private matching(resolver: SpeakerAliases, folder: vscode.WorkspaceFolder): Array<{ state: CorpusAnnotations; annotations: Annotation[] }> {
    return this.ctx.store.all()
      .filter((state) => sameFolder(state.corpusUri, folder))
      .map((state) => ({ state, annotations: state.annotations().filter((a) => a.speaker !== undefined && resolver.resolve(a.speaker) !== a.speaker) }))
      .filter((found) => found.annotations.length > 0);
  }

  private annotationsToRename(resolver: SpeakerAliases, folder: vscode.WorkspaceFolder): number {
    return this.matching(resolver, folder).reduce((n, found) => n + found.annotations.length, 0);
  }

  /** Sets `speaker:` to the canonical name, corpus by corpus, through the annotation store (undoable). */
  private async renameInAnnotations(resolver: SpeakerAliases, change: AliasChange): Promise<number> {
    let count = 0;
    for (const { state, annotations } of this.matching(resolver, change.folder)) {
      if (!(await this.ctx.ops.ensureWritable(state))) continue;
      const updated = this.ctx.hooks.timestamp();
      const undo = await this.ctx.ops.apply(state, change.description, annotations.map((a) => ({ id: a.id, after: { ...a, speaker: resolver.resolve(a.speaker!), updated } })));
      if (undo) change.annotationUndos.push(undo);
      count += annotations.length;
    }
    return count;
  }

  /** Takes back a change (the latest when none is given): the taxonomy file as it was, and its annotation updates. */
  private async undo(target?: AliasChange): Promise<boolean> {
    const change = target ?? this.changes[this.changes.length - 1];
    if (!change || !this.changes.includes(change)) {
      info('No speaker merge or rename to undo.');
      return false;
    }
    const refusal = await restoreTaxonomy(change.uri, change.after, change.before);
    if (refusal) {
      void vscode.window.showWarningMessage(`Cannot undo “${change.description}”: ${refusal}`);
      return false;
    }
    this.changes.splice(this.changes.indexOf(change), 1);
    for (const undo of [...change.annotationUndos].reverse()) await this.ctx.ops.undoChange(undo);
    await this.ctx.taxonomy.reload(change.folder.uri);
    info(`Undone: ${change.description}.`);
    return true;
  }
}

function validateName(value: string): string | undefined {
  const name = normalizeSpeakerName(value);
  if (!name) return 'A speaker needs a name.';
  if (name.length > MAX_SPEAKER_NAME_LENGTH) return `A speaker name may have at most ${MAX_SPEAKER_NAME_LENGTH} characters.`;
  return undefined;
}

export function registerSpeakerAliasCommands(ctx: CommandContext, speakers: SpeakerIndex): vscode.Disposable {
  return new SpeakerAliasCommands(ctx, speakers).register();
}
