// Reviewing annotation changes in the editor: compare a corpus's annotations with its sidecar
// at a git ref (through the built-in Git extension), using the same diff by id as the CLI's
// `news-annotator diff --ref`.
//   gitRepository.ts  the Git extension's API, and why it is not there
//   gitRefs.ts        the refs offered (merge base, HEAD, branches, tags); the sidecar at a ref
//   changeRows.ts     the diff as rows with places and summaries (pure)
//   comparisons.ts    the comparisons on screen, kept current
//   reviewDecorations.ts, changesSection.ts, reviewCommands.ts   editor marks, Articles view, commands
import * as vscode from 'vscode';
import type { AnnotationsApi } from '../annotations';
import { Prompts } from '../annotations/commands/prompts';
import type { CorpusModel } from '../corpus/corpusModel';
import { DisposableBase } from '../util/dispose';
import type { ArticlesProvider } from '../views/articles/articlesProvider';
import { ChangesSection } from './changesSection';
import { Comparisons } from './comparisons';
import { ReviewDecorations } from './reviewDecorations';
import { registerReviewCommands } from './reviewCommands';
import type { ReviewApi } from './testApi';

export type { ReviewApi } from './testApi';

const COMPARING_CONTEXT_KEY = 'newsAnnotator.comparingAnnotations';

export interface ReviewDeps {
  model: CorpusModel;
  articles: ArticlesProvider;
  annotations: AnnotationsApi;
}

export class ReviewFeature extends DisposableBase {
  readonly api: ReviewApi;

  constructor({ model, articles, annotations }: ReviewDeps) {
    super();
    const comparisons = this.register(new Comparisons(model, annotations));
    const decorations = this.register(new ReviewDecorations(comparisons));
    const section = this.register(new ChangesSection(comparisons));
    this.register(articles.registerSectionProvider(section));
    const prompts = new Prompts();
    this.register(registerReviewCommands({ model, annotations, comparisons, prompts }));
    this.register(comparisons.onDidChangeCount((count) => void vscode.commands.executeCommand('setContext', COMPARING_CONTEXT_KEY, count > 0)));
    this.register(new vscode.Disposable(() => void vscode.commands.executeCommand('setContext', COMPARING_CONTEXT_KEY, false)));
    this.api = {
      async whenIdle() {
        await annotations.whenIdle();
        comparisons.flush();
        decorations.flush();
      },
      comparison(corpus) {
        comparisons.flush();
        const c = comparisons.get(corpus);
        return c && {
          ref: c.choice.ref, label: c.choice.label, baseMissing: c.baseMissing, counts: c.counts,
          rows: c.rows.map((r) => ({ kind: r.kind, id: r.id, summary: r.summary, anchorOnly: r.anchorOnly, start: r.span?.start, end: r.span?.end })),
        };
      },
      decorations(corpus) {
        decorations.flush();
        return decorations.lastApplied(corpus);
      },
      activePrompt: () => prompts.active,
    };
  }
}

export function registerReview(deps: ReviewDeps): ReviewFeature {
  return new ReviewFeature(deps);
}
