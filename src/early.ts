// What the first view waits for, started before anything else: main.ts imports this module first,
// so it runs before the framework and the app are evaluated. Meanwhile the default story's chunk
// loads, with its keyframes laid out when the app was built, or, for a story from `?data=`, whose
// size is not known yet, the layout worker starts (its script loading and compiling).
import { chooseLanguage, prepareDates } from './lib/i18n/i18n.ts';
import { prepareLayoutWorker } from './lib/layout/layout-client.ts';
import { prefetchDefaultStory } from './lib/load/initial-story.ts';
import { parseUrlState } from './lib/url/url-state.ts';

const url = parseUrlState(window.location.search);
const bundled = prefetchDefaultStory(window.location.search);
if (!bundled) prepareLayoutWorker();

// The page's first date format starts ICU (60–90 ms at 4× CPU slowdown): made in a task of its own
// while the story downloads, it is ready when the view renders its first date. The default story
// opened at its start needs none: that first view says only years, and its formats are made once
// it is painted (StoryView). Opened at a shared date or chapter, it may say a month or a day.
// Should the story name another language, that one's formats are made then, at little cost.
if (!bundled || url.date !== undefined || url.chapter !== undefined) {
  const lang = chooseLanguage(url.lang, navigator.languages);
  setTimeout(() => prepareDates(lang), 0);
}
