// Pure: what a key does in talk mode. No DOM, no Svelte.

/** A step a speaker takes through the story. */
export type TalkAction = 'next' | 'previous' | 'start' | 'end' | 'leave';

/** Keys whose action does not depend on the writing direction. */
const FIXED: ReadonlyMap<string, TalkAction> = new Map([
  [' ', 'next'],
  ['PageDown', 'next'], // what presentation clickers send
  ['ArrowDown', 'next'],
  ['PageUp', 'previous'],
  ['ArrowUp', 'previous'],
  ['Home', 'start'],
  ['End', 'end'],
  ['Escape', 'leave'],
]);

/**
 * The talk-mode action of a key (`KeyboardEvent.key`) on a page written in `dir`: a clicker's
 * PageDown / PageUp, Space, and arrows that follow the writing direction (→ is next in English,
 * ← in Arabic). Undefined for any other key.
 */
export function talkAction(key: string, dir: 'ltr' | 'rtl'): TalkAction | undefined {
  if (key === 'ArrowRight') return dir === 'ltr' ? 'next' : 'previous';
  if (key === 'ArrowLeft') return dir === 'ltr' ? 'previous' : 'next';
  return FIXED.get(key);
}
