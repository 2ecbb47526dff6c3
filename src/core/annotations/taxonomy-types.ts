// The labels (and extra fields) a team annotates with; see taxonomy.ts for the file format.

export interface LabelDefinition {
  /** What an annotation's `label:` holds. */
  id: string;
  description: string;
  /** `#rrggbb`. */
  color: string;
  /** A single character for quick tagging. */
  key?: string;
  /** Any other keys the team put on the label, kept for tools that know them. */
  extra?: Record<string, unknown>;
}

/** An extra annotation field the team defines (written after the known fields in the sidecar). */
export interface FieldDefinition {
  name: string;
  description?: string;
  /** Allowed values, as strings (`true` in the file is "true"); absent = free text. */
  values?: string[];
  /** Labels the field applies to; absent = every label. */
  labels?: string[];
}

export interface Taxonomy {
  labels: LabelDefinition[];
  fields: FieldDefinition[];
  /** Alias -> canonical speaker name (`speakers.aliases`); a null-prototype record. */
  speakerAliases: Record<string, string>;
}
