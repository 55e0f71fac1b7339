import { describe, expect, it } from 'vitest';
import { embedCode, embedLink, shareLink } from '../../src/lib/url/share.ts';

const state = {
  page: 'https://x.example/tielines/',
  search: '?data=s.json&embed=1&present=1',
  date: '2016-03',
  lang: 'ar',
  actor: 'musk',
};

describe('share links', () => {
  it('links to the exact state, keeping the story and dropping modes', () => {
    expect(shareLink(state)).toBe(
      'https://x.example/tielines/?data=s.json&date=2016-03&lang=ar&actor=musk',
    );
  });

  it('embeds the same state in embed mode', () => {
    expect(embedLink({ ...state, actor: undefined })).toBe(
      'https://x.example/tielines/?data=s.json&embed=1&date=2016-03&lang=ar',
    );
  });

  it('writes iframe code with a title, lazy loading, a height and full screen', () => {
    const code = embedCode(state, 'Musk & Altman "rivals"');
    expect(code).toMatch(
      /^<iframe src="https:\/\/x\.example\/tielines\/\?data=s\.json&amp;embed=1&amp;date=2016-03&amp;lang=ar&amp;actor=musk"/,
    );
    expect(code).toContain('title="Musk &amp; Altman &quot;rivals&quot;"');
    expect(code).toContain('loading="lazy"');
    expect(code).toContain('allow="fullscreen"');
    expect(code).toMatch(/height="\d+"/);
  });

  it('cannot be broken out of by a title with markup', () => {
    expect(embedCode(state, '"><script>alert(1)</script>')).not.toContain('<script>');
  });
});
