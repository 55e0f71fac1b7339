import { configDefaults, defineConfig } from 'vitest/config';
import app from './vite.config.ts';

// The tests Stryker runs against each mutant of the pure core (stryker.config.mjs): the unit
// project of vite.config.ts (same plugins, Node environment), alone. Vitest's related mode then
// narrows each run to the files that import the mutated module. Left out: cli.test.ts, which runs
// the CLI in child processes Stryker cannot see into, and bench-generate.test.ts, which checks the
// benchmark's story generator (1000 actors through the validator): neither is about these folders,
// and each would re-run for every mutant of the validator that survives. Two runners share two
// cores with the rest of the machine: a test that starts a process (invalid-corpus.test.ts) gets
// more time.
export const MUTATION_EXCLUDE = [
  ...configDefaults.exclude,
  'tests/unit/cli.test.ts',
  'tests/unit/bench-generate.test.ts',
];

export default defineConfig({
  ...app,
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          exclude: MUTATION_EXCLUDE,
          environment: 'node',
          testTimeout: 60_000,
        },
      },
    ],
  },
});
