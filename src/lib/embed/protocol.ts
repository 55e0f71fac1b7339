// Pure: the messages an embedded Tielines exchanges with its host page, validated with zod, and the
// Pym.js height message so a host using NPR's pym.js parent resizes the iframe with no extra code.
import * as z from 'zod/mini';
import { idSchema, languageSchema, storyDateSchema } from '../schema/primitive-schemas.ts';

/** Every Tielines message type starts with this, so hosts can tell ours from others'. */
export const PREFIX = 'tielines:';

/** Host → embed. Anything else is ignored. */
export const hostMessageSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('tielines:set-date'), date: storyDateSchema }),
  z.strictObject({ type: z.literal('tielines:play') }),
  z.strictObject({ type: z.literal('tielines:pause') }),
  z.strictObject({ type: z.literal('tielines:select-actor'), actor: z.nullable(idSchema) }),
  z.strictObject({ type: z.literal('tielines:set-language'), lang: languageSchema }),
]);
export type HostMessage = z.infer<typeof hostMessageSchema>;

/** Embed → host. */
export type EmbedMessage =
  | { type: 'tielines:ready'; story: string; date: string; lang: string }
  | { type: 'tielines:date'; date: string }
  | { type: 'tielines:actor'; actor: string | null }
  | { type: 'tielines:height'; height: number }
  /** Sent instead of "ready" when the story was refused: its problems are listed in the embed. */
  | { type: 'tielines:problems'; count: number };

/** Parses `?origin=` (comma-separated origins) into canonical origins; invalid entries are dropped. */
export function parseOriginList(raw: string | null): string[] {
  if (!raw) return [];
  return raw.split(',').flatMap((entry) => {
    try {
      const url = new URL(entry.trim());
      return url.protocol === 'http:' || url.protocol === 'https:' ? [url.origin] : [];
    } catch {
      return [];
    }
  });
}

/**
 * Whether a message event may drive the embed: it must come from the window that embeds us and,
 * when an allow-list was given, from one of its origins. Its data must have a known shape.
 */
export function acceptHostMessage(
  event: { origin: string; source: unknown; data: unknown },
  parent: unknown,
  allowed: readonly string[],
): HostMessage | undefined {
  if (event.source !== parent || parent === undefined || parent === null) return undefined;
  if (allowed.length > 0 && !allowed.includes(event.origin)) return undefined;
  const parsed = z.safeParse(hostMessageSchema, event.data);
  return parsed.success ? parsed.data : undefined;
}

/** Pym.js child → parent height message ("pymxPYMx<id>xPYMxheightxPYMx<px>"). */
export function pymHeightMessage(childId: string, height: number): string {
  return ['pym', childId, 'height', String(Math.ceil(height))].join('xPYMx');
}
