// `npm run mutation [-- schema|timeline|layout ...]`: runs Stryker (stryker.config.mjs) on the pure
// core, or on the folders named, then prints the mutation score of each folder it mutated and exits
// 1 when one is under its threshold. Other arguments go to `stryker run` as they are.
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

/** `--mutate` for the folders named on the command line (the config's patterns under them). */
async function mutateArgs(names: readonly string[]): Promise<string[]> {
  if (names.length === 0) return [];
  const file = '../stryker.config.mjs'; // a variable: the config is plain JavaScript, untyped
  const { default: config } = (await import(file)) as { default: { mutate: string[] } };
  const under = names.map((name) => `src/lib/${name}/`);
  const patterns = config.mutate.filter((p) =>
    under.some((u) => p.replace(/^!/, '').startsWith(u)),
  );
  // A folder's run keeps its own incremental file: it would drop the other folders' from the shared one.
  const incremental = `reports/mutation/incremental-${names.join('-')}.json`;
  return ['--mutate', patterns.join(','), '--incrementalFile', incremental];
}

const args = process.argv.slice(2);
const folders = args.filter((a) => `src/lib/${a}` in THRESHOLDS);
const rest = args.filter((a) => !folders.includes(a));
const stryker = ['stryker', 'run', ...(await mutateArgs(folders)), ...rest];
const run = spawnSync('npx', stryker, { stdio: 'inherit' });
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
