import { describe, expect, it } from 'vitest';
import {
  acceptHostMessage,
  parseOriginList,
  pymHeightMessage,
} from '../../src/lib/embed/protocol.ts';

const parent = {};
const from = (data: unknown, origin = 'https://news.example', source: unknown = parent) => ({
  data,
  origin,
  source,
});

describe('host messages', () => {
  it.each([
    [{ type: 'tielines:set-date', date: '2016-03' }],
    [{ type: 'tielines:play' }],
    [{ type: 'tielines:pause' }],
    [{ type: 'tielines:select-actor', actor: 'musk' }],
    [{ type: 'tielines:select-actor', actor: null }],
    [{ type: 'tielines:set-language', lang: 'ar' }],
  ])('accepts %j from the parent', (data) => {
    expect(acceptHostMessage(from(data), parent, [])).toEqual(data);
  });

  it.each([
    ['an unknown type', { type: 'tielines:explode' }],
    ['a bad date', { type: 'tielines:set-date', date: '2024-02-30' }],
    ['an extra field', { type: 'tielines:play', html: '<img onerror=alert(1)>' }],
    ['a bad actor id', { type: 'tielines:select-actor', actor: '<script>' }],
    ['a string', 'tielines:play'],
    ['null', null],
  ])('ignores %s', (_name, data) => {
    expect(acceptHostMessage(from(data), parent, [])).toBeUndefined();
  });

  it('ignores messages from any window but the parent', () => {
    expect(
      acceptHostMessage(from({ type: 'tielines:play' }, 'https://news.example', {}), parent, []),
    ).toBeUndefined();
  });

  it('applies the origin allow-list when one is given', () => {
    const allowed = parseOriginList('https://news.example, https://other.example/path');
    expect(allowed).toEqual(['https://news.example', 'https://other.example']);
    const play = { type: 'tielines:play' };
    for (const origin of allowed) {
      expect(acceptHostMessage(from(play, origin), parent, allowed)).toEqual(play);
    }
    // Origins are compared whole: scheme, host and port.
    for (const origin of [
      'https://evil.example',
      'http://news.example',
      'https://news.example:8443',
      'https://news.example.evil',
      'https://other.example/path',
      'null',
    ]) {
      expect(acceptHostMessage(from(play, origin), parent, allowed)).toBeUndefined();
    }
  });

  it('still checks the message of an allowed origin', () => {
    const allowed = ['https://news.example'];
    const date = { type: 'tielines:set-date', date: '2016-03' };
    expect(acceptHostMessage(from(date), parent, allowed)).toEqual(date);
    expect(acceptHostMessage(from({ ...date, date: '2016-13' }), parent, allowed)).toBeUndefined();
    expect(acceptHostMessage(from({ ...date, html: '<b>' }), parent, allowed)).toBeUndefined();
  });

  it('drops origins that are not http(s) URLs', () => {
    expect(parseOriginList('javascript:alert(1),not a url,https://ok.example')).toEqual([
      'https://ok.example',
    ]);
  });
});

describe('pym', () => {
  it('writes the height message pym.js parents listen for', () => {
    expect(pymHeightMessage('tielines-1', 612.2)).toBe('pymxPYMxtielines-1xPYMxheightxPYMx613');
  });
});
