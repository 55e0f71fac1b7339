// Pure: deterministic benchmark stories in the Tielines format. No DOM, no I/O.
//
// A story of N actors over 20 years: actors belong to communities (most ties stay inside one), arrive
// over time (a fifth at the start, the rest spread over the years), and each arrives with a first tie
// to someone already there. Later events form, change and end ties — about four tie changes per
// actor in all — at month precision. Randomness is a seeded LCG (d3-force's constants), so the same
// options always give the same story, byte for byte.
import type { ActorKind, Story, StoryEvent, TieChange } from '../src/lib/schema/story.ts';

export interface GenerateOptions {
  /** Number of actors (≥ 2). */
  readonly actors: number;
  /** LCG seed; default 1. */
  readonly seed?: number;
  /** First year of the story; default 2005. */
  readonly startYear?: number;
  /** Length of the story in years; default 20. */
  readonly years?: number;
  /** Tie changes (formed, changed or ended) per actor, on average; default 4. */
  readonly changesPerActor?: number;
}

/** A d3-force style linear congruential generator in [0, 1). */
export function lcg(seed: number): () => number {
  let s = ((Math.floor(seed) % 4294967296) + 4294967296) % 4294967296;
  return () => (s = (1664525 * s + 1013904223) % 4294967296) / 4294967296;
}

const FORM = ['meeting', 'introduced', 'alliance', 'partnership', 'member', 'board', 'funds'];
const FORM_ORG = ['founded', 'leads', 'member', 'board', 'backs', 'funds'];
const LATER = ['alliance', 'partnership', 'backs', 'split', 'rivalry', 'competition', 'lawsuit'];
const KINDS: readonly [ActorKind, number][] = [
  ['person', 0.6],
  ['organization', 0.25],
  ['product', 0.05],
  ['project', 0.05],
  ['government', 0.05],
];
// Parallel syllables, so each name has an English and an Arabic spelling.
const SYL_EN = ['ka', 'ri', 'mo', 'la', 'sa', 'na', 'di', 'ha', 'ba', 'zu', 'te', 'fa', 'jo', 'lu'];
const SYL_AR = ['كا', 'ري', 'مو', 'لا', 'سا', 'نا', 'دي', 'ها', 'با', 'زو', 'تي', 'فا', 'جو', 'لو'];

interface Draft {
  readonly id: string;
  readonly kind: ActorKind;
  readonly community: number;
  readonly arrival: number;
  readonly en: string;
  readonly ar: string;
}

