import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dateStart } from '../../src/lib/schema/dates.ts';
import type { Story } from '../../src/lib/schema/story.ts';
import { type GraphState, graphAt, Timeline, timelineOf } from '../../src/lib/timeline/timeline.ts';
import { loadFixture } from './fixtures.ts';
import { storyArbitrary } from './story-arbitrary.ts';

const tiny = loadFixture('tiny.json');
const relation = (story: Story, a: string, b: string, date: string) =>
  graphAt(story, date).ties.find(
    (t) => (t.source === a && t.target === b) || (t.source === b && t.target === a),
  )?.relation ?? null;

describe('graphAt on the tiny story', () => {
  it.each([
    ['2009-06', null],
    ['2010', 'introduced'],
    ['2010-12-31', 'introduced'],
    ['2011-03', 'alliance'],
    ['2012-06-14', 'alliance'],
    ['2012-06-15', 'split'],
    ['2020', 'split'],
  ])('ada–bo at %s is %s', (date, expected) => {
    expect(relation(tiny, 'ada', 'bo', date)).toBe(expected);
  });

  it.each([
    ['2008', []],
    ['2009', []],
    ['2010', ['ada', 'bo', 'cy']],
    ['2011-03', ['ada', 'bo', 'acme', 'cy']],
  ])('actors present at %s', (date, actors) => {
    // cy has an explicit start (2009) before any event, so it is present from the first keyframe on.
    expect(graphAt(tiny, date).actors).toEqual(actors);
  });

  it('ends a tie with relation "none"', () => {
    expect(relation(tiny, 'bo', 'acme', '2012-01')).toBe('founded');
    expect(relation(tiny, 'bo', 'acme', '2012-06-15')).toBeNull();
    expect(relation(tiny, 'ada', 'acme', '2012-06-15')).toBe('founded');
  });

  it('takes custom relations and their stance from meta.relations', () => {
    const tie = graphAt(tiny, '2013').ties.find((t) => t.relation === 'mentor');
    expect(tie).toMatchObject({
      stance: 'positive',
      since: dateStart('2013-01-01'),
      eventId: 'mentor',
    });
  });

  it('returns the same object for the same keyframe (cheap to call every frame)', () => {
    expect(graphAt(tiny, '2011-04')).toBe(graphAt(tiny, '2011-09-30'));
  });
});

describe('Timeline helpers', () => {
  const tl = timelineOf(tiny);

  it('sorts events stably by date and lists distinct keyframes', () => {
    expect(tl.events.map((e) => e.event.id)).toEqual(['meet', 'found', 'split', 'mentor']);
    expect(tl.keyframes).toEqual(['2010', '2011-03', '2012-06-15', '2013-01-01'].map(dateStart));
  });

  it('spans the domain from the earliest start to the last event', () => {
    expect(tl.domain).toEqual([dateStart('2009'), dateStart('2013-01-01')]);
  });

  it.each([
    ['2009', undefined],
    ['2010-06', 'meet'],
    ['2012-06-15', 'split'],
    ['2030', 'mentor'],
  ])('event at or before %s is %s', (date, id) => {
    expect(tl.eventAtOrBefore(date)?.event.id).toBe(id);
  });

  it('reports ties added, ended and changed between two dates', () => {
    const changes = tl.changesBetween('2011-03', '2012-06-15');
    expect(changes.added).toEqual([]);
    expect(changes.ended.map((t) => t.key)).toEqual(['acme|bo']);
    expect(changes.changed.map((c) => [c.before.relation, c.after.relation])).toEqual([
      ['alliance', 'split'],
    ]);
    expect(tl.changesBetween('2010', '2011-03').appeared).toEqual(['acme']);
  });

  it('gives the history of each tie of an actor', () => {
    const history = tl.historyOf('ada');
    expect(history.get('ada|bo')?.map((s) => s.relation)).toEqual([
      'introduced',
      'alliance',
      'split',
    ]);
    expect(history.get('ada|bo')?.at(-1)?.to).toBe(Infinity);
  });

  it('keeps same-date events in file order, the later one winning', () => {
    const story = structuredClone(tiny);
    story.events.push({
      ...structuredClone(story.events[0]!),
      id: 'again',
      ties: [{ source: 'ada', target: 'bo', relation: 'rivalry' }],
    });
    expect(relation(story, 'ada', 'bo', '2012-06-15')).toBe('rivalry');
  });
});

