// Pure: the time engine. Given a validated story, says what the network is at any instant.
// No DOM, no Svelte. Never mutates the story; deterministic; built once per story, then every query
// is a binary search plus (on a cache miss) one pass over the tie spans, cheap enough for every frame.
import { dateEnd, dateStart, type Precision, parseStoryDate } from '../schema/dates.ts';
import { BUILTIN_RELATIONS, NONE, type RelationDef } from '../schema/relations.ts';
import type { Chapter, Story, StoryEvent } from '../schema/story.ts';

/** An event placed on the time axis. `order` is its rank after the stable sort by date. */
export interface TimedEvent {
  readonly event: StoryEvent;
  /** First instant of the event's date (ms, UTC). */
  readonly at: number;
  readonly precision: Precision;
  readonly order: number;
}

/** The relation of one unordered pair of actors at some instant. */
export interface Tie {
  /** The pair's key: the two ids sorted, joined by "|". Stable across relations. */
  readonly key: string;
  /** The ends as the setting event wrote them (display order; the tie itself is unordered). */
  readonly source: string;
  readonly target: string;
  readonly relation: string;
  readonly stance: RelationDef['stance'];
  /** When this relation took effect (ms, UTC), and the event that set it. */
  readonly since: number;
  readonly eventId: string;
}

/** One relation of a pair over a time span [from, to). `to` is Infinity while it lasts. */
export interface TieSpan extends Tie {
  readonly to: number;
}

/** The network at an instant: actors present (in story order) and their current ties. */
export interface GraphState {
  /** The keyframe this state belongs to (ms, UTC); -Infinity before the first event. */
  readonly keyframe: number;
  readonly actors: readonly string[];
  readonly ties: readonly Tie[];
}

/** A chapter on the time axis: from the start of `from` to the end of `to` (ms, UTC), [from, to). */
export interface TimedChapter {
  readonly chapter: Chapter;
  readonly from: number;
  readonly to: number;
}

/** What differs between two instants. */
export interface Changes {
  readonly added: readonly Tie[];
  readonly ended: readonly Tie[];
  readonly changed: readonly { readonly before: Tie; readonly after: Tie }[];
  readonly appeared: readonly string[];
}

const EMPTY: GraphState = { keyframe: -Infinity, actors: [], ties: [] };
const NO_EVENTS: readonly TimedEvent[] = [];
/** Keyframe states kept at once; enough for scrubbing back and forth around the thumb. */
const CACHE_SIZE = 64;

export function pairKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

/** Accepts an instant (ms, UTC) or a story date string ("2015-03"). */
export type When = number | string;
const toInstant = (when: When): number => (typeof when === 'number' ? when : dateStart(when));

export class Timeline {
  readonly story: Story;
  /** Events sorted by date, stably (same date: file order). */
  readonly events: readonly TimedEvent[];
  /** The distinct event instants, ascending: the slider's keyframes. */
  readonly keyframes: readonly number[];
  /** [first, last] instant of the story (ms, UTC). */
  readonly domain: readonly [number, number];
  /** Every relation span of every pair, sorted by start. */
  readonly spans: readonly TieSpan[];
  /** When each actor first appears (ms, UTC). */
  readonly appearsAt: ReadonlyMap<string, number>;
  readonly relations: Readonly<Record<string, RelationDef>>;
  /** The story's chapters, in file order. */
  readonly chapters: readonly TimedChapter[];
  #cache = new Map<number, GraphState>();
  /** The events of each keyframe, in keyframes' order (eventsAt: no scan, the same array each time). */
  readonly #eventsOf: readonly (readonly TimedEvent[])[];
  /** What #compute scans for every keyframe, made on first use (see there). */
  #scan: Scan | undefined;