/** The generated story; valid by the app's own validator. */
export function generateStory(options: GenerateOptions): Story {
  const n = Math.max(2, Math.floor(options.actors));
  const random = lcg(options.seed ?? 1);
  const startYear = options.startYear ?? 2005;
  const months = 12 * (options.years ?? 20);
  const target = Math.round((options.changesPerActor ?? 4) * n);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const date = (m: number) =>
    `${startYear + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;

  // Actors, in order of arrival (story order); larger communities are likelier.
  const communities = Math.max(2, Math.round(n / 25));
  const drafts: Draft[] = [];
  for (let i = 0; i < n; i++) {
    const r = random();
    let acc = 0;
    const kind = KINDS.find(([, p]) => (acc += p) > r)?.[0] ?? 'person';
    const syllables = 2 + Math.floor(random() * 2);
    const parts = Array.from({ length: syllables }, () => Math.floor(random() * SYL_EN.length));
    const name = (list: readonly string[]) => parts.map((p) => list[p]).join('');
    const en = name(SYL_EN);
    drafts.push({
      id: `a${i}`,
      kind,
      community: Math.floor(communities * random() ** 1.5),
      arrival: i < Math.ceil(n / 5) ? 0 : Math.floor(random() * months),
      en: `${en.charAt(0).toUpperCase()}${en.slice(1)} ${i}`,
      ar: `${name(SYL_AR)} ${i}`,
    });
  }
  drafts.sort((a, b) => a.arrival - b.arrival || Number(a.id.slice(1)) - Number(b.id.slice(1)));
  const byMonth = Array.from({ length: months }, () => [] as Draft[]);
  for (const d of drafts) byMonth[d.arrival]?.push(d);
  const names = new Map(drafts.map((d) => [d.id, d.en]));

  // Live ties: relation per pair, and each actor's partners.
  const ties = new Map<string, string>();
  const partners = new Map<string, Set<string>>();
  const key = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);
  const link = (a: string, b: string, on: boolean) => {
    for (const [x, y] of [
      [a, b],
      [b, a],
    ] as const) {
      const set = partners.get(x) ?? new Set<string>();
      if (on) set.add(y);
      else set.delete(y);
      partners.set(x, set);
    }
  };
  const present: Draft[] = [];
  const members = new Map<number, Draft[]>();
  const events: StoryEvent[] = [];
  let changes = 0;

  const emit = (month: number, actors: string[], tieList: TieChange[], verb: string) => {
    const id = `e${events.length + 1}`;
    const who = actors.map((a) => names.get(a) ?? a).join(', ');
    events.push({
      id,
      date: date(month),
      title: { en: `${who}: ${verb}` },
      actors,
      ...(tieList.length > 0 ? { ties: tieList } : {}),
      sources: [{ source: 'generator', quote: `Synthetic event ${id}, ${date(month)}.` }],
    });
    changes += tieList.length;
  };
  const setTie = (a: string, b: string, relation: string): TieChange => {
    if (relation === 'none') ties.delete(key(a, b));
    else ties.set(key(a, b), relation);
    link(a, b, relation !== 'none');
    return { source: a, target: b, relation };
  };
  const partnerFor = (d: Draft, exclude: ReadonlySet<string>): Draft | undefined => {
    const local = members.get(d.community) ?? [];
    for (let attempt = 0; attempt < 6; attempt++) {
      const pool = random() < 0.85 && local.length > 0 ? local : present;
      const other = pool.length > 0 ? pick(pool) : undefined;
      if (other && other.id !== d.id && !exclude.has(other.id) && !ties.has(key(d.id, other.id)))
        return other;
    }
    return undefined;
  };
  const formRelation = (a: Draft, b: Draft) =>
    pick(a.kind === 'person' && b.kind === 'person' ? FORM : FORM_ORG);

  // Later changes are spread over the months in proportion to who is there.
  const sizes: number[] = [];
  let size = 0;
  for (const list of byMonth) sizes.push((size += list.length));
  const weight = sizes.reduce((a, b) => a + b, 0);
  const later = Math.max(0, target - (n - 1));
  let budget = 0;

  for (let month = 0; month < months; month++) {
    for (const d of byMonth[month] ?? []) {
      const other = partnerFor(d, new Set());
      present.push(d);
      const local = members.get(d.community);
      if (local) local.push(d);
      else members.set(d.community, [d]);
      if (other)
        emit(
          month,
          [d.id, other.id],
          [setTie(d.id, other.id, formRelation(d, other))],
          'first tie',
        );
      else emit(month, [d.id], [], 'enters');
    }
    budget += (later * (sizes[month] ?? 0)) / weight;
    while (budget >= 1 && changes < target) {
      const focal = pick(present);
      const count = 1 + (random() < 0.3 ? 1 : 0) + (random() < 0.1 ? 1 : 0);
      const used = new Set<string>([focal.id]);
      const list: TieChange[] = [];
      for (let c = 0; c < count; c++) {
        const mine = [...(partners.get(focal.id) ?? [])].filter((p) => !used.has(p));
        if (mine.length > 0 && random() < 0.55) {
          const other = pick(mine);
          used.add(other);
          const was = ties.get(key(focal.id, other));
          const next = random() < 0.65 ? pick(LATER.filter((r) => r !== was)) : 'none';
          list.push(setTie(focal.id, other, next));
        } else {
          const other = partnerFor(focal, used);
          if (!other) continue;
          used.add(other.id);
          list.push(setTie(focal.id, other.id, formRelation(focal, other)));
        }
      }
      budget -= Math.max(1, list.length);
      if (list.length > 0) emit(month, [...used], list, list.map((t) => t.relation).join(', '));
    }
  }

  const chapters = Array.from({ length: 4 }, (_, i) => ({
    id: `period-${i + 1}`,
    title: { en: `Years ${startYear + i * 5}–${startYear + i * 5 + 4}` },
    from: String(startYear + i * 5),
    to: String(startYear + i * 5 + 4),
  }));
  return {
    meta: {
      id: `generated-${n}`,
      title: { en: `Generated story of ${n} actors`, ar: `قصة مولدة من ${n} فاعل` },
      languages: ['en', 'ar'],
      sources: [
        {
          id: 'generator',
          title: 'Tielines benchmark generator',
          publisher: 'Tielines',
          language: 'en',
        },
      ],
      chapters,
    },
    actors: drafts.map((d) => ({ id: d.id, kind: d.kind, name: { en: d.en, ar: d.ar } })),
    events,
  };
}

/** Tie changes in a story (formed, changed or ended). */
export function countTieChanges(story: Story): number {
  return story.events.reduce((sum, e) => sum + (e.ties?.length ?? 0), 0);
}
