import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import ChangesList from '../../src/components/ChangesList.svelte';
import type { Changes, Tie } from '../../src/lib/timeline/timeline.ts';
import { tinyView } from './harness.ts';

const tie = (source: string, target: string, relation: string): Tie => ({
  key: `${source}|${target}`,
  source,
  target,
  relation,
  stance: 'positive',
  since: 0,
  eventId: 'e',
});

const lines = () =>
  screen.getAllByRole('listitem').map((li) => li.textContent?.replace(/\s+/g, ' '));

describe('ChangesList', () => {
  it('names each tie formed, changed and ended, in that order', () => {
    const { view } = tinyView({ date: '2012-06-15' });
    const changes: Changes = {
      added: [tie('ada', 'acme', 'founded')],
      changed: [{ before: tie('ada', 'bo', 'ally'), after: tie('ada', 'bo', 'split') }],
      ended: [tie('bo', 'acme', 'member')],
      appeared: [],
    };
    render(ChangesList, { props: { view, changes } });
    expect(lines()).toEqual([
      `+ Ada — Acme: ${view.relationLabel('founded')}`,
      `↻ Ada — Bo: ${view.relationLabel('ally')} → ${view.relationLabel('split')}`,
      `− Bo — Acme: ${view.relationLabel('member')} ended`,
    ]);
  });

  it('says when nothing changed', () => {
    const { view } = tinyView();
    render(ChangesList, {
      props: { view, changes: { added: [], changed: [], ended: [], appeared: [] } },
    });
    expect(screen.getByText('No tie changed.')).toBeInTheDocument();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('shows twenty changes of a busy date, and the rest after its button', async () => {
    const { view } = tinyView();
    const added = Array.from({ length: 30 }, (_, i) => tie(`a${i}`, `b${i}`, 'ally'));
    const changes: Changes = { added, changed: [], ended: [tie('x', 'y', 'ally')], appeared: [] };
    const { rerender } = render(ChangesList, { props: { view, changes } });
    expect(screen.getAllByRole('listitem')).toHaveLength(20);
    const all = screen.getByRole('button', { name: 'All changes (31)' });
    expect(all).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(all);
    expect(all).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getAllByRole('listitem')).toHaveLength(31);
    expect(lines().at(-1)).toMatch(/^− x — y: .* ended$/);
    // What it revealed follows it.
    const items = screen.getAllByRole('listitem');
    expect(all.compareDocumentPosition(items[20]!)).toBe(Node.DOCUMENT_POSITION_FOLLOWING);
    await userEvent.click(all);
    expect(screen.getAllByRole('listitem')).toHaveLength(20);

    // Open, then the changes of another date (a new object): folded again.
    await userEvent.click(all);
    await rerender({ view, changes: { ...changes, added: added.slice(1) } });
    expect(screen.getAllByRole('listitem')).toHaveLength(20);
    expect(screen.getByRole('button', { name: 'All changes (30)' })).toHaveAttribute(
      'aria-expanded',
      'false',
    );
  });
});
