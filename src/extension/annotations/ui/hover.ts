// Hovering an annotated span: its label, speaker, note, author and date, with links to edit,
// relabel or delete it; for a fuzzy match, what was saved and a link to confirm the match.
import * as vscode from 'vscode';
import { LANGUAGE_ID } from '../../corpus/corpusModel';
import { commandLink } from '../../util/uri';
import { escape } from '../../views/articles/nodes';
import { excerpt, findLabel, type SpeakerAliases, type Taxonomy } from '../core';
import type { TaxonomyService } from '../settings/taxonomyService';
import type { AnnotationStore } from '../store/annotationStore';
import { annotationsAt, rangeIn, type Located } from '../store/queries';

const LINK_COMMANDS = [
  'newsAnnotator.editAnnotation', 'newsAnnotator.changeLabel', 'newsAnnotator.deleteAnnotation', 'newsAnnotator.confirmFuzzyAnchor',
];

function link(title: string, command: string, located: Located): string {
  return `[${title}](${commandLink(command, [{ uri: located.state.corpusUri.toString(), id: located.annotation.id }])} "${title.replace(/\$\([^)]*\)\s*/, '')}")`;
}

function dateOf(iso: string | undefined): string | undefined {
  return iso?.slice(0, 10);
}

/** The speaker under the taxonomy's canonical name, and the name it was tagged with when that differs. */
function speakerLine(speaker: string, aliases: SpeakerAliases): string {
  const canonical = aliases.resolve(speaker);
  return canonical === speaker ? escape(speaker) : `${escape(canonical)} _(tagged as ${escape(speaker)})_`;
}

/** `taxonomy` and `aliases`: those of the corpus's workspace folder. */
export function annotationMarkdown(located: Located, taxonomy: Taxonomy, aliases: SpeakerAliases): vscode.MarkdownString {
  const { annotation: a, anchor } = located;
  const md = new vscode.MarkdownString(undefined, true);
  md.isTrusted = { enabledCommands: LINK_COMMANDS };
  const label = findLabel(taxonomy, a.label);
  md.appendMarkdown(`$(tag) **${escape(a.label)}**${label ? ` — ${escape(label.description)}` : ' — _not in the taxonomy_'}\n\n`);
  if (a.speaker) md.appendMarkdown(`$(person) ${speakerLine(a.speaker, aliases)}\n\n`);
  if (a.note) md.appendMarkdown(`$(note) ${escape(a.note)}\n\n`);
  for (const [key, value] of Object.entries(a.extra ?? {})) md.appendMarkdown(`${escape(key)}: ${escape(String(value))}  \n`);
  const by = [a.author && `by ${escape(a.author)}`, dateOf(a.created), a.updated && `edited ${dateOf(a.updated)}`].filter(Boolean).join(' · ');
  if (by) md.appendMarkdown(`\n_${by}_\n\n`);
  if (anchor.state === 'fuzzy') {
    md.appendMarkdown(`$(warning) The saved quote matches this text only approximately (${Math.round(anchor.score * 100)}%). Saved: ${escape(excerpt(a.quote, 80))}\n\n`);
    md.appendMarkdown(`${link('$(check) Confirm', 'newsAnnotator.confirmFuzzyAnchor', located)} · `);
  }
  md.appendMarkdown([
    link('$(edit) Edit', 'newsAnnotator.editAnnotation', located),
    link('$(symbol-enum) Change Label', 'newsAnnotator.changeLabel', located),
    link('$(trash) Delete', 'newsAnnotator.deleteAnnotation', located),
  ].join(' · '));
  return md;
}

export function registerAnnotationHover(store: AnnotationStore, taxonomy: TaxonomyService): vscode.Disposable {
  return vscode.languages.registerHoverProvider({ language: LANGUAGE_ID }, {
    provideHover(document, position) {
      const state = store.get(document.uri);
      if (!state) return undefined;
      const offset = document.offsetAt(position);
      const found = annotationsAt(state, offset).filter((l) => l.anchor.end! > offset); // the character under the mouse
      if (!found.length) return undefined;
      const aliases = store.model.speakerNamingFor(document.uri).aliases;
      const labels = taxonomy.taxonomyFor(document.uri);
      return new vscode.Hover(found.map((l) => annotationMarkdown(l, labels, aliases)), rangeIn(document, found[0].anchor));
    },
  });
}
