import { fireEvent, render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { tick } from 'svelte';
import { describe, expect, it } from 'vitest';
import ActorPanel from '../../src/components/ActorPanel.svelte';
import { tinyView } from './harness.ts';

function opener(): HTMLButtonElement {
  const button = document.createElement('button');
  button.textContent = 'Ada (opener)';
  document.body.append(button);
  button.focus();
  return button;
}

describe('ActorPanel', () => {
  it('takes focus when it opens and gives it back when closed', async () => {
    const button = opener();
    const { view } = tinyView({ date: '2013', actor: 'ada' });
    render(ActorPanel, { view, actor: view.story.actors[0]! });
    await tick();
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 2, name: 'Ada' }));
    await userEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(view.selected).toBeUndefined();
    expect(document.activeElement).toBe(button);
    button.remove();
  });

  it('closes on Escape, restoring focus', async () => {
    const button = opener();
    const { view } = tinyView({ date: '2013', actor: 'ada' });
    render(ActorPanel, { view, actor: view.story.actors[0]! });
    await tick();
    await fireEvent.keyDown(screen.getByRole('heading', { level: 2 }), { key: 'Escape' });
    expect(view.selected).toBeUndefined();
    expect(document.activeElement).toBe(button);
    button.remove();
  });

  it('shows the history of each tie, and a step jumps to its date', async () => {
    const { view } = tinyView({ date: '2013', actor: 'ada' });
    render(ActorPanel, { view, actor: view.story.actors[0]! });
    const steps = screen.getAllByRole('button').filter((b) => b.classList.contains('step'));
    expect(steps.map((s) => s.firstChild?.textContent?.trim())).toEqual([
      'introduced',
      'alliance',
      'split',
      'founded',
    ]);
    await userEvent.click(steps[1]!);
    expect(view.at).toBe(Date.UTC(2011, 2, 1));
  });
});
