// ViewState.settled: what the text around the drawing follows. A step settles at once; a drag or
// play settles only once the date has rested SETTLE_MS. Driven by the hand clock, no real time.
import { describe, expect, it } from 'vitest';
import { dateStart } from '../../src/lib/schema/dates.ts';
import {
  EVENT_PAUSE_MS,
  SETTLE_MS,
  SPEEDS,
  type Speed,
} from '../../src/lib/view/view-state.svelte.ts';
import { tinyView } from './harness.ts';

const at = (date: string) => dateStart(date);
const eventIds = (events: readonly { event: { id: string } }[]) => events.map((e) => e.event.id);

describe('ViewState.settled', () => {
  it('follows a step at once, with its graph, events, changes and involved actors', () => {
    const { view } = tinyView({ date: '2010-06' });
    view.setDate(at('2011-03'));
    expect(view.settled.graph.keyframe).toBe(at('2011-03'));
    expect(eventIds(view.settled.events)).toEqual(['found']);
    expect([...view.settled.involved].sort()).toEqual(['acme', 'ada', 'bo']);
    expect(view.settled.changes.added.map((t) => t.key).sort()).toEqual(['acme|ada', 'acme|bo']);
  });

  it('holds still during a drag and catches up once the date has rested', () => {
    const { view, clock } = tinyView({ date: '2010-06' });
    view.setDate(at('2011-03')); // the first move after a rest: a step
    expect(eventIds(view.settled.events)).toEqual(['found']);
    // A drag: one move a frame, across two more events.
    for (const date of ['2011-06', '2012-06-15', '2012-09', '2013-01-01']) {
      clock.frame(16);
      view.setDate(at(date));
      expect(view.settled.graph.keyframe).toBe(at('2011-03'));
      expect(eventIds(view.settled.events)).toEqual(['found']);
    }
    clock.frame(SETTLE_MS - 1);
    expect(eventIds(view.settled.events)).toEqual(['found']);
    clock.frame(1);
    expect(view.settled.graph.keyframe).toBe(at('2013-01-01'));
    expect(eventIds(view.settled.events)).toEqual(['mentor']);
    expect([...view.settled.involved].sort()).toEqual(['bo', 'cy']);
    // After the rest, the next move is a step again.
    view.setDate(at('2012-06-15'));
    expect(eventIds(view.settled.events)).toEqual(['split']);
  });

  it('says when the reader is dragging: moving continuously, not playing, not resting', () => {
    const { view, clock } = tinyView({ date: '2010-06' });
    view.setDate(at('2010-07')); // a step
    expect(view.dragging).toBe(false);
    clock.frame(16);
    view.setDate(at('2010-08'));
    expect(view.dragging).toBe(true);
    clock.frame(SETTLE_MS);
    expect(view.dragging).toBe(false);
    view.play();
    for (let i = 0; i < 50; i++) {
      clock.frame(16);
      expect(view.dragging).toBe(false);
    }
  });

  it('sets a timer every SETTLE_MS of a drag, not one per move', () => {
    const { view, clock } = tinyView({ date: '2010-06' });
    const start = at('2010-06');
    for (let i = 1; i <= 60; i++) {
      clock.frame(16);
      view.setDate(start + i * 10 * 86_400_000); // to early 2012, past March 2011's event
    }
    // 60 moves over 960 ms: at most one timer per 150 ms of it, and one more to end on.
    expect(clock.timersSet).toBeLessThanOrEqual(Math.ceil((60 * 16) / SETTLE_MS) + 1);
    expect(eventIds(view.settled.events)).toEqual(['meet']);
    clock.frame(SETTLE_MS);
    expect(eventIds(view.settled.events)).toEqual(['found']);
  });

  it('during play, follows each event once play has rested on it, and only then', () => {
    const { view, clock } = tinyView({ date: '2010-02' });
    view.play();
    const arrivals: { keyframe: number; frame: number; onArrival: number; later?: number }[] = [];
    const wait = Math.ceil(SETTLE_MS / 16); // frames until a rest has lasted SETTLE_MS
    for (let i = 0; i < 2000 && (view.playing || i <= (arrivals.at(-1)?.frame ?? 0) + wait); i++) {
      clock.frame(16);
      const settled = view.settled.graph.keyframe;
      if (view.timeline.keyframes.includes(view.at) && arrivals.at(-1)?.keyframe !== view.at)
        arrivals.push({ keyframe: view.at, frame: i, onArrival: settled });
      for (const a of arrivals) if (i === a.frame + wait) a.later = settled;
    }
    // Play arrives at every event after the start, in order.
    expect(arrivals.map((a) => a.keyframe)).toEqual(
      view.timeline.keyframes.filter((k) => k > at('2010-02')),
    );
    for (const [i, a] of arrivals.entries()) {
      // On arrival the text still shows the event before (play was moving)…
      expect(a.onArrival).toBe(i === 0 ? at('2010') : arrivals[i - 1]!.keyframe);
      // …and SETTLE_MS of rest later, this one.
      expect(a.later).toBe(a.keyframe);
    }
  });

  it('rests on each event longer than it takes to settle, at every speed', () => {
    // Play shows every event in the panels only if its rest outlasts SETTLE_MS.
    for (const speed of Object.keys(SPEEDS) as Speed[])
      expect(EVENT_PAUSE_MS / Number(speed)).toBeGreaterThan(SETTLE_MS);
  });

  it('drops a pending settle when destroyed', () => {
    const { view, clock } = tinyView({ date: '2010-06' });
    view.setDate(at('2011-03'));
    clock.frame(16);
    view.setDate(at('2012-06-15'));
    view.destroy();
    clock.frame(SETTLE_MS * 2);
    expect(eventIds(view.settled.events)).toEqual(['found']);
  });
});
