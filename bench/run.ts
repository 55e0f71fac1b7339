// The performance benchmark: `npm run bench` builds the app and the peer pages, writes the stories,
// times the keyframe layouts in Node (a reference: the budget uses the app's own layout in the
// browser), serves everything on a free local port and measures every subject in the system
// Chromium; it prints Markdown to stdout and writes bench/results.json.
//   --check  exit 1 when a budget is missed (each miss is named on stderr)
//   --quick  a smaller run (fewer subjects and steps) for a fast look; budgets it cannot measure miss
import { cpus, loadavg } from 'node:os';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkBudgets } from './budgets.ts';
import {
  APP_DIST,
  buildAll,
  layoutThread,
  PEERS_DIST,
  ROOT,
  STORIES_DIR,
  storyChunks,
} from './build.ts';
import { Chromium, limited, newTab, open, type Outcome } from './measure/browser.ts';
import { type LayoutResult, measureLayout } from './measure/layout.ts';
import { makePlan, subjectUrl } from './plan.ts';
import { toMarkdown } from './report.ts';
import type { Results } from './results.ts';
import { serve } from './serve.ts';
import { prepareStories } from './stories.ts';
import { weigh } from './measure/weight.ts';
import { runSubject, type SubjectResult } from './subject.ts';

const args = process.argv.slice(2);
const unknown = args.filter((a) => a !== '--check' && a !== '--quick');
if (unknown.length > 0) {
  process.stderr.write(
    `unknown option ${unknown.join(' ')}; usage: npm run bench [-- --check] [-- --quick]\n`,
  );
  process.exit(2);
}
const check = args.includes('--check');
const plan = makePlan(args.includes('--quick'));
const began = Date.now();
const loadBefore = loadavg()[0] ?? 0;
const startedAt = new Date(began).toISOString().replace(/\.\d+Z$/, 'Z');
const log = (line: string) =>
  process.stderr.write(
    `[bench ${((Date.now() - began) / 1000).toFixed(0).padStart(3)} s] ${line}\n`,
  );

log('building the app and the peers (npx vite build)');
buildAll();
log(`writing and validating stories of ${plan.sizes.join(', ')} actors`);
const stories = prepareStories(STORIES_DIR, plan.sizes);

const layout: Record<string, Outcome<LayoutResult>> = {};
for (const story of stories) {
  const result = await measureLayout(story.file, plan.layoutLimitMs);
  layout[story.id] = result;
  log(
    `layout ${story.id}: ${result.ok ? `${result.value.layoutMs.toFixed(0)} ms` : result.message}`,
  );
}

const server = await serve({ '/': APP_DIST, '/peers/': PEERS_DIST, '/stories/': STORIES_DIR });
const chrome = new Chromium();
const subjects: SubjectResult[] = [];
try {
  // One unrecorded load, so that no subject pays for the browser's own first start.
  const warm = await newTab(chrome);
  await limited(chrome, 30_000, () => open(warm, `${server.origin}/`, 1));
  await warm.close();
  for (const subject of plan.subjects) {
    const story = stories.find((s) => s.id === subject.story);
    if (!story) throw new Error(`no story ${subject.story}`);
    const url = subjectUrl(server.origin, subject.app, story);
    log(`${subject.app} × ${story.label} (limit ${subject.limitMs / 1000} s)`);
    subjects.push(await runSubject(chrome, subject, url, (line) => log(`  ${line}`)));
  }
} finally {
  await chrome.close();
  await server.close();
}

log('weighing the files each first view requested');
// The app's bundled default story is data, not code; a worker's script is code of the first view.
const dataChunks = storyChunks();
const weighed = subjects.map((s) => ({
  ...s,
  weight: weigh([...s.requests, ...s.workers], server.fileOf, dataChunks),
}));

const measured: Omit<Results, 'budgets'> = {
  meta: {
    startedAt,
    totalMs: Date.now() - began,
    quick: plan.quick,
    node: process.version,
    chromium: chrome.version,
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model.trim() ?? 'unknown CPU',
    layoutThread: layoutThread(),
    load: [loadBefore, loadavg()[0] ?? 0],
  },
  stories,
  layout,
  subjects: weighed,
};
const results: Results = { ...measured, budgets: checkBudgets(measured) };
writeFileSync(join(ROOT, 'bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
process.stdout.write(toMarkdown(results));
log(`done in ${((Date.now() - began) / 1000).toFixed(0)} s; results in bench/results.json`);

const missed = results.budgets.filter((b) => !b.pass);
if (check && missed.length > 0) {
  for (const b of missed)
    process.stderr.write(`budget missed: ${b.name}: ${b.measured} (limit ${b.limit})\n`);
  process.exitCode = 1;
}
