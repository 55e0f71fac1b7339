// Pure: the shape that marks each kind of actor, as an SVG path centred on (0, 0). Shape, not only
// colour, tells kinds apart.
import type { ActorKind } from '../schema/story.ts';

/** Path of an actor's symbol of "radius" `r` (px): roughly the same visual weight for each kind. */
export function symbolPath(kind: ActorKind, r: number): string {
  const polygon = (points: readonly (readonly [number, number])[]) =>
    `M${points.map(([x, y]) => `${round(x * r)},${round(y * r)}`).join('L')}Z`;
  switch (kind) {
    case 'person':
      return `M${-r},0A${r},${r} 0 1,0 ${r},0A${r},${r} 0 1,0 ${-r},0Z`;
    case 'organization':
      return polygon([
        [-0.9, -0.9],
        [0.9, -0.9],
        [0.9, 0.9],
        [-0.9, 0.9],
      ]);
    case 'product':
      return polygon([
        [0, -1.2],
        [1.2, 0],
        [0, 1.2],
        [-1.2, 0],
      ]);
    case 'project':
      return polygon([
        [0, -1.2],
        [1.1, 0.9],
        [-1.1, 0.9],
      ]);
    case 'government':
      return polygon(
        Array.from(
          { length: 6 },
          (_, i) => [Math.cos((Math.PI / 3) * i), Math.sin((Math.PI / 3) * i)] as const,
        ),
      );
  }
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

/** Stroke dash pattern per stance: solid, dashed, dotted — so stance never rests on colour alone. */
export const STANCE_DASH = { positive: 'none', neutral: '7 5', negative: '2 5' } as const;
