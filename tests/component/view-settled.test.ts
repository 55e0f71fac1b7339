// ViewState.settled: what the text around the drawing follows. A step settles at once; a drag or
// play settles only once the date has rested SETTLE_MS. Driven by the hand clock, no real time.
import { describe, expect, it } from 'vitest';
import { dateStart } from '../../src/lib/schema/dates.ts';
import { SETTLE_MS } from '../../src/lib/view/view-state.svelte.ts';
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
    expect(view.settled.graph.keyframe).toBe(at('2011-03'));
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

  it('settles on each event play rests on, and changes its events only there', () => {
    const { view, clock } = tinyView({ date: '2010-01' });
    view.play();
    const keyframes: number[] = [];
    let changed = 0;
    let events = view.settled.events;
    for (let i = 0; i < 2000 && view.playing; i++) {
      clock.frame(16);
      if (view.settled.graph.keyframe !== keyframes.at(-1))
        keyframes.push(view.settled.graph.keyframe);
      if (view.settled.events !== events) changed++;
      events = view.settled.events;
    }
    expect(view.playing).toBe(false);
    // Every keyframe once, in order: play rests on each; in between the date never rests.
    expect(keyframes).toEqual(view.timeline.keyframes.filter((k) => k >= at('2010-01')));
    expect(changed).toBe(keyframes.length - 1);
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
