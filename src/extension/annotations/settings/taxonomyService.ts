// The labels in use: the team's `.news-annotator.yaml` at the workspace root, or the file the
// `newsAnnotator.taxonomy.path` setting names (relative to the first workspace folder), else
// the built-in default. The file is watched; an invalid one is reported in Problems at its line
// and column, and the default applies (with a warning) until it is fixed.
import * as vscode from 'vscode';
import { DisposableBase } from '../../util/dispose';
import { DEFAULT_TAXONOMY, TAXONOMY_FILE_NAME, parseTaxonomy, type Diagnostic, type Taxonomy } from '../core';
import { DIAGNOSTIC_SOURCE, toVsDiagnostic } from '../ui/diagnosticUtil';

export type TaxonomySource = { kind: 'default' } | { kind: 'file'; uri: vscode.Uri } | { kind: 'invalid'; uri: vscode.Uri };

export class TaxonomyService extends DisposableBase {
  private current: Taxonomy = DEFAULT_TAXONOMY;
  private sourceValue: TaxonomySource = { kind: 'default' };
  private watcher: vscode.Disposable | undefined;
  private loading: Promise<void> = Promise.resolve();
  private readonly diagnostics = this.register(vscode.languages.createDiagnosticCollection('news-annotator-taxonomy'));
  private readonly emitter = this.register(new vscode.EventEmitter<Taxonomy>());
  readonly onDidChange = this.emitter.event;

  constructor() {
    super();
    this.register(vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('newsAnnotator.taxonomy.path')) this.watchAndLoad();
    }));
    this.register(vscode.workspace.onDidChangeWorkspaceFolders(() => this.watchAndLoad()));
    this.register(new vscode.Disposable(() => this.watcher?.dispose()));
    this.watchAndLoad();
  }

  get taxonomy(): Taxonomy {
    return this.current;
  }

  get source(): TaxonomySource {
    return this.sourceValue;
  }

  /** Resolves once the taxonomy file (if any) has been read. */
  whenLoaded(): Promise<void> {
    return this.loading;
  }

  /** Where the taxonomy file is (or would be); undefined without a workspace folder. */
  fileUri(): vscode.Uri | undefined {
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    const configured = vscode.workspace.getConfiguration('newsAnnotator.taxonomy').get<string>('path', '').trim();
    if (!configured) return folder && vscode.Uri.joinPath(folder, TAXONOMY_FILE_NAME);
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(configured)) return vscode.Uri.parse(configured);
    if (configured.startsWith('/') || /^[A-Za-z]:[\\/]/.test(configured)) {
      return folder ? folder.with({ path: configured.replace(/\\/g, '/').replace(/^([A-Za-z]):/, '/$1:') }) : vscode.Uri.file(configured);
    }
    return folder && vscode.Uri.joinPath(folder, configured);
  }

  private watchAndLoad(): void {
    this.watcher?.dispose();
    const uri = this.fileUri();
    if (uri) {
      const folder = vscode.Uri.joinPath(uri, '..');
      const name = uri.path.slice(uri.path.lastIndexOf('/') + 1);
      const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, name));
      const reload = () => this.reload();
      this.watcher = vscode.Disposable.from(watcher, watcher.onDidCreate(reload), watcher.onDidChange(reload), watcher.onDidDelete(reload));
    }
    this.reload();
  }

  reload(): Promise<void> {
    this.loading = this.loading.then(() => this.load(), () => this.load());
    return this.loading;
  }

  private async load(): Promise<void> {
    const uri = this.fileUri();
    const text = uri && (await readText(uri));
    if (this.isDisposed) return;
    this.diagnostics.clear();
    if (!uri || text === undefined) {
      this.set(DEFAULT_TAXONOMY, { kind: 'default' });
      return;
    }
    const result = parseTaxonomy(text);
    if (result.ok) {
      this.set(result.taxonomy, { kind: 'file', uri });
      return;
    }
    this.diagnostics.set(uri, result.errors.map((error) => toVsDiagnostic(error, text)));
    this.set(DEFAULT_TAXONOMY, { kind: 'invalid', uri });
    void vscode.window.showWarningMessage(
      `${DIAGNOSTIC_SOURCE}: ${vscode.workspace.asRelativePath(uri)} is not a valid taxonomy (${describe(result.errors[0])}); using the built-in labels until it is fixed.`,
    );
  }

  private set(taxonomy: Taxonomy, source: TaxonomySource): void {
    this.current = taxonomy;
    this.sourceValue = source;
    this.emitter.fire(taxonomy);
  }
}

function describe(error: Diagnostic): string {
  return `line ${error.line + 1}, column ${error.column + 1}: ${error.message}`;
}

async function readText(uri: vscode.Uri): Promise<string | undefined> {
  try {
    return new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    return undefined; // no file: the default applies
  }
}
