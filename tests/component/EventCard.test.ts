import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import EventCard from '../../src/components/EventCard.svelte';
import { dateStart } from '../../src/lib/schema/dates.ts';
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

  it('shows five events of a crowded date, and the rest after its button', async () => {
    // Eleven more events in March 2011: twelve on that date, and one in April.
    const { view } = tinyView({
      date: '2011-03',
      edit: (story) => {
        const found = story.events.find((e) => e.date === '2011-03');
        if (!found) throw new Error('tiny.json has no March 2011 event');
        const copy = (id: string, date: string) => ({
          ...found,
          id,
          date,
          title: { en: id },
          ties: [],
        });
        const more = Array.from({ length: 11 }, (_, i) => copy(`more-${i}`, '2011-03'));
        return { ...story, events: [...story.events, ...more, copy('april', '2011-04')] };
      },
    });
    const march = view.events;
    expect(march).toHaveLength(12);
    const { rerender } = render(EventCard, { props: { view, events: march } });
    expect(screen.getAllByRole('article')).toHaveLength(5);
    const all = screen.getByRole('button', { name: 'All events on this date (12)' });
    expect(all).toHaveAttribute('aria-expanded', 'false');

    await userEvent.click(all);
    const articles = screen.getAllByRole('article');
    expect(articles).toHaveLength(12);
    // The button stays, named the same, with focus, and what it revealed follows it.
    expect(all).toHaveAttribute('aria-expanded', 'true');
    expect(all).toHaveFocus();
    expect(all.compareDocumentPosition(articles[4]!)).toBe(Node.DOCUMENT_POSITION_PRECEDING);
    expect(all.compareDocumentPosition(articles[5]!)).toBe(Node.DOCUMENT_POSITION_FOLLOWING);
    expect(screen.getByRole('heading', { name: 'more-10' })).toBeInTheDocument();
    await userEvent.click(all);
    expect(screen.getAllByRole('article')).toHaveLength(5);

    // Open, then another date and back: each date opens folded.
    await userEvent.click(all);
    expect(screen.getAllByRole('article')).toHaveLength(12);
    view.setDate(dateStart('2011-04'));
    await rerender({ view, events: view.events });
    expect(screen.getAllByRole('article')).toHaveLength(1);
    expect(screen.queryByRole('button', { name: /All events/ })).toBeNull();
    view.setDate(dateStart('2011-03'));
    await rerender({ view, events: view.events });
    expect(view.events).toBe(march);
    expect(screen.getAllByRole('article')).toHaveLength(5);
    expect(screen.getByRole('button', { name: 'All events on this date (12)' })).toHaveAttribute(
      'aria-expanded',
      'false',
    );
  });

  it('has no button when every event fits', () => {
    const { view } = tinyView({ date: '2011-03' });
    render(EventCard, { props: { view, events: view.events } });
    expect(screen.queryByRole('button', { name: /All events/ })).toBeNull();
  });
});
