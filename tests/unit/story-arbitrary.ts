// fast-check generator of *valid* stories: small, but with every shape the engine must handle
// (same-date events, ties ending with "none", actors with an explicit start).
import fc from 'fast-check';
import type { Story } from '../../src/lib/schema/story.ts';

const RELATIONS = ['alliance', 'split', 'rivalry', 'founded', 'none'] as const;

export function storyArbitrary(maxActors = 6, maxEvents = 12): fc.Arbitrary<Story> {
  return fc
    .record({
      actorCount: fc.integer({ min: 2, max: maxActors }),
      events: fc.array(
        fc.record({
          day: fc.integer({ min: 0, max: 365 * 20 }),
          precision: fc.constantFrom('year', 'month', 'day'),
          ties: fc.array(fc.tuple(fc.nat(), fc.nat(), fc.constantFrom(...RELATIONS)), {
            maxLength: 3,
          }),
          actor: fc.nat(),
        }),
        { minLength: 1, maxLength: maxEvents },
      ),
      startFirst: fc.boolean(),
    })
    .map(({ actorCount, events, startFirst }) => {
      const ids = Array.from({ length: actorCount }, (_, i) => `a${i}`);
      const storyEvents = events.map((e, i) => {
        const iso = new Date(Date.UTC(2000, 0, 1) + e.day * 86_400_000).toISOString();
        const date =
          e.precision === 'year'
            ? iso.slice(0, 4)
            : e.precision === 'month'
              ? iso.slice(0, 7)
              : iso.slice(0, 10);
        const seen = new Set<string>();
        const ties = e.ties.flatMap(([x, y, relation]) => {
          const source = ids[x % actorCount]!;
          const target = ids[(x + 1 + (y % (actorCount - 1))) % actorCount]!;
          const key = [source, target].sort().join('|');
          if (seen.has(key)) return [];
          seen.add(key);
          return [{ source, target, relation }];
        });
        return {
          id: `e${i}`,
          date,
          title: { en: `Event ${i}` },
          actors: [ids[e.actor % actorCount]!],
          ties,
          sources: [{ source: 'src', quote: `quote ${i}` }],
        };
      });
      // Actors that no event names would be invalid; give them a start date instead.
      const named = new Set(
        storyEvents.flatMap((e) => [...e.actors, ...e.ties.flatMap((t) => [t.source, t.target])]),
      );
      const story: Story = {
        meta: {
          id: 'generated',
          title: { en: 'Generated' },
          languages: ['en'],
          sources: [{ id: 'src', title: 'Generated', publisher: 'fast-check', language: 'en' }],
        },
        actors: ids.map((id, i) => ({
          id,
          kind: 'person' as const,
          name: { en: id },
          ...(!named.has(id) || (startFirst && i === 0) ? { start: '1999' } : {}),
        })),
        events: storyEvents,
      };
      return story;
    });
}
