// Browser glue: the whole page speaks one language.
import { DIRECTION } from '../i18n/i18n.ts';
import type { Language } from '../schema/story.ts';

/**
 * Puts `lang` and its direction on <html> (screen readers, fonts, right-to-left layout), and loads
 * the Arabic font when the page speaks Arabic (only then: it is not first-view weight).
 */
export function speakDocument(lang: Language): void {
  document.documentElement.lang = lang;
  document.documentElement.dir = DIRECTION[lang];
  if (lang === 'ar') void import('../i18n/arabic-font.ts');
}
