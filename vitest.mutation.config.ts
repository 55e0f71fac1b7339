import { defineConfig } from 'vitest/config';

// The tests Stryker runs against each mutant of the pure core (stryker.config.mjs): the unit tests,
// in Node, resolved as in `npm run test:unit`. Vitest's related mode then narrows each run to the
// files that import the mutated module. cli.test.ts is left out: it runs the CLI in child processes,
// which Stryker cannot see into, so it would only slow every run. Two runners share two cores with
// the rest of the machine: a test that starts a process (invalid-corpus.test.ts) gets more time.
export default defineConfig({
  resolve: { conditions: ['browser'] },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    exclude: ['tests/unit/cli.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
  },
});
