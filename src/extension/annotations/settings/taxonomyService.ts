// The labels in use, per workspace folder, as the CLI takes the nearest `.news-annotator.yaml`
// above each corpus: each folder has its own taxonomy, its `.news-annotator.yaml` at the folder
// root or the file the `newsAnnotator.taxonomy.path` setting names (read with the folder as
// scope; a relative path is resolved from that folder), else the built-in default. Files
// outside every folder use the setting only when it names an absolute path (there is no folder
// to resolve a relative one from), else the default. Each file is watched; an invalid one is
// reported in Problems at its line and column, and the default applies to its folder (with a
// warning) until it is fixed. Consumers ask with the corpus's uri: taxonomyFor(uri).
import * as vscode from 'vscode';
import { DisposableBase } from '../../util/dispose';
import { DEFAULT_TAXONOMY, TAXONOMY_FILE_NAME, parseTaxonomy, type Diagnostic, type Taxonomy } from '../core';
import { readTextFile } from '../store/sidecarFiles';
import { DIAGNOSTIC_SOURCE, toVsDiagnostic } from '../ui/diagnosticUtil';

export type TaxonomySource = { kind: 'default' } | { kind: 'file'; uri: vscode.Uri } | { kind: 'invalid'; uri: vscode.Uri };

/** The taxonomy of one workspace folder (or, with no folder, of the files outside them all). */
interface Scope {
  readonly folder: vscode.WorkspaceFolder | undefined;
  taxonomy: Taxonomy;
  source: TaxonomySource;
  watcher: vscode.Disposable | undefined;
  /** The file whose problems this scope put in Problems, to take them back. */
  diagnosed: vscode.Uri | undefined;
  loading: Promise<void>;
}

/** Key of the scope for files outside every workspace folder. */
const OUTSIDE = '';

function keyOf(folder: vscode.WorkspaceFolder | undefined): string {
  return folder ? folder.uri.toString() : OUTSIDE;
}

export class TaxonomyService extends DisposableBase {
  private readonly scopes = new Map<string, Scope>();
  private readonly diagnostics = this.register(vscode.languages.createDiagnosticCollection('news-annotator-taxonomy'));
  private readonly emitter = this.register(new vscode.EventEmitter<vscode.WorkspaceFolder | undefined>());
  /** Fires with the folder whose taxonomy was (re)loaded or dropped; undefined: the files outside every folder. */
  readonly onDidChange = this.emitter.event;

  constructor() {
    super();
    this.register(vscode.workspace.onDidChangeConfiguration((e) => {
      for (const scope of this.scopes.values()) {
        const affected = scope.folder ? e.affectsConfiguration('newsAnnotator.taxonomy.path', scope.folder.uri) : e.affectsConfiguration('newsAnnotator.taxonomy.path');
        if (affected) this.watchAndLoad(scope);
      }
    }));
    this.register(vscode.workspace.onDidChangeWorkspaceFolders((e) => {
      for (const folder of e.removed) this.drop(folder);
      for (const folder of e.added) this.add(folder);
    }));
    this.register(new vscode.Disposable(() => this.scopes.forEach((scope) => scope.watcher?.dispose())));
    this.add(undefined);
    for (const folder of vscode.workspace.workspaceFolders ?? []) this.add(folder);
  }

  /** The taxonomy that applies to a corpus (or any file): its workspace folder's. */
  taxonomyFor(uri: vscode.Uri): Taxonomy {
    return this.scopeFor(uri)?.taxonomy ?? DEFAULT_TAXONOMY;
  }

  /** A folder's taxonomy (undefined: that of the files outside every folder). */
  taxonomyOf(folder: vscode.WorkspaceFolder | undefined): Taxonomy {
    return this.scopes.get(keyOf(folder))?.taxonomy ?? DEFAULT_TAXONOMY;
  }

  /** Where the taxonomy of `uri`'s folder came from. */
  sourceFor(uri: vscode.Uri): TaxonomySource {
    return this.scopeFor(uri)?.source ?? { kind: 'default' };
  }

  /** Where the taxonomy file of `uri`'s folder is (or would be); undefined outside every folder without an absolute setting. */
  fileUriFor(uri: vscode.Uri): vscode.Uri | undefined {
    return taxonomyFileOf(vscode.workspace.getWorkspaceFolder(uri));
  }

  /** Resolves once every folder's taxonomy file (if any) has been read. */
  async whenLoaded(): Promise<void> {
    await Promise.all([...this.scopes.values()].map((scope) => scope.loading));
  }

  /** Reads the taxonomy of `uri`'s folder again (every folder's without a uri). */
  async reload(uri?: vscode.Uri): Promise<void> {
    const scopes = uri ? [this.scopeFor(uri)].filter((s): s is Scope => !!s) : [...this.scopes.values()];
    await Promise.all(scopes.map((scope) => this.reloadScope(scope)));
  }

