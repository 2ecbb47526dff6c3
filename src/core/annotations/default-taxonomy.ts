// The labels every workspace has until its team commits a `.news-annotator.yaml`.
// Colours are the Okabe-Ito palette (distinguishable with the common colour-vision
// deficiencies) plus a neutral grey; every label also has its own shortcut key.
import type { Taxonomy } from './taxonomy-types';

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const item of Object.values(value)) deepFreeze(item);
    Object.freeze(value);
  }
  return value;
}

export const DEFAULT_TAXONOMY: Taxonomy = deepFreeze<Taxonomy>({
  labels: [
    { id: 'claim', description: 'A statement presented as fact that can be checked.', color: '#0072B2', key: 'c' },
    { id: 'denial', description: 'Rejects an allegation, report or claim.', color: '#D55E00', key: 'd' },
    { id: 'accusation', description: 'Says someone did something wrong.', color: '#CC79A7', key: 'a' },
    { id: 'promise', description: 'Commits the speaker (or those they speak for) to a future action.', color: '#009E73', key: 'p' },
    { id: 'prediction', description: 'Says what will happen, without committing to act.', color: '#56B4E9', key: 'r' },
    { id: 'attack', description: 'Disparages a person, group or institution rather than a claim.', color: '#E69F00', key: 't' },
    { id: 'opinion', description: 'A judgement or belief, not checkable as fact.', color: '#F0E442', key: 'o' },
    { id: 'factual-statement', description: 'A checkable statement of fact made without contest.', color: '#7F7F7F', key: 'f' },
  ],
  fields: [],
  speakerAliases: Object.create(null) as Record<string, string>,
});