  constructor(story: Story) {
    this.story = story;
    this.relations = { ...BUILTIN_RELATIONS, ...resolveCustom(story) };
    this.events = story.events
      .map((event, index) => {
        const p = parseStoryDate(event.date);
        if ('error' in p) throw new RangeError(`events[${index}].date: ${p.error}`);
        return { event, at: p.start, precision: p.precision, index };
      })
      .sort((a, b) => a.at - b.at || a.index - b.index)
      .map(({ event, at, precision }, order) => ({ event, at, precision, order }));
    this.keyframes = [...new Set(this.events.map((e) => e.at))];
    const groups: TimedEvent[][] = [];
    for (const e of this.events) {
      const last = groups.at(-1);
      if (last?.[0]?.at === e.at) last.push(e);
      else groups.push([e]);
    }
    this.#eventsOf = groups;
    this.chapters = (story.meta.chapters ?? []).map((chapter) => ({
      chapter,
      from: dateStart(chapter.from),
      to: dateEnd(chapter.to),
    }));

    const appears = new Map<string, number>();
    const see = (id: string, at: number) => {
      const was = appears.get(id);
      if (was === undefined || at < was) appears.set(id, at);
    };
    for (const actor of story.actors)
      if (actor.start !== undefined) see(actor.id, dateStart(actor.start));
    const open = new Map<string, Omit<TieSpan, 'to'>>();
    const spans: TieSpan[] = [];
    for (const { event, at } of this.events) {
      for (const id of event.actors) see(id, at);
      for (const change of event.ties ?? []) {
        see(change.source, at);
        see(change.target, at);
        const key = pairKey(change.source, change.target);
        const previous = open.get(key);
        if (previous) {
          open.delete(key);
          if (previous.since < at) spans.push({ ...previous, to: at });
        }
        if (change.relation !== NONE) {
          const def = this.relations[change.relation];
          open.set(key, {
            key,
            source: change.source,
            target: change.target,
            relation: change.relation,
            stance: def?.stance ?? 'neutral',
            since: at,
            eventId: event.id,
          });
        }
      }
    }
    for (const span of open.values()) spans.push({ ...span, to: Infinity });
    this.spans = spans.sort(
      (a, b) => a.since - b.since || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
    );
    this.appearsAt = appears;
    const first = Math.min(this.keyframes[0] ?? 0, ...appears.values());
    this.domain = [first, this.keyframes.at(-1) ?? first];
  }

  /** Index of the last keyframe at or before `at`, or -1 when `at` is before them all. */
  keyframeIndex(when: When): number {
    const at = toInstant(when);
    let lo = 0;
    let hi = this.keyframes.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if ((this.keyframes[mid] ?? Infinity) <= at) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  }

  /** The network at an instant. The same keyframe always yields the same (cached) object. */
  graphAt(when: When): GraphState {
    const index = this.keyframeIndex(when);
    const keyframe = this.keyframes[index];
    if (keyframe === undefined) return EMPTY;
    const cached = this.#cache.get(keyframe);
    if (cached) {
      // Refresh its place so the cache evicts the least recently used state.
      this.#cache.delete(keyframe);
      this.#cache.set(keyframe, cached);
      return cached;
    }
    const state = this.#compute(keyframe);
    this.#cache.set(keyframe, state);
    if (this.#cache.size > CACHE_SIZE) {
      const oldest = this.#cache.keys().next().value;
      if (oldest !== undefined) this.#cache.delete(oldest);
    }
    return state;
  }

  #compute(keyframe: number): GraphState {
    // A long story computes a state per keyframe: it scans flat arrays made once, and states share
    // their Tie objects instead of copying each span.
    const { ids, appears, since, to, ties } = (this.#scan ??= scanOf(this));
    const actors: string[] = [];
    for (let i = 0; i < appears.length; i++) {
      if ((appears[i] as number) <= keyframe) actors.push(ids[i] as string);
    }
    const present: Tie[] = [];
    for (let i = 0; i < since.length; i++) {
      if ((since[i] as number) > keyframe) break;
      if (keyframe < (to[i] as number)) present.push(ties[i] as Tie);
    }
    return { keyframe, actors, ties: present };
  }

