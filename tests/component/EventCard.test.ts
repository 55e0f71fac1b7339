import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import EventCard from '../../src/components/EventCard.svelte';
import { tinyView } from './harness.ts';

describe('EventCard', () => {
  it('shows the date at its precision, the title, summary, actors and source', () => {
    const { view } = tinyView({ date: '2011-03' });
    render(EventCard, { props: { view, events: view.events } });
    const card = screen.getByRole('article');
    expect(within(card).getByText('March 2011')).toBeInTheDocument();
    expect(within(card).getByRole('heading', { name: 'They found Acme' })).toBeInTheDocument();
    expect(within(card).getByText('Ada and Bo found Acme together.')).toBeInTheDocument();
    expect(within(card).getByText('In March 2011 they founded Acme.')).toBeInTheDocument();
    expect(within(card).getByText(/Test notes/)).toBeInTheDocument();
    expect(
      within(card)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Ada', 'Bo', 'Acme']);
  });

  it('says "c." for an approximate date and speaks Arabic', () => {
    const { view } = tinyView({ date: '2010', lang: 'ar' });
    render(EventCard, { props: { view, events: view.events } });
    expect(screen.getByText('حوالي 2010')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'آدا تلتقي بو' })).toBeInTheDocument();
  });

  it('opens an actor from the card', async () => {
    const { view } = tinyView({ date: '2011-03' });
    render(EventCard, { props: { view, events: view.events } });
    await userEvent.click(screen.getByRole('button', { name: 'Acme' }));
    expect(view.selected).toBe('acme');
  });

  it('says the story has not started before the first event', () => {
    const { view } = tinyView({ date: '2009' });
    render(EventCard, { props: { view, events: view.events } });
    expect(screen.getByText(/has not started/)).toBeInTheDocument();
  });
});
