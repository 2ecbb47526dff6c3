import type { BenchSection } from './section';
import { corpusBench } from './corpus.bench';
import { annotationsBench } from './annotations.bench';
import { analysisBench } from './analysis.bench';
import { editorBench } from './editor.bench';

/** Every benchmark section, in the order `npm run bench` runs them. */
export const sections: BenchSection[] = [corpusBench, annotationsBench, analysisBench, editorBench];
