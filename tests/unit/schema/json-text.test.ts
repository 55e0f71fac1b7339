import { describe, expect, it } from 'vitest';
import {
  lineColumn,
  MAX_JSON_DEPTH,
  MAX_STORY_CHARS,
  parseJsonText,
} from '../../../src/lib/schema/json-text.ts';

/** The one problem parseJsonText reports for `text`, or undefined when the text parses. */
function problem(text: string, maxChars?: number) {
  const result = parseJsonText(text, maxChars);
  if (result.ok) return undefined;
  expect(result.problems).toHaveLength(1);
  return result.problems[0];
}

describe('parseJsonText: refused before parsing', () => {
  it('gives the size of a file over the limit and the limit, in MB to one decimal', () => {
    const mb = 1024 * 1024;
    expect(problem('x'.repeat(2 * mb), 1.5 * mb)).toEqual({
      path: '',
      message: 'the file is 2.0 MB; stories are limited to 1.5 MB',
    });
  });

  it('accepts a file of exactly the limit, and the default limit is 10 MB', () => {
    expect(parseJsonText('[1]', 3)).toEqual({ ok: true, value: [1] });
    expect(MAX_STORY_CHARS).toBe(10 * 1024 * 1024);
  });

  it.each([
    ['', 'the file is empty: a story is a JSON object { "meta", "actors", "events" }'],
    [' \t\n', 'the file is empty: a story is a JSON object { "meta", "actors", "events" }'],
  ])('says %j is empty, with no line', (text, message) => {
    expect(problem(text)).toEqual({ path: '', message });
  });

  it.each([
    ['\uFEFF{}', 'the file starts with a byte-order mark (BOM): save it as UTF-8 without BOM'],
    [
      '<html></html>',
      'this is HTML or XML, not JSON: was an error page served instead of the story?',
    ],
    [
      '\n  <?xml version="1.0"?>',
      'this is HTML or XML, not JSON: was an error page served instead of the story?',
    ],
  ])('refuses %j at line 1, column 1', (text, message) => {
    expect(problem(text)).toEqual({ path: '', message, line: 1, column: 1 });
  });

  it('reads "<" after the start as a syntax error, not as HTML', () => {
    expect(problem('{"a": <b>}')?.message).not.toMatch(/HTML/);
  });
});

