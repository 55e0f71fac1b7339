import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { dateEnd, dateStart } from '../../../src/lib/schema/dates.ts';
import { BUILTIN_RELATIONS } from '../../../src/lib/schema/relations.ts';
import type { Actor, Story, StoryEvent, TieChange } from '../../../src/lib/schema/story.ts';
import {
  graphAt,
  pairKey,
  Timeline,
  timelineOf,
  type Tie,
} from '../../../src/lib/timeline/timeline.ts';
import { storyArbitrary } from '../story-arbitrary.ts';

const t = dateStart;

/** A story of the given actors (ids, optional start) and events (date, ties), valid in shape. */
function story(
  actors: (string | [id: string, start: string])[],
  events: [date: string, ties: [string, string, string][], actors?: string[]][],
  meta: Partial<Story['meta']> = {},
): Story {
  return {
    meta: {
      id: 's',
      title: { en: 'S' },
      languages: ['en'],
      sources: [{ id: 'src', title: 'T', publisher: 'P', language: 'en' }],
      ...meta,
    },
    actors: actors.map((a): Actor => {
      const [id, start] = typeof a === 'string' ? [a, undefined] : a;
      return { id, kind: 'person', name: { en: id }, ...(start ? { start } : {}) };
    }),
    events: events.map(([date, ties, names], i): StoryEvent => {
      const changes = ties.map(([source, target, relation]): TieChange => ({
        source,
        target,
        relation,
      }));
      return {
        id: `e${i}`,
        date,
        title: { en: `E${i}` },
        actors: names ?? [...new Set(changes.flatMap((c) => [c.source, c.target]))],
        ties: changes,
        sources: [{ source: 'src', quote: 'q' }],
      };
    }),
  };
}

/**
 * The network at `at`, replayed from the story alone: events in date order (file order on a tie),
 * each tie change written into a Map by pair; an actor is present from its start or first mention.
 */
function replay(s: Story, at: number) {
  const relations: Record<string, { stance: Tie['stance'] }> = {
    ...BUILTIN_RELATIONS,
    ...s.meta.relations,
  };
  const events = s.events
    .map((event, i) => ({ event, i, at: t(event.date) }))
    .sort((a, b) => a.at - b.at || a.i - b.i)
    .filter((e) => e.at <= at);
  const keyframe = events.at(-1)?.at ?? -Infinity;
  const seen = new Set(s.actors.filter((a) => a.start && t(a.start) <= keyframe).map((a) => a.id));
  const ties = new Map<string, Tie>();
  for (const { event, at: since } of events) {
    for (const id of event.actors) seen.add(id);
    for (const { source, target, relation } of event.ties ?? []) {
      seen.add(source).add(target);
      const key = [source, target].sort().join('|');
      if (relation === 'none') ties.delete(key);
      else {
        const stance = relations[relation]?.stance ?? 'neutral';
        ties.set(key, { key, source, target, relation, stance, since, eventId: event.id });
      }
    }
  }
  return {
    keyframe,
    actors: s.actors.map((a) => a.id).filter((id) => seen.has(id)),
    ties: [...ties.values()].sort((a, b) => a.since - b.since || (a.key < b.key ? -1 : 1)),
  };
}

describe('graphAt against a replay of the events', () => {
  it('agrees at every keyframe, between them, and before the first', () => {
    fc.assert(
      fc.property(storyArbitrary(), fc.array(fc.integer({ min: -400, max: 8000 })), (s, days) => {
        const timeline = new Timeline(s);
        const instants = [
          ...timeline.keyframes,
          ...timeline.keyframes.map((k) => k - 1),
          ...days.map((d) => t('2000-01-01') + d * 86_400_000),
        ];
        for (const at of instants) expect(timeline.graphAt(at)).toEqual(replay(s, at));
      }),
      { numRuns: 60 },
    );
  });
});

