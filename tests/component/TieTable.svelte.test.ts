import { render, screen } from '@testing-library/svelte';
import { tick } from 'svelte';
import { describe, expect, it } from 'vitest';
import TieTable from '../../src/components/TieTable.svelte';
import { tinyView } from './harness.ts';

describe('TieTable', () => {
  it('lists every present tie as "actor — actor: relation" and follows the date', async () => {
    const { view } = tinyView({ date: '2011-03' });
    const props = $state({
      timeline: view.timeline,
      ties: view.graph.ties,
      dateLabel: 'March 2011',
      lang: 'en' as const,
    });
    render(TieTable, props);
    const rows = () =>
      screen
        .getAllByRole('row')
        .slice(1)
        .map((r) => [...r.children].map((c) => c.textContent).join(' | '));
    expect(rows()).toEqual([
      'Ada — Acme | founded | March 2011',
      'Bo — Acme | founded | March 2011',
      'Ada — Bo | alliance | March 2011',
    ]);
    view.setDate(Date.UTC(2012, 5, 15));
    props.ties = view.graph.ties;
    props.dateLabel = '15 June 2012';
    await tick();
    expect(rows()).toEqual([
      'Ada — Acme | founded | March 2011',
      'Ada — Bo | split | 15 June 2012',
    ]);
    expect(screen.getByRole('table', { name: 'Ties on 15 June 2012' })).toBeInTheDocument();
  });

  it('says when there is no tie', () => {
    const { view } = tinyView({ date: '2009' });
    render(TieTable, {
      timeline: view.timeline,
      ties: view.graph.ties,
      dateLabel: '2009',
      lang: 'en',
    });
    expect(screen.getByText('No ties yet on this date.')).toBeInTheDocument();
  });
});
