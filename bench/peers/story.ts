// The peers' own time engine, written as a simple page would: parse the story (no validation),
// sort its events, and replay every tie change up to the slider's date on each input. Shared by the
// vis-network and d3 peers; nothing here comes from the app but the Story type.
import type { Story } from '../../src/lib/schema/story.ts';

export type { Story };

const DAY = 86_400_000;

/** Days since 1970-01-01 (UTC) of a story date "YYYY", "YYYY-MM" or "YYYY-MM-DD". */
export function dayOf(date: string): number {
  const [y = '1970', m = '1', d = '1'] = date.split('-');
  return Math.round(Date.UTC(Number(y), Number(m) - 1, Number(d)) / DAY);
}

/** "YYYY-MM-DD" of a day number. */
export function isoDay(day: number): string {
  return new Date(day * DAY).toISOString().slice(0, 10);
}

export interface PeerTie {
  readonly id: string;
  readonly source: string;
  readonly target: string;
  readonly relation: string;
}

export interface PeerState {
  readonly actors: readonly string[];
  readonly ties: readonly PeerTie[];
}

export interface Replay {
  readonly story: Story;
  /** [first, last] day of the story. */
  readonly domain: readonly [number, number];
  /** The network on a day: every event up to it replayed from the start. */
  stateAt(day: number): PeerState;
}

export function replay(story: Story): Replay {
  const events = story.events
    .map((event, index) => ({ event, day: dayOf(event.date), index }))
    .sort((a, b) => a.day - b.day || a.index - b.index);
  const starts = story.actors.flatMap((a) => (a.start ? [dayOf(a.start)] : []));
  const first = Math.min(events[0]?.day ?? 0, ...starts);
  const last = events.at(-1)?.day ?? first;
  return {
    story,
    domain: [first, last],
    stateAt(day) {
      const present = new Set<string>();
      const ties = new Map<string, PeerTie>();
      for (const a of story.actors) if (a.start && dayOf(a.start) <= day) present.add(a.id);
      for (const { event, day: at } of events) {
        if (at > day) break;
        for (const id of event.actors) present.add(id);
        for (const t of event.ties ?? []) {
          present.add(t.source).add(t.target);
          const id = t.source < t.target ? `${t.source}|${t.target}` : `${t.target}|${t.source}`;
          if (t.relation === 'none') ties.delete(id);
          else ties.set(id, { id, source: t.source, target: t.target, relation: t.relation });
        }
      }
      return {
        actors: story.actors.map((a) => a.id).filter((id) => present.has(id)),
        ties: [...ties.values()],
      };
    },
  };
}

/** Stance colours, as a peer would hard-code them. */
export function tieColour(relation: string): string {
  if (['split', 'rivalry', 'competition', 'criticizes', 'lawsuit'].includes(relation))
    return '#c0530a';
  if (['alliance', 'founded', 'funds', 'backs', 'partnership'].includes(relation)) return '#0072b2';
  return '#57606a';
}

/** What the benchmark reads from a peer page: positions in its drawing units, and a way to let the
 *  layout come to rest before reading them. */
export interface BenchHooks {
  positions(): Record<string, [number, number]>;
  settle(): Promise<void>;
}

declare global {
  interface Window {
    __bench?: BenchHooks;
  }
}

/** Loads `?data=` and wires the slider (`?date=` opens at a day); calls `show` on every input. */
export async function startPeer(show: (state: PeerState, r: Replay) => void): Promise<Replay> {
  const params = new URLSearchParams(location.search);
  const response = await fetch(params.get('data') ?? '../stories/musk-altman.json');
  const r = replay((await response.json()) as Story);
  const slider = document.querySelector<HTMLInputElement>('input[type=range]');
  const output = document.querySelector('output');
  if (!slider || !output) throw new Error('page has no slider');
  slider.min = String(r.domain[0]);
  slider.max = String(r.domain[1]);
  const opening = params.get('date');
  const firstEvent = Math.min(...r.story.events.map((e) => dayOf(e.date)));
  slider.value = String(opening ? dayOf(opening) : firstEvent);
  const update = () => {
    const day = Number(slider.value);
    output.textContent = isoDay(day);
    show(r.stateAt(day), r);
  };
  slider.addEventListener('input', update);
  update();
  return r;
}
