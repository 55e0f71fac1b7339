// Pure: reading story text as JSON, with errors a person can act on (line and column, what to do).
import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser';
import type { Problem } from './problems.ts';

/** Largest story file accepted (bytes of UTF-16 text, close to bytes on disk for JSON): 10 MB. */
export const MAX_STORY_CHARS = 10 * 1024 * 1024;

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
  UnexpectedEndOfString: 'a string is not closed with "',
  UnexpectedEndOfNumber: 'a number ends too early',
  InvalidUnicode: 'invalid \\u escape',
  InvalidEscapeCharacter: 'invalid escape after \\',
  InvalidCharacter: 'a control character inside a string (escape newlines as \\n)',
};

function describe(code: ParseError['error'], text: string, offset: number): string {
  if (offset >= text.trimEnd().length)
    return 'invalid JSON: the file ends too early (is it truncated?)';
  const before = text.slice(0, offset).trimEnd();
  if (before.endsWith(',') && /^\s*[\]}]/.test(text.slice(offset))) {
    return 'invalid JSON: a trailing comma before a closing bracket';
  }
  return `invalid JSON: ${REASONS[printParseErrorCode(code)] ?? 'syntax error'}`;
}

function megabytes(chars: number): string {
  return `${(chars / 1024 / 1024).toFixed(1)} MB`;
}
