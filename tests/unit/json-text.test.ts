import { describe, expect, it } from 'vitest';
import { lineColumn, parseJsonText } from '../../src/lib/schema/json-text.ts';

describe('parseJsonText', () => {
  it('parses valid JSON', () => {
    expect(parseJsonText('{"a": [1, 2]}')).toEqual({ ok: true, value: { a: [1, 2] } });
  });

  it.each([
    ['{\n  "a": 1,\n}', 3, 1, /trailing comma/],
    ['{"a": [1, 2,]}', 1, 13, /trailing comma/],
    ['{\n  "a": tru\n}', 2, 8, /unexpected character/],
    ["{'a': 1}", 1, 2, /double quotes/],
    ['{"a": [1 2]}', 1, 10, /expected ","/],
    ['{"meta": {"id": "x"', 1, 20, /ends too early/],
    ['\uFEFF{}', 1, 1, /byte-order mark/],
    ['<!doctype html><title>404</title>', 1, 1, /HTML/],
  ])('reports %j at line %i, column %i', (text, line, column, message) => {
    const result = parseJsonText(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ line, column });
    expect(result.problems[0]?.message).toMatch(message);
  });

  it.each(['', '   \n'])('says an empty file is empty (%j)', (text) => {
    const result = parseJsonText(text);
    expect(!result.ok && result.problems[0]?.message).toMatch(/empty/);
  });

  it('refuses text over the size cap without parsing it', () => {
    const result = parseJsonText(`"${'x'.repeat(100)}"`, 50);
    expect(!result.ok && result.problems[0]?.message).toMatch(/limited to/);
  });
});

describe('lineColumn', () => {
  it.each([
    [0, 1, 1],
    [3, 1, 4],
    [4, 2, 1],
    [6, 3, 1],
  ])('offset %i is line %i column %i', (offset, line, column) => {
    expect(lineColumn('abc\nd\nef', offset)).toEqual({ line, column });
  });
});