describe('Timeline: events, keyframes, chapters', () => {
  const s = story(
    ['a', 'b', ['c', '2009-06'], ['d', '2012']],
    [
      ['2011', [['a', 'b', 'rivalry']]],
      ['2010-03', [['a', 'b', 'alliance']]],
      ['2011', [['b', 'c', 'funds']]],
      ['2010-03-01', [['a', 'c', 'meeting']]],
      ['2012-05-06', [['d', 'a', 'leads']]],
    ],
    {
      chapters: [
        { id: 'one', title: { en: '1' }, from: '2010', to: '2010-12' },
        { id: 'two', title: { en: '2' }, from: '2010-06', to: '2011' },
      ],
    },
  );
  // Built before each test, not once for the file: a mutation run sees only what a test runs.
  let timeline: Timeline;
  beforeEach(() => {
    timeline = new Timeline(s);
  });

  it('sorts events by date, stably, and numbers them in that order', () => {
    expect(timeline.events.map((e) => [e.event.id, e.order, e.precision])).toEqual([
      ['e1', 0, 'month'],
      ['e3', 1, 'day'],
      ['e0', 2, 'year'],
      ['e2', 3, 'year'],
      ['e4', 4, 'day'],
    ]);
    expect(timeline.events.map((e) => e.at)).toEqual([
      t('2010-03'),
      t('2010-03'),
      t('2011'),
      t('2011'),
      t('2012-05-06'),
    ]);
  });

  it('has one keyframe per distinct date, ascending', () => {
    expect(timeline.keyframes).toEqual([t('2010-03'), t('2011'), t('2012-05-06')]);
  });

  it('starts its domain at the earliest actor start, ends it at the last event', () => {
    expect(timeline.domain).toEqual([t('2009-06'), t('2012-05-06')]);
  });

  it('knows when each actor first appears: its start or first event, whichever is first', () => {
    expect(Object.fromEntries(timeline.appearsAt)).toEqual({
      c: t('2009-06'),
      d: t('2012'), // its start, before its first event
      a: t('2010-03'),
      b: t('2010-03'),
    });
    const later = new Timeline(story([['x', '2015'], 'y'], [['2013', [['x', 'y', 'alliance']]]]));
    expect(later.appearsAt.get('x')).toBe(t('2013')); // first event before its start
    expect(later.domain).toEqual([t('2013'), t('2013')]);
  });

  it.each([
    ['2010-03', ['e1', 'e3']],
    ['2010-12-31', ['e1', 'e3']],
    ['2011-01-01', ['e0', 'e2']],
    ['2012-05-06', ['e4']],
    ['2030', ['e4']],
    ['2010-02', []],
  ])('at %s the events of its keyframe are %j', (when, ids) => {
    expect(timeline.eventsAt(when).map((e) => e.event.id)).toEqual(ids);
    expect(timeline.eventAtOrBefore(when)?.event.id).toBe(ids.at(-1));
  });

  it.each([
    [t('2010-03') - 1, -1],
    [t('2010-03'), 0],
    [t('2011') - 1, 0],
    [t('2011'), 1],
    [t('2012-05-06'), 2],
    [Infinity, 2],
    [-Infinity, -1],
  ])('keyframeIndex(%d) is %i', (at, index) => {
    expect(timeline.keyframeIndex(at)).toBe(index);
  });

  it('places chapters from the start of "from" to the end of "to", first match wins', () => {
    expect(timeline.chapters.map(({ chapter, from, to }) => [chapter.id, from, to])).toEqual([
      ['one', t('2010'), t('2011')],
      ['two', t('2010-06'), t('2012')],
    ]);
    expect(timeline.chapterAt(t('2010') - 1)).toBeUndefined();
    expect(timeline.chapterAt('2010')?.chapter.id).toBe('one');
    expect(timeline.chapterAt('2010-12-31')?.chapter.id).toBe('one');
    expect(timeline.chapterAt('2011')?.chapter.id).toBe('two');
    expect(timeline.chapterAt(t('2012') - 1)?.chapter.id).toBe('two');
    expect(timeline.chapterAt('2012')).toBeUndefined();
    expect(new Timeline(story(['a', 'b'], [['2010', [['a', 'b', 'split']]]])).chapters).toEqual([]);
  });

  it('refuses an event whose date is not a date, naming it', () => {
    const bad = story(
      ['a', 'b'],
      [
        ['2010', [['a', 'b', 'split']]],
        ['2010-13', []],
      ],
    );
    expect(() => new Timeline(bad)).toThrow(
      new RangeError('events[1].date: "2010-13" has month 13: months run 01 to 12'),
    );
  });
});

