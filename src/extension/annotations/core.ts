// The one place the annotation feature reaches into src/core/annotations (as corpus/core.ts
// does for the parser): if a core signature changes, only this adapter changes.
export {
  parseSidecar, updateSidecar, createSidecar, sidecarFileName, corpusFileNameOf, SIDECAR_SUFFIX,
  anchorAnnotation, reanchorAll, makeAnnotation, updateAnchor, captureContext, shiftForEdit,
  parseTaxonomy, findLabel, DEFAULT_TAXONOMY, TAXONOMY_FILE_NAME,
  mergeAnnotations, sameAnnotation, generateId,
  compileSpeakerAliases, normalizeSpeakerName, setSpeakerAliases, MAX_SPEAKER_NAME_LENGTH,
  type SpeakerAliases, type SpeakerAliasChange,
  type Annotation, type AnchorResult, type AnchorState, type Sidecar, type Taxonomy, type LabelDefinition,
  type FieldDefinition, type MergeConflict, type RandomSource,
} from '../../core/annotations';
export { anchorFindings, taxonomyFindings, excerpt, type AnnotationFinding } from '../../core/annotations/findings';
export { articleAt, findArticle, articleBody, textSlice, LineIndex, type Article, type ParsedCorpus, type Diagnostic } from '../../core/corpus';