  private scopeFor(uri: vscode.Uri): Scope | undefined {
    return this.scopes.get(keyOf(vscode.workspace.getWorkspaceFolder(uri)));
  }

  private add(folder: vscode.WorkspaceFolder | undefined): void {
    const scope: Scope = { folder, taxonomy: DEFAULT_TAXONOMY, source: { kind: 'default' }, watcher: undefined, diagnosed: undefined, loading: Promise.resolve() };
    this.scopes.set(keyOf(folder), scope);
    this.watchAndLoad(scope);
  }

  private drop(folder: vscode.WorkspaceFolder): void {
    const scope = this.scopes.get(keyOf(folder));
    if (!scope) return;
    this.scopes.delete(keyOf(folder));
    scope.watcher?.dispose();
    this.undiagnose(scope);
    this.emitter.fire(folder);
  }

  private watchAndLoad(scope: Scope): void {
    scope.watcher?.dispose();
    scope.watcher = undefined;
    const uri = taxonomyFileOf(scope.folder);
    if (uri) {
      const parent = vscode.Uri.joinPath(uri, '..');
      const name = uri.path.slice(uri.path.lastIndexOf('/') + 1);
      const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(parent, name));
      const reload = () => this.reloadScope(scope);
      scope.watcher = vscode.Disposable.from(watcher, watcher.onDidCreate(reload), watcher.onDidChange(reload), watcher.onDidDelete(reload));
    }
    void this.reloadScope(scope);
  }

  private reloadScope(scope: Scope): Promise<void> {
    scope.loading = scope.loading.then(() => this.load(scope), () => this.load(scope));
    return scope.loading;
  }

  private async load(scope: Scope): Promise<void> {
    const uri = taxonomyFileOf(scope.folder);
    // No file, or one that cannot be read: the default applies.
    const text = uri && (await readTextFile(uri).catch(() => undefined));
    if (this.isDisposed || this.scopes.get(keyOf(scope.folder)) !== scope) return;
    this.undiagnose(scope);
    if (!uri || text === undefined) {
      this.set(scope, DEFAULT_TAXONOMY, { kind: 'default' });
      return;
    }
    const result = parseTaxonomy(text);
    if (result.ok) {
      this.set(scope, result.taxonomy, { kind: 'file', uri });
      return;
    }
    this.diagnostics.set(uri, result.errors.map((error) => toVsDiagnostic(error, text)));
    scope.diagnosed = uri;
    // Folders (or the files outside them) sharing one file by an absolute setting: one warning, from the first.
    const told = this.scopesDiagnosing(uri)[0] !== scope;
    this.set(scope, DEFAULT_TAXONOMY, { kind: 'invalid', uri });
    if (told) return;
    void vscode.window.showWarningMessage(
      `${DIAGNOSTIC_SOURCE}: ${vscode.workspace.asRelativePath(uri)} is not a valid taxonomy (${describe(result.errors[0])}); using the built-in labels until it is fixed.`,
    );
  }

  private scopesDiagnosing(uri: vscode.Uri): Scope[] {
    return [...this.scopes.values()].filter((scope) => scope.diagnosed?.toString() === uri.toString());
  }

  /** Takes the scope's problems out of Problems, unless another scope reports the same file. */
  private undiagnose(scope: Scope): void {
    const uri = scope.diagnosed;
    scope.diagnosed = undefined;
    if (uri && !this.scopesDiagnosing(uri).length) this.diagnostics.delete(uri);
  }

  private set(scope: Scope, taxonomy: Taxonomy, source: TaxonomySource): void {
    scope.taxonomy = taxonomy;
    scope.source = source;
    this.emitter.fire(scope.folder);
  }
}

/** The taxonomy file of a folder (or, undefined, of the files outside every folder). */
function taxonomyFileOf(workspaceFolder: vscode.WorkspaceFolder | undefined): vscode.Uri | undefined {
  const folder = workspaceFolder?.uri;
  const configured = vscode.workspace.getConfiguration('newsAnnotator.taxonomy', folder ?? null).get<string>('path', '').trim();
  if (!configured) return folder && vscode.Uri.joinPath(folder, TAXONOMY_FILE_NAME);
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(configured)) return vscode.Uri.parse(configured);
  if (configured.startsWith('/') || /^[A-Za-z]:[\\/]/.test(configured)) {
    return folder ? folder.with({ path: configured.replace(/\\/g, '/').replace(/^([A-Za-z]):/, '/$1:') }) : vscode.Uri.file(configured);
  }
  return folder && vscode.Uri.joinPath(folder, configured);
}

function describe(error: Diagnostic): string {
  return `line ${error.line + 1}, column ${error.column + 1}: ${error.message}`;
}
