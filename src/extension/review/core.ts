// The one place the review feature reaches into src/core (as annotations/core.ts does): the
// sidecar diff the CLI's `diff` command uses, the sidecar codec and the anchoring. Pure.
export { diffAnnotations, isAnchorUpdate, type SidecarDiff, type ChangedAnnotation, type FieldChange } from '../../core/review';
export { parseSidecar, reanchorAll, sidecarFileName, type Annotation, type AnchorResult } from '../../core/annotations';
export { findArticle, type ParsedCorpus } from '../../core/corpus';
