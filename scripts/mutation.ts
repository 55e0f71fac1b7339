// `npm run mutation [-- --mutate 'src/lib/schema/**/*.ts']`: runs Stryker (stryker.config.mjs) on
// the pure core, then prints the mutation score of each folder it mutated and exits 1 when one is
// under its threshold. Extra arguments go to `stryker run`, e.g. `--mutate` to try one folder.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** Lowest mutation score (%) each folder must keep. */
const THRESHOLDS: Readonly<Record<string, number>> = {
  'src/lib/schema': 80,
  'src/lib/timeline': 80,
  'src/lib/layout': 70,
};

const REPORT = 'reports/mutation/mutation.json';

/** Stryker's mutant statuses; only the first four count towards the score. */
type Status =
  | 'Killed'
  | 'Timeout'
  | 'Survived'
  | 'NoCoverage'
  | 'CompileError'
  | 'RuntimeError'
  | 'Ignored'
  | 'Pending';

interface Report {
  files: Record<string, { mutants: { status: Status }[] }>;
}

interface FolderScore {
  folder: string;
  killed: number;
  survived: number;
  noCoverage: number;
  /** Detected (killed or timed out) over detected plus undetected, in %; NaN with no mutant. */
  score: number;
}

/**
 * Scores per folder as Stryker counts them: a mutant that timed out counts as detected; ignored,
 * compile-error and runtime-error mutants do not count at all.
 */
function folderScores(report: Report, folders: readonly string[]): FolderScore[] {
  return folders.flatMap((folder) => {
    let killed = 0;
    let survived = 0;
    let noCoverage = 0;
    let files = 0;
    for (const [file, { mutants }] of Object.entries(report.files)) {
      if (!file.replaceAll('\\', '/').startsWith(`${folder}/`)) continue;
      files++;
      for (const { status } of mutants) {
        if (status === 'Killed' || status === 'Timeout') killed++;
        else if (status === 'Survived') survived++;
        else if (status === 'NoCoverage') noCoverage++;
      }
    }
    if (files === 0) return [];
    const valid = killed + survived + noCoverage;
    return [{ folder, killed, survived, noCoverage, score: (100 * killed) / valid }];
  });
}

const run = spawnSync('npx', ['stryker', 'run', ...process.argv.slice(2)], { stdio: 'inherit' });
if (run.status !== 0) process.exit(run.status ?? 1);

const report = JSON.parse(readFileSync(REPORT, 'utf8')) as Report;
let ok = true;
process.stdout.write('\nMutation score per folder:\n');
for (const s of folderScores(report, Object.keys(THRESHOLDS))) {
  const min = THRESHOLDS[s.folder] ?? 0;
  const pass = s.score >= min;
  ok &&= pass;
  process.stdout.write(
    `  ${s.folder.padEnd(18)} ${s.score.toFixed(2).padStart(6)} %  (min ${min} %)  ` +
      `killed ${s.killed}, survived ${s.survived}, no coverage ${s.noCoverage}` +
      `${pass ? '' : '  ← under the threshold'}\n`,
  );
}
process.exit(ok ? 0 : 1);
