// A long list shown in part until the reader asks for the rest. Runes; no DOM.

/** What a folded list shows, and its toggle. */
export interface Fold<T> {
  /** The items to render: the first `first`, or all once unfolded. */
  readonly shown: readonly T[];
  /** How many items the fold hides when folded (0: nothing to unfold, no button needed). */
  readonly hidden: number;
  /** Whether the reader unfolded this list. */
  readonly open: boolean;
  toggle(): void;
}

/**
 * Folds `list()` after its first `first` items. Unfolding holds for that list (the array itself):
 * when `list()` gives another array (another date), it starts folded again.
 */
export function fold<T>(list: () => readonly T[], first: number): Fold<T> {
  let openFor = $state.raw<readonly T[]>();
  return {
    get shown() {
      const items = list();
      return openFor === items ? items : items.slice(0, first);
    },
    get hidden() {
      return Math.max(0, list().length - first);
    },
    get open() {
      return openFor === list();
    },
    toggle() {
      const items = list();
      openFor = openFor === items ? undefined : items;
    },
  };
}