describe('Timeline: spans and history', () => {
  const s = story(
    ['a', 'b', 'c'],
    [
      ['2010', [['b', 'a', 'alliance']]],
      ['2010', [['a', 'b', 'rivalry']]], // same date: the alliance never lasted
      ['2011', [['a', 'c', 'funds']]],
      [
        '2012',
        [
          ['a', 'b', 'none'],
          ['c', 'b', 'mentor'],
        ],
      ],
      ['2013', [['a', 'c', 'funds']]], // set again: a new span
    ],
    { relations: { mentor: { label: { en: 'mentor' }, stance: 'positive' } } },
  );
  // Built before each test, not once for the file: a mutation run sees only what a test runs.
  let timeline: Timeline;
  beforeEach(() => {
    timeline = new Timeline(s);
  });
  const span = (
    key: string,
    relation: string,
    from: string,
    to: string | number,
    eventId: string,
  ) =>
    expect.objectContaining({
      key,
      relation,
      since: t(from),
      to: typeof to === 'number' ? to : t(to),
      eventId,
    });

  it('lists each relation over [since, to), sorted by start then pair', () => {
    expect(timeline.spans).toEqual([
      span('a|b', 'rivalry', '2010', '2012', 'e1'),
      span('a|c', 'funds', '2011', '2013', 'e2'),
      span('b|c', 'mentor', '2012', Infinity, 'e3'),
      span('a|c', 'funds', '2013', Infinity, 'e4'),
    ]);
    expect(timeline.spans[0]).toMatchObject({ source: 'a', target: 'b', stance: 'negative' });
    expect(timeline.spans[2]).toMatchObject({ source: 'c', target: 'b', stance: 'positive' });
  });

  it('groups the spans of an actor by pair, in time order, as source or target', () => {
    const history = timeline.historyOf('c');
    expect([...history.keys()]).toEqual(['a|c', 'b|c']);
    expect(history.get('a|c')?.map((x) => x.since)).toEqual([t('2011'), t('2013')]);
    expect([...timeline.historyOf('b').keys()]).toEqual(['a|b', 'b|c']);
    expect(timeline.historyOf('nobody').size).toBe(0);
  });

  it('says what was added, ended, changed and who appeared between two dates', () => {
    const tie = (key: string, from: string) => expect.objectContaining({ key, since: t(from) });
    expect(timeline.changesBetween('2010', '2012')).toEqual({
      added: [tie('a|c', '2011'), tie('b|c', '2012')],
      ended: [tie('a|b', '2010')],
      changed: [],
      appeared: ['c'],
    });
    expect(timeline.changesBetween('2012', '2013')).toEqual({
      added: [],
      ended: [],
      changed: [], // funds set again: the same relation, not a change
      appeared: [],
    });
    expect(timeline.changesBetween('2009', '2010')).toEqual({
      added: [tie('a|b', '2010')],
      ended: [],
      changed: [],
      appeared: ['a', 'b'],
    });
  });

  it('reports a changed relation, not one set again to the same', () => {
    const again = new Timeline(
      story(
        ['a', 'b'],
        [
          ['2010', [['a', 'b', 'alliance']]],
          ['2011', [['a', 'b', 'split']]],
        ],
      ),
    );
    expect(again.changesBetween('2010', '2011').changed).toEqual([
      {
        before: expect.objectContaining({ relation: 'alliance' }),
        after: expect.objectContaining({ relation: 'split' }),
      },
    ]);
  });
});

describe('Timeline: relations', () => {
  it('adds custom relations to the built-in ones, a missing language falling back', () => {
    const timeline = new Timeline(
      story(['a', 'b'], [['2010', [['a', 'b', 'mentor']]]], {
        relations: {
          mentor: { label: { en: 'mentor' }, stance: 'positive' },
          rival: { label: { ar: 'منافس' }, stance: 'negative' },
          alliance: { label: { en: 'pact', ar: 'حلف' }, stance: 'neutral' },
        },
      }),
    );
    expect(timeline.relations.mentor).toEqual({
      label: { en: 'mentor', ar: 'mentor' },
      stance: 'positive',
    });
    expect(timeline.relations.rival).toEqual({
      label: { en: 'منافس', ar: 'منافس' },
      stance: 'negative',
    });
    expect(timeline.relations.alliance).toEqual({
      label: { en: 'pact', ar: 'حلف' },
      stance: 'neutral',
    });
    expect(timeline.relations.split).toBe(BUILTIN_RELATIONS.split);
  });

  it('labels a custom relation given no text (as typed, not as validated) by its name', () => {
    const timeline = new Timeline(
      story(['a', 'b'], [['2010', [['a', 'b', 'split']]]], {
        relations: {
          quiet: { label: {}, stance: 'neutral' },
          alliance: { label: {}, stance: 'negative' },
        },
      }),
    );
    expect(timeline.relations.quiet).toEqual({
      label: { en: 'quiet', ar: 'quiet' },
      stance: 'neutral',
    });
    // A built-in one keeps its own Arabic label.
    expect(timeline.relations.alliance).toEqual({
      label: { en: 'alliance', ar: 'تحالف' },
      stance: 'negative',
    });
  });

  it('gives a relation it does not know the neutral stance', () => {
    const timeline = new Timeline(story(['a', 'b'], [['2010', [['a', 'b', 'unheard-of']]]]));
    expect(timeline.graphAt('2010').ties[0]?.stance).toBe('neutral');
  });
});

