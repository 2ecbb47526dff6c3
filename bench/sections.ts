import type { BenchSection } from './section';

/** Every benchmark section, in the order `npm run bench` runs them. */
export const sections: BenchSection[] = [];
