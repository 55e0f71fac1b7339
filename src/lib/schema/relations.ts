// Pure: the built-in relations a tie can have. A story's `meta.relations` may add to or relabel them.

/** How a relation reads: drawn with colour *and* dash pattern, so meaning never rests on colour. */
export type Stance = 'positive' | 'neutral' | 'negative';

export interface RelationDef {
  readonly label: { readonly en: string; readonly ar: string };
  readonly stance: Stance;
}

/** The relation name that ends a tie instead of setting it. */
export const NONE = 'none';

/**
 * Built-in relations: the story's three words (alliance, split, rivalry) and the structural ones a
 * story needs. Ties are unordered pairs, so a label reads either way round ("founded" joins a founder
 * and what they founded).
 */
export const BUILTIN_RELATIONS: Readonly<Record<string, RelationDef>> = {
  introduced: { label: { en: 'introduced', ar: 'تعارف' }, stance: 'neutral' },
  meeting: { label: { en: 'met', ar: 'لقاء' }, stance: 'neutral' },
  alliance: { label: { en: 'alliance', ar: 'تحالف' }, stance: 'positive' },
  split: { label: { en: 'split', ar: 'انفصال' }, stance: 'negative' },
  rivalry: { label: { en: 'rivalry', ar: 'تنافس' }, stance: 'negative' },
  founded: { label: { en: 'founded', ar: 'تأسيس' }, stance: 'positive' },
  leads: { label: { en: 'leads', ar: 'يقود' }, stance: 'neutral' },
  board: { label: { en: 'board seat', ar: 'مقعد في مجلس الإدارة' }, stance: 'neutral' },
  member: { label: { en: 'member', ar: 'عضوية' }, stance: 'neutral' },
  funds: { label: { en: 'funds', ar: 'تمويل' }, stance: 'positive' },
  backs: { label: { en: 'backs', ar: 'دعم' }, stance: 'positive' },
  created: { label: { en: 'created', ar: 'أطلق' }, stance: 'neutral' },
  partnership: { label: { en: 'partnership', ar: 'شراكة' }, stance: 'positive' },
  competition: { label: { en: 'competition', ar: 'منافسة' }, stance: 'negative' },
  criticizes: { label: { en: 'criticizes', ar: 'انتقاد' }, stance: 'negative' },
  lawsuit: { label: { en: 'lawsuit', ar: 'دعوى قضائية' }, stance: 'negative' },
};
