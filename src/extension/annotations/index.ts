// The annotation feature: tag claims in corpus files, kept as YAML sidecars beside them.
//   store/     annotations in memory, following edits; sidecars read, merged and written
//   settings/  taxonomy (labels) and author
//   ui/        decorations, hover, Problems, the Articles view's annotation nodes, context keys
//   commands/  tag, edit, navigate, re-attach, confirm, article headers, undo, merge/rename speakers
// registerAnnotations wires them and returns one Disposable plus the test API.
import * as vscode from 'vscode';
import type { CorpusModel } from '../corpus/corpusModel';
import type { SpeakerIndex } from '../corpus/speakerIndex';
import type { ExtensionHost } from '../host/host';
import type { ArticlesProvider } from '../views/articles/articlesProvider';
import { DisposableBase } from '../util/dispose';
import { registerAnchorCommands } from './commands/anchorCommands';
import { registerArticleCommands } from './commands/articleCommands';
import type { CommandContext } from './commands/context';
import { registerEditCommands } from './commands/editCommands';
import { registerNavigationCommands } from './commands/navigationCommands';
import { registerSpeakerAliasCommands } from './commands/speakerAliasCommands';
import { Prompts } from './commands/prompts';
import { registerTagCommands } from './commands/tagCommands';
import { registerUndoCommand } from './commands/undoCommand';
import { AuthorResolver } from './settings/author';
import { TaxonomyService } from './settings/taxonomyService';
import { compileSpeakerAliases } from './core';
import { AnnotationOps } from './store/annotationOps';
import { AnnotationStore } from './store/annotationStore';
import { MINE_SCHEME, MineContentProvider } from './store/conflictPrompt';
import { EditTracker } from './store/editTracker';
import { SidecarSync } from './store/sidecarSync';
import { UndoStack } from './store/undoStack';
import { AnnotationDiagnostics, registerFuzzyQuickFix } from './ui/annotationDiagnostics';
import { AnnotationTreeProvider } from './ui/articlesTree';
import { AnnotationContextKeys } from './ui/contextKeys';
import { AnnotationDecorations } from './ui/decorations';
import { registerAnnotationHover } from './ui/hover';
import { HookBox } from './util/testHooks';
import type { AnnotationsApi } from './testApi';

export type { AnnotationsApi } from './testApi';

export interface AnnotationDeps {
  model: CorpusModel;
  articles: ArticlesProvider;
  /** The Speakers view's data, for Merge Speakers and Rename Speaker (absent: those commands are not registered). */
  speakers?: SpeakerIndex;
  host: ExtensionHost;
  extensionUri: vscode.Uri;
}

export class AnnotationFeature extends DisposableBase {
  readonly api: AnnotationsApi;

  constructor({ model, articles, speakers, host, extensionUri }: AnnotationDeps) {
    super();
    const media = vscode.Uri.joinPath(extensionUri, 'media');
    const hooks = new HookBox();
    const taxonomy = this.register(new TaxonomyService());
    // Each folder's taxonomy's speaker aliases name the speakers of the corpora in that folder,
    // everywhere the corpus model's analyses go (as the CLI reads the nearest taxonomy above a corpus).
    const useAliases = (folder: vscode.WorkspaceFolder | undefined) => {
      model.setSpeakerAliases(compileSpeakerAliases(taxonomy.taxonomyOf(folder).speakerAliases), folder?.uri);
    };
    this.register(taxonomy.onDidChange(useAliases));
    // The Articles view lists each article's speakers (tooltips) from the same analyses.
    this.register(model.onDidChangeSpeakerNaming(() => articles.refreshAll()));
    useAliases(undefined);
    for (const folder of vscode.workspace.workspaceFolders ?? []) useAliases(folder);
    const author = this.register(new AuthorResolver(host));
    const store = this.register(new AnnotationStore(model));
    const sync = this.register(new SidecarSync(store, hooks));
    this.register(new EditTracker(store));
    const undo = this.register(new UndoStack());
    const ops = new AnnotationOps(store, sync, undo);
    const decorations = this.register(new AnnotationDecorations(store, taxonomy, media));
    this.register(new AnnotationDiagnostics(store, taxonomy));
    this.register(new AnnotationContextKeys(store, undo));
    const tree = this.register(new AnnotationTreeProvider(store, media));
    this.register(articles.registerAnnotationProvider(tree));
    this.register(registerAnnotationHover(store, taxonomy));
    this.register(registerFuzzyQuickFix(store));
    this.register(vscode.workspace.registerTextDocumentContentProvider(MINE_SCHEME, new MineContentProvider()));
    const prompts = new Prompts();
    const ctx: CommandContext = { model, store, ops, taxonomy, author, prompts, hooks };
    for (const register of [registerTagCommands, registerEditCommands, registerNavigationCommands, registerAnchorCommands, registerArticleCommands, registerUndoCommand]) {
      this.register(register(ctx));
    }
    if (speakers) this.register(registerSpeakerAliasCommands(ctx, speakers));
    store.start();
    this.api = createAnnotationsApi(store, decorations, taxonomy, author, prompts, hooks);
  }
}

function createAnnotationsApi(
  store: AnnotationStore, decorations: AnnotationDecorations, taxonomy: TaxonomyService, author: AuthorResolver, prompts: Prompts, hooks: HookBox,
): AnnotationsApi {
  return {
    async whenIdle() {
      await taxonomy.whenLoaded();
      await store.work.whenIdle();
    },
    list(corpus) {
      const state = store.get(corpus);
      const entry = state && store.entry(state);
      if (!state) return [];
      return state.annotations()
        .map((annotation) => {
          const anchor = state.anchor(annotation.id);
          return { annotation, ...anchor, article: entry ? state.articleOf(annotation.id, entry.corpus) : annotation.article };
        })
        .sort((a, b) => (a.start ?? Infinity) - (b.start ?? Infinity));
    },
    status(corpus) {
      const state = store.get(corpus);
      if (!state) return undefined;
      const errors = state.status.kind === 'invalid' ? state.status.errors.map((e) => `${e.line + 1}:${e.column + 1}: ${e.message}`) : [];
      return { sidecar: state.status.kind, unsaved: state.hasUnsavedChanges(), errors };
    },
    decorations(corpus) {
      return Object.fromEntries([...decorations.lastApplied(corpus)].map(([key, ranges]) => [key, [...ranges]]));
    },
    decorationColors(corpus) {
      return Object.fromEntries(decorations.lastColors(corpus));
    },
    activePrompt: () => prompts.active,
    typeInPrompt: (text) => prompts.typeText(text),
    get taxonomy() {
      return taxonomy.taxonomyOf(vscode.workspace.workspaceFolders?.[0]);
    },
    taxonomyFor: (uri) => taxonomy.taxonomyFor(uri),
    get author() {
      return author.author();
    },
    setTestHooks(value) {
      hooks.hooks = value ?? {};
    },
    onDidChange: store.onDidChange,
  };
}

export function registerAnnotations(deps: AnnotationDeps): AnnotationFeature {
  return new AnnotationFeature(deps);
}
