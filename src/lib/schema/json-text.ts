// Pure: reading story text as JSON, with errors a person can act on (line and column, what to do).
import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser';
import type { Problem } from './problems.ts';

/** Largest story file accepted (bytes of UTF-16 text, close to bytes on disk for JSON): 10 MB. */
export const MAX_STORY_CHARS = 10 * 1024 * 1024;

/**
 * Deepest nesting of lists and objects described in a syntax error. A story needs about six levels;
 * the parser that locates syntax errors recurses once per level and would overflow the call stack
 * on junk nested 100,000 deep, so such text is reported for its depth instead.
 */
export const MAX_JSON_DEPTH = 500;

export type JsonResult = { ok: true; value: unknown } | { ok: false; problems: Problem[] };

/** 1-based line and column of a character offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}

/** Parses story text. Never throws: every failure is a problem with a location and a remedy. */
export function parseJsonText(text: string, maxChars = MAX_STORY_CHARS): JsonResult {
  const fail = (message: string, offset?: number): JsonResult => ({
    ok: false,
    problems: [{ path: '', message, ...(offset === undefined ? {} : lineColumn(text, offset)) }],
  });
  if (text.length > maxChars) {
    return fail(
      `the file is ${megabytes(text.length)}; stories are limited to ${megabytes(maxChars)}`,
    );
  }
  if (text.trim() === '')
    return fail('the file is empty: a story is a JSON object { "meta", "actors", "events" }');
  if (text.charCodeAt(0) === 0xfeff) {
    return fail('the file starts with a byte-order mark (BOM): save it as UTF-8 without BOM', 0);
  }
  if (/^\s*</.test(text)) {
    return fail('this is HTML or XML, not JSON: was an error page served instead of the story?', 0);
  }
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    // JSON.parse's messages differ between engines and often carry no position, so the same
    // text is scanned again by a parser that reports where and what went wrong.
    const deep = tooDeep(text, MAX_JSON_DEPTH);
    if (deep >= 0) {
      return fail(
        `invalid JSON: lists and objects nested more than ${MAX_JSON_DEPTH} deep (a story needs only a few levels)`,
        deep,
      );
    }
    const errors: ParseError[] = [];
    parse(text, errors, {
      disallowComments: true,
      allowTrailingComma: false,
      allowEmptyContent: false,
    });
    const first = errors[0];
    if (!first) return fail('invalid JSON');
    return fail(describe(first.error, text, first.offset), first.offset);
  }
}

// Keyed by jsonc-parser's code names (its enum is `const`, which verbatimModuleSyntax cannot import).
const REASONS: Readonly<Record<string, string>> = {
  InvalidSymbol:
    'unexpected character (strings need "double quotes"; true, false and null are lower case)',
  InvalidNumberFormat: 'invalid number',
  PropertyNameExpected: 'expected a property name in "double quotes"',
  ValueExpected: 'expected a value',
  ColonExpected: 'expected ":" after the property name',
  CommaExpected: 'expected "," between items',
  CloseBraceExpected: 'expected "}" to close the object',
  CloseBracketExpected: 'expected "]" to close the list',
  EndOfFileExpected: 'unexpected text after the end of the story',
  InvalidCommentToken: 'comments are not allowed in JSON',
  UnexpectedEndOfComment: 'comments are not allowed in JSON',
  // JSON strings cannot span lines, so an unclosed one is most often a pasted line break.
  UnexpectedEndOfString:
    'a string is not closed with " on its line (a line break inside a string is written \\n)',
  UnexpectedEndOfNumber: 'a number ends too early',
  InvalidUnicode: 'invalid \\u escape',
  InvalidEscapeCharacter: 'invalid escape after \\ (a backslash itself is written \\\\)',
  InvalidCharacter: 'a control character inside a string (escape newlines as \\n)',
};

function describe(code: ParseError['error'], text: string, offset: number): string {
  if (offset >= text.trimEnd().length)
    return 'invalid JSON: the file ends too early (is it truncated?)';
  const before = text.slice(0, offset).trimEnd();
  if (before.endsWith(',') && /^\s*[\]}]/.test(text.slice(offset))) {
    return 'invalid JSON: a trailing comma before a closing bracket';
  }
  const rest = text.slice(offset, offset + 200);
  if (rest.startsWith('```')) {
    return 'invalid JSON: a Markdown code fence (```): keep only the JSON between the fences';
  }
  const name = printParseErrorCode(code);
  // A bare word where a name or value belongs: an unquoted property name, or a JavaScript value
  // that JSON does not have.
  const word = ['InvalidSymbol', 'PropertyNameExpected', 'ValueExpected'].includes(name)
    ? /^([A-Za-z_$][\w$]*)(\s*:)?/.exec(rest)
    : null;
  if (word?.[2] !== undefined) {
    return `invalid JSON: property names need "double quotes" ("${word[1]}":)`;
  }
  if (word && ['NaN', 'Infinity', 'undefined'].includes(word[1] ?? '')) {
    return `invalid JSON: ${word[1]} is not a JSON value (write a number, true, false, null or a "string")`;
  }
  return `invalid JSON: ${REASONS[name] ?? 'syntax error'}`;
}

/** Offset of the first "[" or "{" nested deeper than `limit`, or -1. Iterative; skips strings. */
function tooDeep(text: string, limit: number): number {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '[' || c === '{') {
      if (++depth > limit) return i;
    } else if (c === ']' || c === '}') depth--;
  }
  return -1;
}

function megabytes(chars: number): string {
  return `${(chars / 1024 / 1024).toFixed(1)} MB`;
}
