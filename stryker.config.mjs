// Mutation testing of the pure core (`npm run mutation`, not part of `npm test`): Stryker changes
// one operator, literal or branch of the source at a time and runs the unit tests that cover it; a
// change no test notices (a surviving mutant) is behaviour the suite does not hold. Thresholds per
// folder are checked by scripts/mutation.ts, which runs this.

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts', related: true },
  mutate: [
    'src/lib/schema/**/*.ts',
    'src/lib/timeline/**/*.ts',
    'src/lib/layout/**/*.ts',
    // Browser glue around the pure layout (workers, timers, dynamic import), not pure: its own
    // first comment says so, and it is held by the component and browser tests instead.
    '!src/lib/layout/layout-client.ts',
    '!src/lib/layout/layout.worker.ts',
    '!src/lib/layout/main-thread.ts',
    '!src/lib/layout/spawn-worker.ts',
    '!src/lib/layout/spawn-worker-inline.ts',
  ],
  // Each mutant runs only the tests that reached its code in the first (dry) run.
  coverageAnalysis: 'perTest',
  // A static mutant is reached only while a module loads (a constant table, a schema built at
  // import), never inside a test, so testing it means re-running every test file that imports the
  // module from scratch: about two thirds of the mutants here, at ~30 s each, some 12 hours on two
  // cores. They are left out (reported as Ignored, not counted in the score); a mutant reached both
  // at load and by tests still runs, against those tests, with its modules reloaded.
  ignoreStatic: true,
  // A mutant whose code and tests are unchanged since the last run keeps its result.
  incremental: true,
  incrementalFile: 'reports/mutation/stryker-incremental.json',
  reporters: ['clear-text', 'progress', 'json', 'html'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  clearTextReporter: { allowColor: false, logTests: false, reportMutants: false },
  // The folder thresholds are scripts/mutation.ts's; these only colour the table.
  thresholds: { high: 80, low: 70, break: null },
  // Two cores, shared: two test-runner processes at most.
  concurrency: 2,
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
  ignorePatterns: ['dist', 'dist-single', 'test-results', 'playwright-report', 'reports'],
};
