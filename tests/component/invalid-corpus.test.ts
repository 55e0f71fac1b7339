// Every broken story in tests/fixtures/invalid, served as `?data=`, shows the problem list — the
// same lines the CLI prints — with the way back, and never the error boundary or an endless
// "Loading…". The bytes are served as they are on disk, so a BOM reaches the loader.
import { render, screen, within } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import App from '../../src/App.svelte';
import { caseBytes, corpusCases, expectedProblems } from '../fixtures/invalid/corpus.ts';
import { readFixture } from '../unit/fixtures.ts';

const expected = expectedProblems();

const serving = (body: Uint8Array<ArrayBuffer> | string) =>
  vi.fn<typeof fetch>(async () => new Response(body, { status: 200 }));

/** Renders the app on a `?data=` URL served `body`; returns the problem lines shown. */
async function problemsShown(body: Uint8Array<ArrayBuffer> | string): Promise<string[]> {
  const fetchImpl = serving(body);
  render(App, { search: '?data=x.json', base: 'http://localhost/', fetchImpl, syncUrl: false });
  const heading = await screen.findByRole('heading', { name: 'This story cannot be shown' });
  expect(fetchImpl).toHaveBeenCalledOnce();
  expect(screen.getByRole('button', { name: 'Open the default story instead' })).toBeVisible();
  expect(screen.queryByText(/Something went wrong/)).toBeNull();
  const list = heading.closest('section');
  if (!list) throw new Error('the problem list is not a section');
  return within(list)
    .getAllByRole('listitem')
    .map((li) => li.textContent ?? '');
}

describe('App on a broken story', () => {
  it.each(corpusCases())('%s shows its problems and the way back', async (name) => {
    expect(await problemsShown(caseBytes(name))).toEqual(expected[name]);
  });

  it('junk nested 100,000 deep is reported, not left loading', async () => {
    const tiny = readFixture('tiny.json');
    const junk = tiny.replace('"approximate": true', `"approximate": ${'['.repeat(100_000)}`);
    expect(await problemsShown(junk)).toEqual([
      'line 42, column 519: invalid JSON: lists and objects nested more than 500 deep (a story needs only a few levels)',
    ]);
  });
});