  /** The first chapter that covers `when`, if any. */
  chapterAt(when: When): TimedChapter | undefined {
    const at = toInstant(when);
    return this.chapters.find((c) => c.from <= at && at < c.to);
  }

  /** Events on the keyframe at or before `when` (several when they share a date). */
  eventsAt(when: When): readonly TimedEvent[] {
    return this.#eventsOf[this.keyframeIndex(when)] ?? NO_EVENTS;
  }

  /** The last event at or before `when`, or undefined before the story starts. */
  eventAtOrBefore(when: When): TimedEvent | undefined {
    return this.eventsAt(when).at(-1);
  }

  /** Ties added, ended and changed, and actors that appeared, going from `from` to `to`. */
  changesBetween(from: When, to: When): Changes {
    const before = this.graphAt(from);
    const after = this.graphAt(to);
    const was = new Map(before.ties.map((t) => [t.key, t]));
    const now = new Map(after.ties.map((t) => [t.key, t]));
    const present = new Set(before.actors);
    return {
      added: after.ties.filter((t) => !was.has(t.key)),
      ended: before.ties.filter((t) => !now.has(t.key)),
      changed: after.ties.flatMap((t) => {
        const old = was.get(t.key);
        return old && old.relation !== t.relation ? [{ before: old, after: t }] : [];
      }),
      appeared: after.actors.filter((id) => !present.has(id)),
    };
  }

  /** Every relation span of the ties that `actorId` is part of, grouped by pair, in time order. */
  historyOf(actorId: string): ReadonlyMap<string, readonly TieSpan[]> {
    const byPair = new Map<string, TieSpan[]>();
    for (const span of this.spans) {
      if (span.source !== actorId && span.target !== actorId) continue;
      const list = byPair.get(span.key) ?? [];
      list.push(span);
      byPair.set(span.key, list);
    }
    return byPair;
  }
}

/** The timeline as #compute scans it: flat, index-aligned arrays. */
interface Scan {
  /** Story actor ids, in story order, and when each appears (ms, UTC; Infinity: never). */
  readonly ids: readonly string[];
  readonly appears: Float64Array;
  /** Each span's [since, to) (ms, UTC), and the span as the Tie a state lists, in span order. */
  readonly since: Float64Array;
  readonly to: Float64Array;
  readonly ties: readonly Tie[];
}

function scanOf(timeline: Timeline): Scan {
  const { story, appearsAt, spans } = timeline;
  return {
    ids: story.actors.map((a) => a.id),
    appears: Float64Array.from(story.actors, (a) => appearsAt.get(a.id) ?? Infinity),
    since: Float64Array.from(spans, (s) => s.since),
    to: Float64Array.from(spans, (s) => s.to),
    ties: spans.map(({ to: _to, ...tie }) => tie),
  };
}

function resolveCustom(story: Story): Record<string, RelationDef> {
  const out: Record<string, RelationDef> = {};
  for (const [name, def] of Object.entries(story.meta.relations ?? {})) {
    const builtin = BUILTIN_RELATIONS[name];
    out[name] = {
      label: {
        en: def.label.en ?? def.label.ar ?? name,
        ar: def.label.ar ?? def.label.en ?? builtin?.label.ar ?? name,
      },
      stance: def.stance,
    };
  }
  return out;
}

const timelines = new WeakMap<Story, Timeline>();

/** The timeline of a story, built on first use and kept as long as the story object lives. */
export function timelineOf(story: Story): Timeline {
  let timeline = timelines.get(story);
  if (!timeline) {
    timeline = new Timeline(story);
    timelines.set(story, timeline);
  }
  return timeline;
}

/** The network at a date: actors present and ties with their current relation. */
export function graphAt(story: Story, when: When): GraphState {
  return timelineOf(story).graphAt(when);
}
