// The annotation core: model, sidecar codec, anchoring, taxonomy and merge. Pure TypeScript
// (no 'vscode', no Node built-ins), shared by the CLI and both extension builds.
export * from './types';
export { generateId, isGeneratedId, seededRandom, ID_LENGTH, type RandomSource } from './ids';
export {
  parseSidecar, serializeSidecar, updateSidecar, createSidecar, sortAnnotations, annotationProblems,
  sidecarFileName, corpusFileNameOf, SIDECAR_SUFFIX, SIDECAR_VERSION, DEFAULT_MAX_SIDECAR_LENGTH,
  type Sidecar, type SidecarParseResult, type SidecarOptions,
} from './sidecar';
export { anchorAnnotation, reanchorAll, type AnchorOptions } from './anchor';
export { makeAnnotation, updateAnchor, captureContext, type NewAnnotation, type UpdateAnchorOptions } from './capture';
export { shiftForEdit, type ShiftedAnchor } from './shift';
export {
  parseTaxonomy, findLabel, closestLabel, isAllowedFieldValue, DEFAULT_TAXONOMY, TAXONOMY_FILE_NAME,
  type Taxonomy, type LabelDefinition, type FieldDefinition, type TaxonomyParseResult,
} from './taxonomy';
export {
  compileSpeakerAliases, findAliasCycles, normalizeSpeakerName, sameSpeakerAliases, NO_SPEAKER_ALIASES, type SpeakerAliases,
} from './speaker-aliases';
export { applySpeakerAliases, aliasedAnnotation } from './aliased-analysis';
export {
  setSpeakerAliases, newTaxonomyText, plannedAliases, MAX_SPEAKER_NAME_LENGTH, type SpeakerAliasChange, type TaxonomyWriteResult,
} from './taxonomy-write';
export { mergeAnnotations, type MergeResult, type MergeConflict, type MergeConflictKind, type MergeOptions } from './merge';
export { sameAnnotation } from './fields';
export { anchorFindings, taxonomyFindings, excerpt, type AnnotationFinding, type FindingCode } from './findings';
