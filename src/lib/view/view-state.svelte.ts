// The view state: one runes class holding what the reader is looking at — the story, the date, the
// selection, playback — with everything derivable `$derived`. Components read it and call its
// methods; the play loop is the one outside object it drives, linked and unlinked explicitly.
// Only the light parts of the layout stage: computing layouts (d3-force) happens elsewhere, in a
// worker or in main-thread slices (layout-client.ts), and arrives through addLayouts.
import { layoutBounds, type Bounds } from '../layout/bounds.ts';
import { positionsAt } from '../layout/interpolate.ts';
import type { KeyframeLayout } from '../layout/keyframe-layout.ts';
import type { Language, Story } from '../schema/story.ts';
import { timelineOf } from '../timeline/timeline.ts';
import { formatDate, localize } from '../i18n/i18n.ts';
import { browserClock, type Clock } from './clock.ts';
import { neighbourhood } from './focus.ts';
import { Rest } from './rest.svelte.ts';
import { addYears, clamp, nextKeyframe, previousKeyframe } from './time-steps.ts';

export type { Clock } from './clock.ts';
export { SETTLE_MS } from './rest.svelte.ts';

/** Playback speeds: story days per real second. 1× crosses a year in two seconds. */
export const SPEEDS = { '0.5': 91, '1': 183, '2': 365, '4': 730 } as const;
export type Speed = keyof typeof SPEEDS;

/** How long play rests on each event it reaches (ms at 1×; shorter when faster). */
export const EVENT_PAUSE_MS = 1200;

export interface ViewOptions {
  story: Story;
  lang: Language;
  /** Starting instant (ms, UTC); default the story's first event. */
  at?: number;
  actor?: string;
  clock?: Clock;
  /** When true, play jumps from event to event instead of moving continuously. */
  reducedMotion?: boolean;
  /**
   * Keyframe layouts known already (tests); otherwise they arrive through addLayouts, as in the app
   * (StoryView streams them, the bundled story's included: layout-client.ts).
   */
  layouts?: readonly KeyframeLayout[];
}

export class ViewState {
  #story = $state.raw<Story>() as Story;
  #at = $state(0);
  lang = $state<Language>('en');
  /** The actor whose panel is open. */
  selected = $state<string | undefined>();
  /** The actor under the pointer or focus; its ties are highlighted. */
  hovered = $state<string | undefined>();
  speed = $state<Speed>('1');
  reducedMotion = $state(false);
  #playing = $state(false);
  #clock: Clock;
  #frame: number | undefined;
  #last = 0;
  #restUntil = 0;
  /** Where the date has come to rest (rest.svelte.ts); set in the constructor. */
  #rest: Rest;

  #layouts = $state.raw<readonly KeyframeLayout[]>([]);
  #bounds = $state.raw<Bounds | undefined>();

