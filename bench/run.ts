// `npm run bench`: every benchmark section, each printing its figures and the ratios its
// goals are stated in, all measured in this one run (machines are shared and noisy, so a
// ratio to a baseline measured alongside says more than an absolute time).
import { sections } from './sections';

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  let failed = false;
  for (const section of sections) {
    if (only.length && !only.includes(section.name)) continue;
    console.log(`\n## ${section.name}: ${section.title}`);
    try {
      await section.run();
    } catch (error) {
      failed = true;
      console.error(`section ${section.name} failed: ${(error as Error).stack ?? String(error)}`);
    }
  }
  if (failed) process.exitCode = 1;
}

void main();
