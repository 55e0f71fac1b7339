import { describe, expect, it } from 'vitest';
import { type KeyframeLayout, layoutKeyframes } from '../../src/lib/layout/index.ts';
import {
  type LayoutBatch,
  layoutThreadFor,
  MAIN_THREAD_WORK,
  streamLayouts,
} from '../../src/lib/layout/layout-client.ts';
import { keyframeStates, layoutSteps } from '../../src/lib/layout/keyframe-layout.ts';
import { actorIndex, type LayoutMessage, packLayout } from '../../src/lib/layout/packed.ts';
import type { Story } from '../../src/lib/schema/story.ts';
import { Timeline } from '../../src/lib/timeline/timeline.ts';
import { generateStory } from '../../bench/generate.ts';
import { loadFixture } from './fixtures.ts';

const flagship = loadFixture('../../data/musk-altman.json');
const timeline = new Timeline(flagship);
const expected = layoutKeyframes(timeline);

/**
 * Runs `work` with a Worker class that only counts its starts (Node has none): shows whether a
 * layout asked for a worker. Returns the number started.
 */
async function workersStartedBy(work: () => unknown): Promise<number> {
  const OriginalWorker = globalThis.Worker;
  let started = 0;
  globalThis.Worker = class {
    constructor() {
      started++;
    }
  } as unknown as typeof Worker;
  try {
    await work();
  } finally {
    globalThis.Worker = OriginalWorker;
  }
  return started;
}

/** Runs streamLayouts to the end, collecting every batch. */
function collect(
  spawn: (() => Worker | undefined) | undefined,
  sliceMs = 0,
): Promise<{ batches: LayoutBatch[]; layouts: KeyframeLayout[] }> {
  return new Promise((resolve) => {
    const batches: LayoutBatch[] = [];
    streamLayouts(
      flagship,
      timeline,
      (batch) => {
        batches.push(batch);
        if (batch.done === batch.total)
          resolve({ batches, layouts: batches.flatMap((b) => [...b.layouts]) });
      },
      { spawn, sliceMs },
    );
  });
}

/**
 * A stand-in worker that lays out for real, as layout.worker.ts does, posts the first `before`
 * keyframes one at a time, then fails the way a crashed or blocked worker does.
 */
class FailingWorker extends EventTarget {
  terminated = false;
  constructor(readonly before: number) {
    super();
  }
  postMessage({ story }: { story: Story }): void {
    const index = actorIndex(story);
    const t = new Timeline(story);
    let previous: KeyframeLayout | undefined;
    let from = 0;
    for (const layout of layoutSteps(keyframeStates(t))) {
      if (from === this.before) break;
      const { packed } = packLayout(layout, previous, index);
      previous = layout;
      const data: LayoutMessage = {
        type: 'layouts',
        from,
        total: t.keyframes.length,
        layouts: [packed],
      };
      from++;
      setTimeout(() => this.dispatchEvent(new MessageEvent('message', { data })), 0);
    }
    setTimeout(() => this.dispatchEvent(new Event('error', { cancelable: true })), 0);
  }
  terminate(): void {
    this.terminated = true;
  }
}

describe('layoutThreadFor', () => {
  it('keeps a story as small as the flagship on the main thread', () => {
    expect(flagship.actors.length * timeline.keyframes.length).toBeLessThanOrEqual(
      MAIN_THREAD_WORK,
    );
    expect(layoutThreadFor(flagship, timeline)).toBe('main');
  });

  it('sends a larger story to a worker', () => {
    const story = generateStory({ actors: 80 });
    const t = new Timeline(story);
    expect(story.actors.length * t.keyframes.length).toBeGreaterThan(MAIN_THREAD_WORK);
    expect(layoutThreadFor(story, t)).toBe('worker');
  });
});