  readonly timeline = $derived(timelineOf(this.#story));
  /** Of the timeline's keyframes, how many are laid out (they arrive in time order). */
  readonly laidOut = $derived(this.#layouts.length);
  /** True once every keyframe is laid out. */
  readonly layoutDone = $derived(this.#layouts.length >= this.timeline.keyframes.length);
  /** Box of every actor's centre over the keyframes laid out so far (layout units). */
  readonly bounds: Bounds = $derived(this.#bounds ?? { minX: 0, minY: 0, maxX: 0, maxY: 0 });
  readonly graph = $derived(this.timeline.graphAt(this.#at));
  /**
   * Where each actor is at the current date, interpolated between keyframe layouts (scrubbing never
   * lays anything out). Past the last keyframe laid out so far: that keyframe's positions, so actors
   * that arrive later are not drawn until their keyframe is laid out.
   */
  readonly positions = $derived(positionsAt(this.#layouts, this.#at));
  /** Events on the current keyframe (usually one). */
  // From the keyframe, not the instant: the same array (and no re-render) until a keyframe is crossed.
  readonly events = $derived(this.timeline.eventsAt(this.graph.keyframe));
  readonly chapter = $derived(this.timeline.chapterAt(this.#at));
  /** The last event on the current keyframe, when the date is exactly an event's. */
  readonly event = $derived(this.events.at(-1)?.at === this.#at ? this.events.at(-1) : undefined);
  /** The actors of the current keyframe's events, drawn emphasised (labels follow `settled`). */
  readonly involved: ReadonlySet<string> = $derived(
    // Rebuilt whole when the keyframe changes, never mutated: no SvelteSet needed.
    // eslint-disable-next-line svelte/prefer-svelte-reactivity
    new Set(this.events.flatMap((e) => e.event.actors)),
  );
  /** The actor in focus: under the pointer or keyboard focus, else the selected one. */
  readonly focus = $derived(this.hovered ?? this.selected);
  /** The focused actor and those tied to it now (undefined without a focus): the rest is dimmed. */
  readonly neighbours = $derived(neighbourhood(this.graph.ties, this.focus));
  /** The date as a reader says it: an event's own precision ("c." only when every event on it is
   *  approximate), else the day. */
  readonly dateLabel = $derived(
    this.event
      ? formatDate(
          this.event.at,
          this.event.precision,
          this.lang,
          this.events.every((e) => e.event.approximate === true),
        )
      : formatDate(this.#at, 'day', this.lang),
  );
  /** The slider's accessible value: the event's date on an event, else the month. */
  readonly valueText = $derived(
    this.event ? this.dateLabel : formatDate(this.#at, 'month', this.lang),
  );
  /** Each actor's name in the current language, by id. */
  readonly names: ReadonlyMap<string, string> = $derived(
    // Rebuilt whole whenever the story or language changes, never mutated: no SvelteMap needed.
    // eslint-disable-next-line svelte/prefer-svelte-reactivity
    new Map(this.#story.actors.map((a) => [a.id, localize(a.name, this.lang)])),
  );
  /** Position of the current keyframe among all (1-based; 0 before the first), for progress bars. */
  readonly step = $derived(this.timeline.keyframeIndex(this.#at) + 1);
  readonly #settledIndex = $derived.by(() => this.timeline.keyframeIndex(this.#rest.at));
  /**
   * What the text around the drawing follows — the event card, the changes, the legend and the
   * labels of the current event's actors and ties: the current date at once when the reader
   * steps (a key, a click), but during a continuous drag or play only once the date has rested
   * SETTLE_MS. Laying out that text on every frame of a drag is most of a frame's work (labels
   * made and dropped as keyframes pass), and nobody reads it mid-drag.
   */
  readonly settled = $derived.by(() => {
    // From the settled keyframe, not the instant: new values only when a keyframe is crossed.
    const keyframe = this.timeline.keyframes[this.#settledIndex];
    const graph = this.timeline.graphAt(keyframe ?? this.timeline.domain[0]);
    const events = this.timeline.eventsAt(graph.keyframe);
    return {
      graph,
      events,
      changes: this.timeline.changesBetween(
        previousKeyframe(this.timeline.keyframes, graph.keyframe) ?? -Infinity,
        graph.keyframe,
      ),
      // Built whole for each settled keyframe, never mutated: no SvelteSet needed.
      // eslint-disable-next-line svelte/prefer-svelte-reactivity
      involved: new Set(events.flatMap((e) => e.event.actors)) as ReadonlySet<string>,
    };
  });

  constructor(options: ViewOptions) {
    this.#story = options.story;
    this.lang = options.lang;
    this.#clock = options.clock ?? browserClock;
    this.reducedMotion = options.reducedMotion ?? false;
    if (options.layouts) this.addLayouts(options.layouts);
    const [min] = this.timeline.domain;
    this.#at = clamp(options.at ?? this.timeline.keyframes[0] ?? min, ...this.timeline.domain);
    this.#rest = new Rest(this.#clock, this.#at);
    if (options.actor !== undefined && this.#story.actors.some((a) => a.id === options.actor))
      this.selected = options.actor;
  }

  get story(): Story {
    return this.#story;
  }

  /** The keyframe layouts received so far, in time order (the first `laidOut` keyframes). */
  get layouts(): readonly KeyframeLayout[] {
    return this.#layouts;
  }

  /** Appends the next keyframe layouts, in time order, as the layout stage delivers them. */
  addLayouts(layouts: readonly KeyframeLayout[]): void {
    if (layouts.length === 0) return;
    this.#layouts = [...this.#layouts, ...layouts];
    // The box grows with each batch; computing it over the new layouts only keeps a long story's
    // stream linear.
    const b = layoutBounds(layouts);
    if (layouts.every((l) => l.positions.size === 0)) return;
    const was = this.#bounds;
    this.#bounds = was
      ? {
          minX: Math.min(was.minX, b.minX),
          minY: Math.min(was.minY, b.minY),
          maxX: Math.max(was.maxX, b.maxX),
          maxY: Math.max(was.maxY, b.maxY),
        }
      : b;
  }

  /** The current instant (ms, UTC), always inside the story's domain. */
  get at(): number {
    return this.#at;
  }

  get playing(): boolean {
    return this.#playing;
  }

  /** Moves to an instant (clamped to the domain). Stops playback when the reader acts. */
  setDate(at: number, { fromPlayback = false } = {}): void {
    if (!fromPlayback) this.pause();
    this.#moveTo(clamp(at, ...this.timeline.domain), fromPlayback);
  }

  /**
   * True while the reader moves the date in a continuous run (a drag, a held key: moves less than
   * SETTLE_MS apart), not during play; false once it rests. The drawing skips its fades then: at
   * 60 steps a second nobody sees them, and running them cost about a fifth of each frame of a
   * scrub at 4× CPU slow-down.
   */
  get dragging(): boolean {
    return this.#rest.dragging;
  }

  /** The one place the date changes; the resting date follows (see settled). */
  #moveTo(at: number, fromPlayback = false): void {
    if (at === this.#at) return;
    this.#at = at;
    this.#rest.move(at, fromPlayback);
  }

  nextEvent(): void {
    const k = nextKeyframe(this.timeline.keyframes, this.#at);
    if (k !== undefined) this.setDate(k);
  }

  previousEvent(): void {
    const k = previousKeyframe(this.timeline.keyframes, this.#at);
    this.setDate(k ?? this.timeline.domain[0]);
  }

  moveYears(years: number): void {
    this.setDate(addYears(this.#at, years, this.timeline.domain));
  }

  toStart(): void {
    this.setDate(this.timeline.domain[0]);
  }

  toEnd(): void {
    this.setDate(this.timeline.domain[1]);
  }

  /** A relation's label in the current language (its name when the story gives none). */
  relationLabel(relation: string): string {
    return localize(this.timeline.relations[relation]?.label, this.lang) || relation;
  }

  select(actor: string | undefined): void {
    this.selected = actor;
  }

  /** Plays from the current date to the end (from the start when already at the end). */
  play(): void {
    if (this.#playing) return;
    if (this.#at >= this.timeline.domain[1]) this.#moveTo(this.timeline.domain[0], true);
    this.#playing = true;
    this.#last = this.#clock.now();
    this.#restUntil = this.#last + this.#restOnEvent();
    this.#frame = this.#clock.request((t) => this.#tick(t));
  }

  pause(): void {
    this.#playing = false;
    if (this.#frame !== undefined) this.#clock.cancel(this.#frame);
    this.#frame = undefined;
  }

  toggle(): void {
    if (this.#playing) this.pause();
    else this.play();
  }

  /** Stops the play loop and any pending settling; call when the view is destroyed. */
  destroy(): void {
    this.pause();
    this.#rest.destroy();
  }

  #restOnEvent(): number {
    return EVENT_PAUSE_MS / Number(this.speed);
  }

  #tick(now: number): void {
    if (!this.#playing) return;
    const elapsed = Math.max(0, now - this.#last);
    this.#last = now;
    if (now >= this.#restUntil) {
      const next = nextKeyframe(this.timeline.keyframes, this.#at);
      if (next === undefined) {
        this.setDate(this.timeline.domain[1], { fromPlayback: true });
        this.pause();
        return;
      }
      // Reduced motion: no continuous movement, only the next state after the rest.
      const step = this.reducedMotion
        ? Infinity
        : (elapsed / 1000) * SPEEDS[this.speed] * 86_400_000;
      const target = Math.min(this.#at + step, next);
      this.setDate(target, { fromPlayback: true });
      if (target === next) this.#restUntil = now + this.#restOnEvent();
    }
    this.#frame = this.#clock.request((t) => this.#tick(t));
  }
}