describe('engine properties', () => {
  it('never mutates the story', () => {
    fc.assert(
      fc.property(storyArbitrary(), fc.integer({ min: 1990, max: 2030 }), (story, year) => {
        const copy = structuredClone(story);
        new Timeline(story).graphAt(`${year}`);
        expect(story).toEqual(copy);
      }),
    );
  });

  it('graphAt agrees with a replay of the events, one by one, at many dates', () => {
    fc.assert(
      fc.property(
        storyArbitrary(),
        fc.array(fc.integer({ min: -400, max: 365 * 21 }), { maxLength: 10 }),
        (story, days) => {
          const tl = new Timeline(story);
          const instants = story.events.map((e) => instantOf(e.date));
          const dates = [
            ...instants.flatMap((at) => [at - 1, at, at + 1, at + 86_400_000 - 1]),
            ...days.map((d) => Date.UTC(2000, 0, 1) + d * 86_400_000),
            Date.UTC(1999, 0, 1),
            Date.UTC(2030, 0, 1),
          ];
          for (const at of dates) expect(comparable(tl.graphAt(at))).toEqual(replay(story, at));
        },
      ),
    );
  });

  it('graphAt on the tiny story agrees with the replay, custom relation included', () => {
    const tl = new Timeline(tiny);
    const dates = ['2009-06', '2010', '2011-02-28', '2011-03', '2012-06-14', '2012-06-15', '2013'];
    for (const date of dates) {
      expect(comparable(tl.graphAt(date))).toEqual(replay(tiny, instantOf(date)));
    }
    // The oracle itself, at one date, written out: what it compares must not be empty.
    expect(replay(tiny, instantOf('2013'))).toEqual({
      keyframe: Date.UTC(2013, 0, 1),
      actors: ['ada', 'bo', 'acme', 'cy'],
      ties: [
        ['acme|ada', 'ada', 'acme', 'founded', 'positive', Date.UTC(2011, 2, 1), 'found'],
        ['ada|bo', 'ada', 'bo', 'split', 'negative', Date.UTC(2012, 5, 15), 'split'],
        ['bo|cy', 'cy', 'bo', 'mentor', 'positive', Date.UTC(2013, 0, 1), 'mentor'],
      ],
    });
  });

  it('eventsAt gives the events of the keyframe at or before a date, one array per keyframe', () => {
    fc.assert(
      fc.property(storyArbitrary(), (story) => {
        const tl = new Timeline(story);
        const dates = tl.keyframes.flatMap((k) => [k - 1, k, k + 86_400_000]);
        for (const at of dates) {
          const keyframe = tl.keyframes.filter((k) => k <= at).at(-1);
          expect(tl.eventsAt(at)).toEqual(tl.events.filter((e) => e.at === keyframe));
          // The same array however often it is asked for (views derive from it every frame).
          expect(tl.eventsAt(at)).toBe(tl.eventsAt(keyframe ?? at));
        }
      }),
    );
  });

  it('adding an event after D never changes graphAt(D)', () => {
    fc.assert(
      fc.property(
        storyArbitrary(),
        fc.nat(),
        fc.integer({ min: 1, max: 3000 }),
        (story, pick, daysLater) => {
          const tl = new Timeline(story);
          const d = tl.keyframes[pick % tl.keyframes.length]!;
          const before = tl.graphAt(d);
          const [a, b] = [story.actors[0]!.id, story.actors.at(-1)!.id];
          const later = new Date(d + daysLater * 86_400_000).toISOString().slice(0, 10);
          const extended: Story = {
            ...story,
            events: [
              ...story.events,
              {
                id: 'later-event',
                date: later,
                title: { en: 'later' },
                actors: [a],
                ties: a === b ? [] : [{ source: a, target: b, relation: 'rivalry' }],
                sources: story.events[0]!.sources,
              },
            ],
          };
          expect(new Timeline(extended).graphAt(d)).toEqual(before);
        },
      ),
    );
  });

  it('the state at a date depends only on the events up to it (shuffled order, same state)', () => {
    fc.assert(
      fc.property(storyArbitrary(), fc.nat(), (story, seed) => {
        // Reordering events with different dates must not change anything; same-date order is kept.
        const shuffled: Story = { ...story, events: stableShuffleAcrossDates(story.events, seed) };
        const a = new Timeline(story);
        const b = new Timeline(shuffled);
        for (const k of a.keyframes) expect(b.graphAt(k)).toEqual(a.graphAt(k));
      }),
    );
  });

  it('every tie joins two present actors', () => {
    fc.assert(
      fc.property(storyArbitrary(), (story) => {
        const tl = new Timeline(story);
        for (const k of tl.keyframes) {
          const state = tl.graphAt(k);
          const present = new Set(state.actors);
          for (const tie of state.ties) {
            expect(present.has(tie.source) && present.has(tie.target)).toBe(true);
            expect(tie.since).toBeLessThanOrEqual(k);
          }
        }
      }),
    );
  });
});

