// The module esbuild.mjs generates for the web test bundle: every test/web/**/*.test.ts, each
// loaded only when the runner asks (after mocha has defined describe/it).
declare module 'news-annotator:web-tests' {
  export const testModules: readonly { file: string; load(): unknown }[];
}
