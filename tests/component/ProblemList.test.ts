import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import ProblemList from '../../src/components/ProblemList.svelte';

describe('ProblemList', () => {
  const problems = [
    { path: 'events[2].ties[0].target', message: 'unknown actor "boo" (did you mean "bo"?)' },
    { path: '', message: 'invalid JSON: expected a value', line: 3, column: 7 },
  ];

  it('lists every problem with its path or line and column', () => {
    render(ProblemList, { problems, lang: 'en', origin: 'https://example.org/s.json' });
    const items = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toEqual([
      'events[2].ties[0].target: unknown actor "boo" (did you mean "bo"?)',
      'line 3, column 7: invalid JSON: expected a value',
    ]);
    expect(screen.getByText(/https:\/\/example\.org\/s\.json has 2 problem/)).toBeInTheDocument();
  });

  it('offers the way back only when there is one', async () => {
    const onback = vi.fn();
    const { unmount } = render(ProblemList, { problems, lang: 'en', onback });
    await userEvent.click(screen.getByRole('button', { name: 'Open the default story instead' }));
    expect(onback).toHaveBeenCalledOnce();
    unmount();
    render(ProblemList, { problems, lang: 'en' });
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('speaks Arabic', () => {
    render(ProblemList, { problems, lang: 'ar' });
    expect(screen.getByRole('heading', { name: 'لا يمكن عرض هذه القصة' })).toBeInTheDocument();
    // The whole page, as the story's view would: right to left.
    expect(document.documentElement.dir).toBe('rtl');
    expect(document.documentElement.lang).toBe('ar');
  });
});
