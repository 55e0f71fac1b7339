import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import App from '../../src/App.svelte';
import { translate } from '../../src/lib/i18n/i18n.ts';
import { readFixture } from '../unit/fixtures.ts';

const fetchReturning = (body: string, status = 200) =>
  vi.fn<typeof fetch>(
    async () => new Response(body, { status, headers: { 'content-type': 'application/json' } }),
  );

describe('App', () => {
  it('opens the bundled default story without fetching anything', async () => {
    const fetchImpl = vi.fn<typeof fetch>();
    render(App, { search: '', base: 'http://localhost/', fetchImpl });
    expect(await screen.findByRole('heading', { level: 1, name: /Musk/ })).toBeInTheDocument();
    expect(fetchImpl).not.toHaveBeenCalled();
  });

  it('loads ?data= through the validator', async () => {
    const fetchImpl = fetchReturning(readFixture('tiny.json'));
    render(App, {
      search: '?data=stories/tiny.json&date=2011-06',
      base: 'http://localhost/app/',
      fetchImpl,
    });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Two founders' }),
    ).toBeInTheDocument();
    expect(String(fetchImpl.mock.calls[0]?.[0])).toBe('http://localhost/app/stories/tiny.json');
    // The tie is drawn once the layout (here on the main thread, in slices) has placed its actors.
    await waitFor(() =>
      expect(document.querySelector('[data-tie="ada|bo"]')).toHaveAttribute(
        'data-relation',
        'alliance',
      ),
    );
  });

  it.each([
    ['a server error', fetchReturning('not here', 404), /answered 404/],
    ['an HTML page', fetchReturning('<!doctype html><p>Oops</p>'), /HTML or XML, not JSON/],
    [
      'a network failure',
      vi.fn<typeof fetch>(async () => Promise.reject(new TypeError('Failed to fetch'))),
      /did not answer/,
    ],
  ])('shows the problem for %s, with a way back', async (_name, fetchImpl, message) => {
    render(App, { search: '?data=x.json', base: 'http://localhost/', fetchImpl });
    expect(await screen.findByText(message)).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Open the default story instead' }),
    ).toBeInTheDocument();
  });

  it('says "Loading…" in the reader\'s language and its direction while the story comes', async () => {
    // A fetch that never answers: the page stays on its loading line.
    const fetchImpl = vi.fn<typeof fetch>(() => new Promise<Response>(() => {}));
    render(App, { search: '?data=slow.json&lang=ar', base: 'http://localhost/', fetchImpl });
    const status = await screen.findByRole('status');
    expect(status).toHaveAttribute('lang', 'ar');
    expect(status).toHaveAttribute('dir', 'rtl');
    expect(status.textContent?.trim()).toBe(translate('ar', 'app.loading'));
  });

  it('refuses a javascript: story URL without fetching it', async () => {
    const fetchImpl = vi.fn<typeof fetch>();
    render(App, { search: '?data=javascript:alert(1)', base: 'http://localhost/', fetchImpl });
    expect(await screen.findByText(/only http\(s\) story URLs/)).toBeInTheDocument();
    expect(fetchImpl).not.toHaveBeenCalled();
  });

  it('opens a dropped story file, refuses a broken one, and goes back to what was open', async () => {
    render(App, { search: '?date=2016', base: 'http://localhost/', syncUrl: false });
    await screen.findByRole('heading', { level: 1, name: /Musk/ });
    const drop = (name: string, text: string) =>
      fireEvent.drop(window, {
        dataTransfer: { files: [new File([text], name, { type: 'application/json' })] },
      });

    await drop('tiny.json', readFixture('tiny.json'));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Two founders' }),
    ).toBeInTheDocument();

    await drop('broken.json', readFixture('tiny.json').replace('"person"', '"persn"'));
    expect((await screen.findAllByText(/did you mean "person"/)).length).toBeGreaterThan(0);
    expect(screen.getByText(/broken\.json/)).toBeInTheDocument();
    await fireEvent.click(screen.getByRole('button', { name: 'Back to the story you had open' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Two founders' }),
    ).toBeInTheDocument();
  });

  it('opens a story file picked from the toolbar', async () => {
    render(App, { search: '', base: 'http://localhost/', syncUrl: false });
    await screen.findByRole('heading', { level: 1, name: /Musk/ });
    const picker = document.querySelector<HTMLInputElement>('input[type=file]')!;
    expect(picker.accept).toBe('.json,application/json');
    const file = new File([readFixture('tiny.json')], 'tiny.json', { type: 'application/json' });
    await fireEvent.change(picker, { target: { files: [file] } });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Two founders' }),
    ).toBeInTheDocument();
  });
});
