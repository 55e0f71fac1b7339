import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  clip,
  didYouMean,
  formatPath,
  formatProblem,
  suggestion,
  type Problem,
} from '../../../src/lib/schema/problems.ts';

describe('clip', () => {
  it.each([
    ['abc', 3, 'abc'],
    ['abcd', 3, 'abc…'],
    ['', 0, ''],
  ])('clip(%j, %i) is %j', (text, max, expected) => {
    expect(clip(text, max)).toBe(expected);
  });

  it('keeps 40 characters by default', () => {
    const forty = 'x'.repeat(40);
    expect(clip(forty)).toBe(forty);
    expect(clip(`${forty}y`)).toBe(`${forty}…`);
  });
});

describe('formatPath', () => {
  it.each<[PropertyKey[], string]>([
    [[], ''],
    [['meta'], 'meta'],
    [['events', 12, 'ties', 0], 'events[12].ties[0]'],
    [[0, 'id'], '[0].id'],
    [['$schema'], '$schema'],
    [['_a1', 'b$'], '_a1.b$'],
    // Anything that is not a JavaScript identifier is quoted, at either end of the key.
    [['meta', 'relations', 'a-b'], 'meta.relations["a-b"]'],
    [['-a'], '["-a"]'],
    [['a-'], '["a-"]'],
    [['1a'], '["1a"]'],
    [['a b'], '["a b"]'],
    [[''], '[""]'],
    [['x', Symbol('s')], 'x["Symbol(s)"]'],
  ])('writes %j as %j', (path, expected) => {
    expect(formatPath(path)).toBe(expected);
  });

  it('quotes and clips a key longer than any id (100), even one that reads as a name', () => {
    const hundred = 'k'.repeat(100);
    expect(formatPath(['a', hundred])).toBe(`a.${hundred}`);
    expect(formatPath(['a', `${hundred}k`])).toBe(`a["${hundred}…"]`);
  });
});

describe('formatProblem', () => {
  it.each<[Problem, string]>([
    [{ path: 'events[0].date', message: 'bad' }, 'events[0].date: bad'],
    [{ path: '', message: 'empty' }, '(file): empty'],
    [{ path: '', message: 'syntax', line: 3, column: 7 }, 'line 3, column 7: syntax'],
    [{ path: 'x', message: 'syntax', line: 2 }, 'line 2, column 1: syntax'],
  ])('writes %j as %j', (problem, expected) => {
    expect(formatProblem(problem)).toBe(expected);
  });
});

describe('didYouMean', () => {
  it.each<[string, string[], string | undefined]>([
    ['sumary', ['summary', 'source'], 'summary'],
    ['x', [], undefined],
    // Short words allow one edit; an exact match is not a typo.
    ['ab', ['ac'], 'ac'],
    ['ab', ['xy'], undefined],
    ['title', ['title', 'titles'], undefined],
    // A third of the word, rounded down: 6 letters allow 2 edits, not 3.
    ['abcdef', ['abcdxy'], 'abcdxy'],
    ['abcdef', ['abcxyz'], undefined],
    ['abcdefghi', ['abcdefxyz'], 'abcdefxyz'],
    ['abcdefghi', ['abcdewxyz'], undefined],
  ])('%j among %j → %j', (word, candidates, expected) => {
    expect(didYouMean(word, candidates)).toBe(expected);
  });

  it('never suggests a word more than a third of its length (at least 1) away', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.array(fc.string({ maxLength: 12 })), (w, c) => {
        const best = didYouMean(w, c);
        if (best === undefined) return;
        expect(c).toContain(best);
        expect(best).not.toBe(w);
      }),
    );
  });
});

describe('suggestion', () => {
  it('appends the close match, or nothing', () => {
    expect(suggestion('foundd', ['founded', 'funds'])).toBe(' (did you mean "founded"?)');
    expect(suggestion('zzzz', ['founded'])).toBe('');
  });
});
