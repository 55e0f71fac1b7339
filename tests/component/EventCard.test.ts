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

  it('shows five events of a crowded date, and the rest on request', async () => {
    // Eleven more events in March 2011: twelve on that date.
    const { view } = tinyView({
      date: '2011-03',
      edit: (story) => {
        const found = story.events.find((e) => e.date === '2011-03');
        if (!found) throw new Error('tiny.json has no March 2011 event');
        const more = Array.from({ length: 11 }, (_, i) => ({
          ...found,
          id: `more-${i}`,
          title: { en: `More ${i}` },
          ties: [],
        }));
        return { ...story, events: [...story.events, ...more] };
      },
    });
    expect(view.events).toHaveLength(12);
    const { rerender } = render(EventCard, { props: { view, events: view.events } });
    expect(screen.getAllByRole('article')).toHaveLength(5);
    const more = screen.getByRole('button', { name: 'More events on this date (7)' });
    expect(more).toHaveAttribute('aria-expanded', 'false');

    await userEvent.click(more);
    expect(screen.getAllByRole('article')).toHaveLength(12);
    expect(screen.getByRole('heading', { name: 'More 10' })).toBeInTheDocument();
    // The same button, in place, now folds them back (focus stays on it).
    expect(more).toHaveAttribute('aria-expanded', 'true');
    expect(more).toHaveTextContent('Fewer events');
    expect(more).toHaveFocus();
    await userEvent.click(more);
    expect(screen.getAllByRole('article')).toHaveLength(5);

    // Another date's events start folded again.
    await userEvent.click(more);
    await rerender({ view, events: [...view.events] });
    expect(screen.getAllByRole('article')).toHaveLength(5);
  });

  it('has no button when every event fits', () => {
    const { view } = tinyView({ date: '2011-03' });
    render(EventCard, { props: { view, events: view.events } });
    expect(screen.queryByRole('button', { name: /events/ })).toBeNull();
  });
});
