// A long list shown in part until the reader asks for the rest. Runes; no DOM.

/** What a folded list shows, and its toggle. */
export interface Fold<T> {
  /** The first items, always shown. */
  readonly head: readonly T[];
  /** The rest, once unfolded (empty while folded): rendered after the toggle, which they follow. */
  readonly tail: readonly T[];
  /** How many items the fold can hide (0: nothing to unfold, no toggle needed). */
  readonly hidden: number;
  /** How many items the list has. */
  readonly total: number;
  /** Whether the reader unfolded the list. */
  readonly open: boolean;
  toggle(): void;
}

/**
 * Folds `list()` after its first `first` items. A new list (another date) starts folded again, so
 * the cost of a long one is paid only while the reader asked for it.
 */
export function fold<T>(list: () => readonly T[], first: number): Fold<T> {
  const items = $derived(list());
  // Overridable: the toggle sets it; a new list resets it.
  let open = $derived.by(() => {
    void items;
    return false;
  });
  const head = $derived(items.slice(0, first));
  const tail = $derived(open ? items.slice(first) : []);
  return {
    get head() {
      return head;
    },
    get tail() {
      return tail;
    },
    get hidden() {
      return Math.max(0, items.length - first);
    },
    get total() {
      return items.length;
    },
    get open() {
      return open;
    },
    toggle() {
      open = !open;
    },
  };
}
