import { describe, expect, it } from 'vitest';
import { talkAction } from '../../src/lib/view/talk-keys.ts';

describe('talkAction', () => {
  it.each([
    ['ArrowRight', 'ltr', 'next'],
    ['ArrowLeft', 'ltr', 'previous'],
    ['ArrowLeft', 'rtl', 'next'],
    ['ArrowRight', 'rtl', 'previous'],
    [' ', 'rtl', 'next'],
    ['PageDown', 'ltr', 'next'],
    ['ArrowDown', 'rtl', 'next'],
    ['PageUp', 'ltr', 'previous'],
    ['ArrowUp', 'rtl', 'previous'],
    ['Home', 'rtl', 'start'],
    ['End', 'ltr', 'end'],
    ['Escape', 'ltr', 'leave'],
    ['p', 'ltr', undefined],
    ['Enter', 'rtl', undefined],
    ['toString', 'ltr', undefined],
  ] as const)('%j on a %s page → %s', (key, dir, action) => {
    expect(talkAction(key, dir)).toBe(action);
  });
});