describe('Timeline: graph states', () => {
  it('is empty before the first event, and for a story without events', () => {
    const timeline = new Timeline(story([['a', '2000'], 'b'], [['2010', [['a', 'b', 'split']]]]));
    expect(timeline.graphAt('2009')).toEqual({ keyframe: -Infinity, actors: [], ties: [] });
    const none = new Timeline(story([], []));
    expect(none.keyframes).toEqual([]);
    expect(none.domain).toEqual([0, 0]);
    expect(none.graphAt(0)).toEqual({ keyframe: -Infinity, actors: [], ties: [] });
    expect(none.eventsAt(0)).toEqual([]);
  });

  it('reads an event without ties as one that changes none', () => {
    const s = story(
      ['a', 'b'],
      [
        ['2010', [['a', 'b', 'split']]],
        ['2011', [], ['a']],
      ],
    );
    const { ties: _none, ...bare } = s.events[1] as StoryEvent;
    const timeline = new Timeline({ ...s, events: [s.events[0] as StoryEvent, bare] });
    expect(timeline.keyframes).toEqual([t('2010'), t('2011')]);
    expect(timeline.spans).toHaveLength(1);
    expect(timeline.graphAt('2011').ties).toEqual(timeline.graphAt('2010').ties);
  });

  it('gives the same object for every instant of a keyframe', () => {
    const timeline = new Timeline(story(['a', 'b'], [['2010', [['a', 'b', 'split']]]]));
    expect(timeline.graphAt('2010')).toBe(timeline.graphAt('2011-06-01'));
  });

  it('keeps the 64 states used last, dropping the least recently used', () => {
    const dates = Array.from({ length: 66 }, (_, i) => `${2000 + i}`);
    const timeline = new Timeline(
      story(
        ['a', 'b'],
        dates.map((d) => [d, [['a', 'b', 'split']]]),
      ),
    );
    const first = timeline.graphAt(dates[0] as string);
    const firstOfSecond = timeline.graphAt(dates[1] as string);
    for (const d of dates.slice(2, 64)) timeline.graphAt(d); // 64 states held
    expect(timeline.graphAt(dates[0] as string)).toBe(first); // and now the most recent
    timeline.graphAt(dates[64] as string); // evicts dates[1], not dates[0]
    expect(timeline.graphAt(dates[0] as string)).toBe(first);
    const second = timeline.graphAt(dates[1] as string); // recomputed: evicts dates[2]
    expect(second).not.toBe(firstOfSecond);
    expect(second).toEqual(firstOfSecond);
    timeline.graphAt(dates[65] as string);
    expect(timeline.graphAt(dates[0] as string)).toBe(first);
    expect(timeline.graphAt(dates[1] as string)).toBe(second);
    const third = timeline.graphAt(dates[2] as string);
    expect(third).toEqual(replay(timeline.story, t(dates[2] as string)));
  });

  it('timelineOf builds one timeline per story object; graphAt reads it', () => {
    const s = story(['a', 'b'], [['2010', [['a', 'b', 'split']]]]);
    expect(timelineOf(s)).toBe(timelineOf(s));
    expect(timelineOf(s)).not.toBe(timelineOf({ ...s }));
    expect(graphAt(s, '2010')).toBe(timelineOf(s).graphAt('2010'));
  });

  it('pairKey sorts the two ids', () => {
    expect(pairKey('b', 'a')).toBe('a|b');
    expect(pairKey('a', 'b')).toBe('a|b');
    expect(pairKey('a', 'a')).toBe('a|a');
  });

  it('accepts dates and instants alike', () => {
    const timeline = new Timeline(story(['a', 'b'], [['2010-05', [['a', 'b', 'split']]]]));
    expect(timeline.graphAt('2010-05-31')).toBe(timeline.graphAt(dateEnd('2010-05') - 1));
    expect(timeline.keyframeIndex('2010-04')).toBe(-1);
  });
});
