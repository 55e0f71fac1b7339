// Pure: the benchmark's results as Markdown — the stories, one table of every figure with the
// peers' figures and the ratio (ours ÷ theirs; every metric here is lower-is-better, so below 1×
// Tielines is ahead), the budgets, and notes. No I/O.
import type { Outcome } from './measure/browser.ts';
import type { BrowserLayout } from './measure/layout-browser.ts';
import { type AppName, PEERS } from './plan.ts';
import { KB, MB, type Results, subjectOf } from './results.ts';
import type { SubjectResult } from './subject.ts';

/** A table cell: the value that ratios compare (none: no ratio), and its text. */
interface Cell {
  readonly value?: number;
  readonly text: string;
}

/** A row of the results table per story in `stories`. */
interface Metric {
  readonly name: string;
  readonly stories: 'all' | 'peered' | 'flagship';
  readonly read: (subject: SubjectResult | undefined, app: AppName, story: string) => Cell;
}

const NONE: Cell = { text: '—' };
const fixed = (n: number, digits: number) =>
  n.toLocaleString('en', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const cell = (value: number, text: string): Cell => ({ value, text });
const ms = (n: number) => `${fixed(n, 0)} ms`;
const kb = (n: number) => `${fixed(n / KB, 1)} kB`;
const row = (cells: readonly string[]) =>
  `| ${cells.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`;

function outcome<T>(o: Outcome<T> | undefined, show: (v: T) => Cell): Cell {
  if (o === undefined) return NONE;
  if (o.ok) return show(o.value);
  return { text: o.error === 'timeout' ? `timeout (${o.message})` : `error: ${o.message}` };
}

function ratio(ours: Cell, theirs: Cell): string {
  if (ours.value === undefined || theirs.value === undefined || theirs.value === 0) return '—';
  return `${fixed(ours.value / theirs.value, 2)}×`;
}

function metrics(r: Results): Metric[] {
  const code = (name: string, pick: 'gzip' | 'brotli' | 'raw'): Metric => ({
    name: `Weight: first-view JS+CSS, ${name}`,
    stories: 'flagship',
    read: (s) => (s?.weight ? cell(s.weight.code[pick], kb(s.weight.code[pick])) : NONE),
  });
  const layout = (
    name: string,
    show: (v: { layoutMs: number; keyframes: number; meanDisplacement: number }) => Cell,
  ): Metric => ({
    name,
    stories: 'all',
    read: (_s, app, story) => (app === 'tielines' ? outcome(r.layout[story], show) : NONE),
  });
  const browser = (name: string, show: (v: BrowserLayout) => Cell): Metric => ({
    name,
    stories: 'all',
    read: (s) => (s?.layout ? outcome(s.layout, show) : NONE),
  });
  const out: Metric[] = [
    code('gzip', 'gzip'),
    code('brotli', 'brotli'),
    code('raw', 'raw'),
    {
      name: 'Weight: fonts requested (raw)',
      stories: 'flagship',
      read: (s) => {
        const fonts = s?.weight?.fonts;
        return fonts ? cell(fonts.raw, `${kb(fonts.raw)} (${fonts.files.length} files)`) : NONE;
      },
    },
    {
      name: 'Weight: story data requested, gzip',
      stories: 'peered',
      read: (s) => {
        const data = s?.weight?.data;
        if (!data) return NONE;
        if (data.files.length === 0) return { text: 'none' };
        const chunk = data.files.some((f) => f.endsWith('.js')) ? ' (a JS chunk)' : '';
        return cell(data.gzip, `${kb(data.gzip)}${chunk}`);
      },
    },
  ];
  for (const rate of [1, 4] as const) {
    out.push({
      name: `Start: first graph at ${rate}×`,
      stories: 'all',
      read: (s) =>
        outcome(s?.start[rate], (v) =>
          cell(
            v.median,
            `${ms(v.median)}${v.runs.length > 1 ? ` (median of ${v.runs.length})` : ''}`,
          ),
        ),
    });
  }
  for (const rate of [1, 4] as const) {
    out.push({
      name: `Start: graph and slider at ${rate}×`,
      stories: 'peered',
      read: (s) =>
        outcome(s?.start[rate], (v) =>
          v.wholeMedian === null
            ? { text: 'no slider within 10 s of the graph' }
            : cell(
                v.wholeMedian,
                `${ms(v.wholeMedian)}${v.wholeRuns.length > 1 ? ` (median of ${v.wholeRuns.length})` : ''}`,
              ),
        ),
    });
  }
  for (const rate of [1, 4] as const) {
    out.push(
      {
        name: `Scrub ${rate}×: frame time p50 / p95 / max (÷ of p95)`,
        stories: 'all',
        read: (s) =>
          outcome(s?.scrub[rate], (v) => {
            const partial = v.complete ? '' : ` (${v.frames}/${v.steps} steps)`;
            return cell(
              v.p95,
              `${fixed(v.p50, 1)} / ${fixed(v.p95, 1)} / ${fixed(v.max, 1)} ms${partial}`,
            );
          }),
      },
      {
        name: `Scrub ${rate}×: long tasks > 50 ms (their total)`,
        stories: 'all',
        read: (s) =>
          outcome(s?.scrub[rate], (v) => cell(v.longTasks, `${v.longTasks} (${ms(v.longTaskMs)})`)),
      },
    );
  }
  out.push(
    browser('Layout in the browser, seen from outside: all keyframes (thread)', (v) =>
      v.layoutMs === null
        ? { text: `never seen running (${v.thread})` }
        : cell(v.layoutMs, `${ms(v.layoutMs)} (${v.thread})`),
    ),
    browser('Layout in the browser, the app’s own measure: all keyframes (its thread)', (v) =>
      v.app.layoutMs === null
        ? { text: `no mark (${v.app.thread ?? 'none named'})` }
        : cell(v.app.layoutMs, `${ms(v.app.layoutMs)} (${v.app.thread ?? 'none named'})`),
    ),
    browser('Layout in the browser, the app’s own measure: first keyframes', (v) =>
      v.app.firstLayoutMs === null
        ? { text: 'no mark' }
        : cell(v.app.firstLayoutMs, ms(v.app.firstLayoutMs)),
    ),
    browser('Layout in the browser: progress bar; drawn before done', (v) => ({
      text: `${v.progressAt === null ? 'no' : 'yes'}; ${v.drawnBeforeDone ? 'yes' : 'no'} (drawn at ${ms(v.firstGraphAt)}, done at ${ms(v.doneAt)})`,
    })),
    layout('Layout: all keyframes in Node (reference)', (v) =>
      cell(v.layoutMs, `${ms(v.layoutMs)} (${v.keyframes} keyframes)`),
    ),
    layout('Stability: mean move between adjacent keyframes', (v) =>
      cell(v.meanDisplacement, `${fixed(v.meanDisplacement, 2)} units`),
    ),
    {
      name: 'Stability: path-independence error, max',
      stories: 'all',
      read: (s) =>
        outcome(s?.path, (v) => {
          const mismatched = v.mismatched ? `, ${v.mismatched} actors mismatched` : '';
          const compared = `${v.compared} compared at ${v.samples} dates, fewest ${v.fewestCompared}`;
          return cell(v.maxPx, `${fixed(v.maxPx, 2)} px${mismatched} (${compared})`);
        }),
    },
    {
      name: 'Memory: JS heap growth after GC (2nd half)',
      stories: 'all',
      read: (s) =>
        outcome(s?.memory, (v) =>
          cell(
            v.growth,
            `${fixed(v.growth / MB, 2)} MB (${fixed(v.secondHalfGrowth / MB, 2)}) over ${fixed(v.taken, 0)} of ${fixed(v.steps, 0)} steps taken${v.followed === null ? '' : `, ${fixed(v.followed, 0)} followed`}`,
          ),
        ),
    },
  );
  return out;
}

function resultRows(r: Results): string[] {
  const ids = r.stories.map((s) => s.id);
  const chosen = {
    all: ids,
    peered: ids.filter((id) => id === 'flagship' || id === 'gen-1000'),
    flagship: ['flagship'],
  };
  const lines: string[] = [];
  for (const metric of metrics(r)) {
    for (const story of chosen[metric.stories]) {
      const ours = metric.read(subjectOf(r.subjects, 'tielines', story), 'tielines', story);
      const peers = PEERS.map((peer) => {
        const subject = subjectOf(r.subjects, peer, story);
        return subject ? metric.read(subject, peer, story) : NONE;
      });
      if (ours === NONE && peers.every((p) => p === NONE)) continue; // measured for no one
      const label = r.stories.find((s) => s.id === story)?.label ?? story;
      lines.push(
        row([metric.name, label, ours.text, ...peers.flatMap((p) => [p.text, ratio(ours, p)])]),
      );
    }
  }
  return lines;
}

function notes(r: Results): string[] {
  const out = [
    '- Start: navigation start → the first drawn graph: an SVG `[data-actor-id]` element (the app up to 200 actors, the d3 peer), the app’s canvas (`.network canvas[data-actors]` > 0) at its first draw with positions (its `bench:first-graph` mark), or vis-network’s first `afterDrawing` (its mark); every load in a fresh browser context (empty cache); CPU slowed with CDP `Emulation.setCPUThrottlingRate`. The d3 peer’s circles enter the page a tick before they are placed, so its Start is early by up to a frame. “Graph and slider”: until the time slider (`input[type="range"]`) is in the page too — the whole first view; the app adds its panels and slider in the task after the graph’s first frame; the peers’ pages have their slider from the start.',
    `- Weight: the built files the first view requested, compressed with node:zlib (gzip 9, brotli 11); kB = 1,000 bytes. JS+CSS counts the scripts of the workers the page started (${workerNote(r)}). The app ships its flagship story as a JS chunk (\`data/musk-altman.json\` in the Vite manifest): it is counted as story data, not code; the peers fetch it as JSON. Its keyframe layouts, computed when the app is built (the \`musk-altman-layout\` chunk, about 1 kB gzip), are counted as code.`,
    '- Scrub: one slider step per animation frame across the whole domain; frame time = interval between rAF timestamps (16.7 ms = every frame on time at 60 Hz; 33.3 ms = 30 fps). "(n/N steps)": the scrub reached its time cap; the figures are of the frames it measured. The app’s scrubs start once its layout is done.',
    '- Layout in the browser, on the first load at 1×, seen from outside the app: from when the init script first saw `.graph[data-layout="running"]` to when it saw `.graph[data-layout="done"]` (a MutationObserver’s clock); the thread: "worker" when the page started the layout worker (Playwright’s `page.on(\'worker\')`, its `layout.worker` script URL) and received messages from it before then (counted by the init script), "idle worker" when it sent none (the app starts its worker ahead of need), else "no worker". Beside it, for comparison only, the app’s own word: its User Timing measures (`tielines:first-layout`: the first keyframes arrived; `tielines:layout`: all of them; from the layout’s start) and `.graph[data-layout-thread]`. "Progress bar": its `<progress>` (“Laying out the network…”) seen while `.graph[data-layout="running"]`; "drawn before done": the first graph drawn before the layout was seen done — the graph usable meanwhile.',
    '- Layout in Node (reference): `layoutKeyframes` in Node over every keyframe, one process per story, killed at its time limit. Stability is in layout units (about 1 px at scale 1).',
    '- Path independence: positions at sampled dates reached by dragging forward vs opened with `?date=` (app: `svg [data-actor-id]` transforms, so SVG stories only; peers: their node positions once their layout has come to rest). "Compared": actors drawn after both routes, summed over the dates; "fewest": at the date with the fewest (0: that date proved nothing).',
    '- Memory: JSHeapUsedSize (CDP Performance.getMetrics) after HeapProfiler.collectGarbage, before, halfway through and after the slider steps (back and forth over the domain). "Taken": input events that reached the slider with a new value, counted in the page; "followed": steps after which the date the app shows (its header) changed.',
  ];
  if (r.meta.load[0] > r.meta.cpus || r.meta.load[1] > r.meta.cpus)
    out.push(
      `- The machine was busy with other work (load average above its ${r.meta.cpus} CPUs): timings are pessimistic and noisy.`,
    );
  const limits = r.subjects
    .filter((s) => s.elapsedMs >= s.limitMs - 1000)
    .map((s) => `${s.app} × ${s.story} (${fixed(s.limitMs / 1000, 0)} s)`);
  for (const [story, layout] of Object.entries(r.layout))
    if (!layout.ok) limits.push(`Node layout of ${story} (${layout.message})`);
  if (limits.length > 0) out.push(`- Time limits reached: ${limits.join('; ')}.`);
  return out;
}

/** Which worker scripts the app's first view started, and whether Playwright reported them. */
function workerNote(r: Results): string {
  const app = subjectOf(r.subjects, 'tielines', 'flagship');
  if (!app) return 'the app’s flagship was not measured';
  if (app.workers.length === 0) return 'the app’s flagship view started none';
  const names = app.workers.map((w) => new URL(w).pathname.split('/').pop() ?? w);
  const reported = app.workers.every((w) => app.requests.includes(w));
  return `the app’s flagship view started ${names.join(', ')}; Playwright ${reported ? 'reported' : 'did not report'} its request among the page’s responses`;
}

export function toMarkdown(r: Results): string {
  const m = r.meta;
  const missed = r.budgets.filter((b) => !b.pass).length;
  return [
    `# Tielines benchmark${m.quick ? ' (--quick)' : ''}`,
    '',
    `${m.startedAt} · Chromium ${m.chromium} · Node ${m.node} · ${m.cpus} × ${m.cpuModel} · load average ${fixed(m.load[0], 1)} → ${fixed(m.load[1], 1)} · total ${fixed(m.totalMs / 1000, 0)} s`,
    '',
    '## Stories',
    '',
    row([
      'story',
      'actors',
      'events',
      'tie changes',
      'per actor',
      'keyframes',
      'file (raw / gzip)',
    ]),
    row(['---', '---:', '---:', '---:', '---:', '---:', '---:']),
    ...r.stories.map((s) =>
      row([
        s.label,
        fixed(s.actors, 0),
        fixed(s.events, 0),
        fixed(s.tieChanges, 0),
        fixed(s.tieChanges / s.actors, 2),
        fixed(s.keyframes, 0),
        `${kb(s.bytes)} / ${kb(s.gzip)}`,
      ]),
    ),
    '',
    '## Results',
    '',
    'Ratio = Tielines ÷ peer; every metric is lower-is-better, so below 1× Tielines is ahead.',
    '',
    row(['metric', 'story', 'Tielines', 'vis-network', '÷ vis', 'd3', '÷ d3']),
    row(['---', '---', '---:', '---:', '---:', '---:', '---:']),
    ...resultRows(r),
    '',
    '## Budgets (`--check`)',
    '',
    row(['budget', 'limit', 'measured', 'result']),
    row(['---', '---', '---', '---']),
    ...r.budgets.map((b) => row([b.name, b.limit, b.measured, b.pass ? 'pass' : '**MISS**'])),
    '',
    `${r.budgets.length - missed} of ${r.budgets.length} budgets met.`,
    '',
    '## Notes',
    '',
    ...notes(r),
    '',
  ].join('\n');
}