describe('parseJsonText: syntax errors', () => {
  it.each([
    // [text, line, column, message]
    ['{"a": 1,}', 1, 9, 'invalid JSON: a trailing comma before a closing bracket'],
    ['[1,\n  ]', 2, 3, 'invalid JSON: a trailing comma before a closing bracket'],
    ['[1] 2', 1, 5, 'invalid JSON: unexpected text after the end of the story'],
    ['{"a": 1}}', 1, 9, 'invalid JSON: unexpected text after the end of the story'],
    ['{"a" 1}', 1, 6, 'invalid JSON: expected ":" after the property name'],
    ['{"a": 1 "b": 2}', 1, 9, 'invalid JSON: expected "," between items'],
    [
      '{"a": tru}',
      1,
      7,
      'invalid JSON: unexpected character (strings need "double quotes"; true, false and null are lower case)',
    ],
    ['{"a": 01}', 1, 8, 'invalid JSON: expected "," between items'],
    [
      '{"a": "x\\q"}',
      1,
      7,
      'invalid JSON: invalid escape after \\ (a backslash itself is written \\\\)',
    ],
    ['{"a": "\\u12"}', 1, 7, 'invalid JSON: invalid \\u escape'],
    [
      '{"a": "x\ny"}',
      1,
      7,
      'invalid JSON: a string is not closed with " on its line (a line break inside a string is written \\n)',
    ],
    [
      '{"a": "x\ty"}',
      1,
      7,
      'invalid JSON: a control character inside a string (escape newlines as \\n)',
    ],
    ['{"a": 1} // note', 1, 10, 'invalid JSON: comments are not allowed in JSON'],
    ['{"a": 1.}', 1, 7, 'invalid JSON: a number ends too early'],
    ['{"a": }', 1, 7, 'invalid JSON: expected a value'],
    ['{1: 2}', 1, 2, 'invalid JSON: expected a property name in "double quotes"'],
    [
      '{"a": 1}\n```',
      2,
      1,
      'invalid JSON: a Markdown code fence (```): keep only the JSON between the fences',
    ],
    ['    [1 2]', 1, 8, 'invalid JSON: expected "," between items'], // indented: not the end
    ['{"a": [1, 2', 1, 12, 'invalid JSON: the file ends too early (is it truncated?)'],
    ['{"a": [1, 2   \n', 2, 1, 'invalid JSON: the file ends too early (is it truncated?)'],
  ])('%j: line %i, column %i, %s', (text, line, column, message) => {
    expect(problem(text)).toEqual({ path: '', message, line, column });
  });

  it.each([
    ['{title: "x"}', 'invalid JSON: property names need "double quotes" ("title":)'],
    ['{"a": 1, $b : 2}', 'invalid JSON: property names need "double quotes" ("$b":)'],
    [
      '{"a": NaN}',
      'invalid JSON: NaN is not a JSON value (write a number, true, false, null or a "string")',
    ],
    [
      '[Infinity]',
      'invalid JSON: Infinity is not a JSON value (write a number, true, false, null or a "string")',
    ],
    [
      '{"a": undefined}',
      'invalid JSON: undefined is not a JSON value (write a number, true, false, null or a "string")',
    ],
    // Only a word where the error is counts, not one further on.
    [
      '{"a": @, b: 1}',
      'invalid JSON: unexpected character (strings need "double quotes"; true, false and null are lower case)',
    ],
    [
      '{"a": None}',
      'invalid JSON: unexpected character (strings need "double quotes"; true, false and null are lower case)',
    ],
  ])('names the bare word in %j', (text, message) => {
    expect(problem(text)?.message).toBe(message);
  });
});

describe('parseJsonText: nesting', () => {
  const deep = (n: number) => '['.repeat(n);

  it(`reports lists nested more than ${MAX_JSON_DEPTH} deep where they go too deep`, () => {
    expect(MAX_JSON_DEPTH).toBe(500);
    expect(problem(`${deep(501)}x`)).toEqual({
      path: '',
      message:
        'invalid JSON: lists and objects nested more than 500 deep (a story needs only a few levels)',
      line: 1,
      column: 501,
    });
    expect(problem(`{"a":${'{"a":'.repeat(500)}`)?.column).toBe(1 + 5 * 500);
  });

  it('counts neither brackets in strings nor closed ones', () => {
    // 500 open lists are not too deep; the error is then the syntax one.
    expect(problem(deep(500))?.message).toBe(
      'invalid JSON: the file ends too early (is it truncated?)',
    );
    const inStrings = `["${'['.repeat(600)}", "\\"${'{'.repeat(600)}"`;
    expect(problem(inStrings)?.message).toBe(
      'invalid JSON: the file ends too early (is it truncated?)',
    );
    expect(problem(`${'[]'.repeat(600)}`)?.message).toBe(
      'invalid JSON: unexpected text after the end of the story',
    );
    expect(problem(`${'{}'.repeat(600)}`)?.message).toBe(
      'invalid JSON: unexpected text after the end of the story',
    );
  });
});

describe('lineColumn', () => {
  it.each([
    ['', 0, 1, 1],
    ['ab\ncd', 2, 1, 3],
    ['ab\ncd', 3, 2, 1],
    ['ab\ncd', 5, 2, 3],
    ['ab\ncd', 99, 2, 3], // past the end: the end
    ['a\r\nb', 3, 2, 1], // \r is part of the line before
  ])('%j at offset %i is line %i, column %i', (text, offset, line, column) => {
    expect(lineColumn(text, offset)).toEqual({ line, column });
  });
});