describe('streamLayouts', () => {
  it('hands over layouts known already (the bundled story’s) at once, laying out nothing', async () => {
    let loads = 0;
    const load = () => {
      loads++;
      return import('../../src/lib/layout/keyframe-layout.ts');
    };
    const batches: LayoutBatch[] = [];
    const started = await workersStartedBy(() => {
      streamLayouts(flagship, timeline, (b) => batches.push(b), { known: expected, load });
    });
    expect(batches).toEqual([
      { layouts: expected, done: expected.length, total: expected.length, thread: 'build' },
    ]);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(batches).toHaveLength(1);
    expect(started).toBe(0);
    expect(loads).toBe(0);
  });

  it('lays the story out when the known layouts are not one per keyframe', async () => {
    for (const known of [expected.slice(1), expected.map((l) => ({ ...l, keyframe: 0 }))]) {
      const layouts = await new Promise<KeyframeLayout[]>((resolve) => {
        const got: KeyframeLayout[] = [];
        streamLayouts(
          flagship,
          timeline,
          (b) => {
            expect(b.thread).toBe('main');
            got.push(...b.layouts);
            if (b.done === b.total) resolve(got);
          },
          { spawn: () => undefined, known },
        );
      });
      expect(layouts).toEqual(expected);
    }
  });

  it('starts no worker for a small story: its first keyframe comes within the call', async () => {
    const started = await workersStartedBy(async () => {
      // The layout's code loads once; after that a layout starts in the caller's task.
      await collect(undefined);
      const batches: LayoutBatch[] = [];
      const stop = streamLayouts(flagship, timeline, (b) => batches.push(b));
      expect(batches).toHaveLength(1);
      expect(batches[0]!.layouts[0]).toEqual(expected[0]);
      expect(batches[0]!.thread).toBe('main');
      stop();
    });
    expect(started).toBe(0);
  });

  it('on the main thread, gives the layouts of layoutKeyframes in slices, in order', async () => {
    const { batches, layouts } = await collect(() => undefined);
    expect(layouts).toEqual(expected);
    expect(batches.length).toBeGreaterThan(1);
    expect(batches.map((b) => b.done)).toEqual(
      batches.map((_, i) => batches.slice(0, i + 1).reduce((n, b) => n + b.layouts.length, 0)),
    );
    expect(new Set(batches.map((b) => b.thread))).toEqual(new Set(['main']));
    expect(batches.at(-1)!.total).toBe(timeline.keyframes.length);
  });

  it('falls back to the main thread when no worker can start', async () => {
    const { layouts, batches } = await collect(() => {
      throw new DOMException('opaque origin', 'SecurityError');
    });
    expect(layouts).toEqual(expected);
    expect(batches.every((b) => b.thread === 'main')).toBe(true);
  });

  it('resumes on the main thread where a failing worker stopped, without repeating a keyframe', async () => {
    const worker = new FailingWorker(5);
    const { layouts, batches } = await collect(() => worker as unknown as Worker);
    expect(layouts).toEqual(expected);
    expect(batches.filter((b) => b.thread === 'worker')).toHaveLength(5);
    expect(worker.terminated).toBe(true);
  });

  it('turns to a worker when the main thread’s layout code fails to load', async () => {
    const OriginalWorker = globalThis.Worker;
    // A worker that lays out for real (it never fails before the end).
    globalThis.Worker = class extends FailingWorker {
      constructor() {
        super(Infinity);
      }
    } as unknown as typeof Worker;
    try {
      const failures: string[] = [];
      const batches: LayoutBatch[] = [];
      await new Promise<void>((resolve) => {
        streamLayouts(
          flagship,
          timeline,
          (b) => {
            batches.push(b);
            if (b.done === b.total) resolve();
          },
          {
            load: () => Promise.reject(new Error('chunk 404')),
            onfail: (m) => failures.push(m),
          },
        );
      });
      expect(batches.flatMap((b) => [...b.layouts])).toEqual(expected);
      expect(new Set(batches.map((b) => b.thread))).toEqual(new Set(['worker']));
      await new Promise((r) => setTimeout(r, 20)); // the stand-in's closing error is ignored
      expect(failures).toEqual([]);
    } finally {
      globalThis.Worker = OriginalWorker;
    }
  });

  it('reports the failure when neither its code nor a worker can run', async () => {
    const failures: string[] = [];
    const batches: LayoutBatch[] = [];
    streamLayouts(flagship, timeline, (b) => batches.push(b), {
      load: () => Promise.reject(new Error('chunk 404')),
      onfail: (m) => failures.push(m),
    });
    await new Promise((r) => setTimeout(r, 20));
    expect(batches).toEqual([]);
    expect(failures).toHaveLength(1);
    expect(failures).toEqual([
      'its code did not load (chunk 404), and no layout worker could start',
    ]);
  });

  it('delivers nothing once stopped', async () => {
    const batches: LayoutBatch[] = [];
    const stop = streamLayouts(
      flagship,
      timeline,
      (b) => {
        batches.push(b);
        // The first batch may come before streamLayouts returns (a small story, its code loaded).
        queueMicrotask(() => stop());
      },
      { spawn: () => undefined, sliceMs: 0 },
    );
    await new Promise((r) => setTimeout(r, 200));
    expect(batches).toHaveLength(1);
    expect(batches[0]!.done).toBeLessThan(timeline.keyframes.length);
  });
});
