import { fireEvent, render, screen } from '@testing-library/svelte';
import { tick } from 'svelte';
import { describe, expect, it } from 'vitest';
import TimeSlider from '../../src/components/TimeSlider.svelte';
import { dateStart, toStoryDate } from '../../src/lib/schema/dates.ts';
import { tinyView } from './harness.ts';

const day = (view: { at: number }) => toStoryDate(view.at, 'day');

describe('TimeSlider', () => {
  it('is a native range over the domain in days, with a human value text', () => {
    const { view } = tinyView({ date: '2011-03' });
    render(TimeSlider, { view, valueText: 'March 2011' });
    const slider = screen.getByRole('slider', { name: 'Date' });
    expect(slider).toHaveAttribute('aria-valuetext', 'March 2011');
    expect(Number(slider.getAttribute('min'))).toBe(dateStart('2009') / 86_400_000);
    expect(Number(slider.getAttribute('max'))).toBe(dateStart('2013-01-01') / 86_400_000);
    expect(Number((slider as HTMLInputElement).value)).toBe(dateStart('2011-03') / 86_400_000);
  });

  it.each([
    ['ArrowRight', '2011-03-01', '2012-06-15'],
    ['ArrowLeft', '2011-03-01', '2010-01-01'],
    ['ArrowLeft', '2011-06-01', '2011-03-01'],
    ['ArrowUp', '2010-01-01', '2011-03-01'],
    ['ArrowDown', '2010-01-01', '2009-01-01'],
    ['PageUp', '2010-05-01', '2011-05-01'],
    ['PageDown', '2010-05-01', '2009-05-01'],
    ['PageUp', '2012-06-15', '2013-01-01'],
    ['Home', '2011-03-01', '2009-01-01'],
    ['End', '2011-03-01', '2013-01-01'],
  ])('%s from %s goes to %s', async (key, from, to) => {
    const { view } = tinyView({ date: from });
    render(TimeSlider, { view, valueText: '' });
    await fireEvent.keyDown(screen.getByRole('slider'), { key });
    expect(day(view)).toBe(to);
  });

  it('follows the visual direction in Arabic: ← is forward in time', async () => {
    const { view } = tinyView({ date: '2011-03', lang: 'ar' });
    render(TimeSlider, { view, valueText: '' });
    await fireEvent.keyDown(screen.getByRole('slider'), { key: 'ArrowLeft' });
    expect(day(view)).toBe('2012-06-15');
  });

  it('moves the view as the thumb is dragged (input events)', async () => {
    const { view } = tinyView();
    render(TimeSlider, { view, valueText: '' });
    const slider = screen.getByRole('slider');
    await fireEvent.input(slider, {
      target: { value: String(dateStart('2012-01-10') / 86_400_000) },
    });
    expect(day(view)).toBe('2012-01-10');
  });

  it('plays to the next event, rests there, then stops at the end', async () => {
    const { view, clock } = tinyView({ date: '2012-06-15' });
    render(TimeSlider, { view, valueText: '' });
    await fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    expect(view.playing).toBe(true);
    await tick();
    expect(screen.getByRole('button', { name: 'Pause' })).toHaveAttribute('aria-pressed', 'true');
    for (let i = 0; i < 400 && view.playing; i++) clock.frame(16);
    expect(view.playing).toBe(false);
    expect(day(view)).toBe('2013-01-01');
  });

  it('plays in discrete steps under reduced motion', () => {
    const { view, clock } = tinyView({ date: '2010', reducedMotion: true });
    view.play();
    const seen = new Set<string>();
    for (let i = 0; i < 2000 && view.playing; i++) {
      clock.frame(16);
      seen.add(day(view));
    }
    expect([...seen]).toEqual(['2010-01-01', '2011-03-01', '2012-06-15', '2013-01-01']);
  });

  it('lists chapters as bands and a mark per event', () => {
    const { view } = tinyView();
    const { container } = render(TimeSlider, { view, valueText: '' });
    expect([...container.querySelectorAll('.band')].map((b) => b.textContent?.trim())).toEqual([
      'Together',
      'Apart',
    ]);
    expect(container.querySelectorAll('.mark')).toHaveLength(4);
  });

  it('marks the events reached so far, each in its place on the track, as the date moves', async () => {
    // The domain runs 2009-01-01 to 2013-01-01: 1,461 days (2012 is a leap year). The events'
    // days into it: 2010-01-01 is 365, 2011-03-01 is 789, 2012-06-15 is 1,261, 2013-01-01 all.
    const places = ['24.983%', '54.004%', '86.311%', '100%']; // 365/1461, 789/1461, 1261/1461
    const { view } = tinyView({ date: '2011-06' });
    const { container } = render(TimeSlider, { view, valueText: '' });
    const marks = () =>
      [...container.querySelectorAll<HTMLElement>('.mark')].map((m) => [
        m.style.insetInlineStart,
        m.classList.contains('past'),
      ]);
    const reachedUpTo = (n: number) => places.map((place, i) => [place, i < n]);
    expect(marks()).toEqual(reachedUpTo(2));
    view.setDate(dateStart('2012-06-15'));
    await tick();
    expect(marks()).toEqual(reachedUpTo(3));
    view.setDate(dateStart('2013-01-01'));
    await tick();
    expect(marks()).toEqual(reachedUpTo(4));
    view.setDate(dateStart('2009'));
    await tick();
    expect(marks()).toEqual(reachedUpTo(0));
  });
});
