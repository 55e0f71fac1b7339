import { describe, expect, it } from 'vitest';
import { isId, isLanguage, isStoryDate } from '../../../src/lib/schema/primitives.ts';

describe('isLanguage', () => {
  it.each([
    ['en', true],
    ['ar', true],
    ['fr', false],
    ['EN', false],
    ['', false],
  ])('%j → %s', (value, expected) => {
    expect(isLanguage(value)).toBe(expected);
  });
});

describe('isId', () => {
  it.each([
    ['a', true],
    ['openai', true],
    ['A-1_b.c', true],
    ['9lives', true],
    [`a${'b'.repeat(99)}`, true], // 100 characters
    [`a${'b'.repeat(100)}`, false], // 101
    ['', false],
    ['-a', false], // must start with a letter or digit
    ['.a', false],
    ['a b', false],
    ['a/b', false],
    ['a\n', false],
    ['é', false],
  ])('%j → %s', (value, expected) => {
    expect(isId(value)).toBe(expected);
  });
});

describe('isStoryDate', () => {
  it.each([
    ['2015', true],
    ['2015-12', true],
    ['2016-02-29', true],
    ['2015-02-29', false],
    ['2015-13', false],
    ['15', false],
  ])('%j → %s', (value, expected) => {
    expect(isStoryDate(value)).toBe(expected);
  });
});