/** A story date's first instant (ms, UTC), read independently of the schema's parser. */
function instantOf(date: string): number {
  const [year, month = 1, day = 1] = date.split('-').map(Number);
  return Date.UTC(year!, month - 1, day);
}

/** The stances of the relations these tests use, as the story format documents them. */
const STANCES: Record<string, string> = {
  introduced: 'neutral',
  alliance: 'positive',
  split: 'negative',
  rivalry: 'negative',
  founded: 'positive',
};

type Row = [key: string, ...rest: (string | number)[]];

/**
 * The oracle: the network at `at`, by replaying the events up to it one at a time (earlier dates
 * first, file order within a date) into a Map of pair → relation. Between event dates the network
 * is the one of the last event date; before the first event it is empty.
 */
function replay(story: Story, at: number): { keyframe: number; actors: string[]; ties: Row[] } {
  const order = story.events
    .map((event, index) => ({ event, index, instant: instantOf(event.date) }))
    .filter((e) => e.instant <= at)
    .sort((a, b) => a.instant - b.instant || a.index - b.index);
  const last = order.at(-1);
  if (!last) return { keyframe: -Infinity, actors: [], ties: [] };
  const keyframe = last.instant;
  const named = new Set<string>();
  const pairs = new Map<string, Row>();
  for (const { event, instant } of order) {
    for (const id of event.actors) named.add(id);
    for (const { source, target, relation } of event.ties ?? []) {
      named.add(source).add(target);
      const key = [source, target].sort().join('|');
      if (relation === 'none') pairs.delete(key);
      else {
        const stance = story.meta.relations?.[relation]?.stance ?? STANCES[relation] ?? '?';
        pairs.set(key, [key, source, target, relation, stance, instant, event.id]);
      }
    }
  }
  const actors = story.actors
    .filter((a) => named.has(a.id) || (a.start !== undefined && instantOf(a.start) <= keyframe))
    .map((a) => a.id);
  const ties = [...pairs.values()].sort((a, b) => (a[0] < b[0] ? -1 : 1));
  return { keyframe, actors, ties };
}

/** A state in the oracle's terms: every field of every tie, the ties sorted by pair. */
function comparable(state: GraphState): ReturnType<typeof replay> {
  const ties = state.ties
    .map((t): Row => [t.key, t.source, t.target, t.relation, t.stance, t.since, t.eventId])
    .sort((a, b) => (a[0] < b[0] ? -1 : 1));
  return { keyframe: state.keyframe, actors: [...state.actors], ties };
}

/**
 * Moves events around while keeping the relative order of events that start at the same instant
 * ("2000" and "2000-01-01" share one).
 */
function stableShuffleAcrossDates<T extends { date: string }>(
  events: readonly T[],
  seed: number,
): T[] {
  const byDate = new Map<number, T[]>();
  for (const e of events)
    byDate.set(dateStart(e.date), [...(byDate.get(dateStart(e.date)) ?? []), e]);
  const groups = [...byDate.values()];
  let s = seed || 1;
  for (let i = groups.length - 1; i > 0; i--) {
    s = (s * 1664525 + 1013904223) % 4294967296;
    const j = s % (i + 1);
    [groups[i], groups[j]] = [groups[j]!, groups[i]!];
  }
  return groups.flat();
}

describe('chapters', () => {
  const tl = timelineOf(tiny);
  it.each([
    ['2009', undefined],
    ['2010', 'together'],
    ['2012-05-31', 'together'],
    ['2012-06', 'apart'],
    ['2014-12-31', 'apart'],
    ['2015', undefined],
  ])('at %s the chapter is %s (a chapter runs to the end of its "to")', (date, id) => {
    expect(tl.chapterAt(date)?.chapter.id).toBe(id);
  });
});
