// What the first view waits for, started before anything else: main.ts imports this module first,
// so it runs before the framework and the app are evaluated. Meanwhile the default story's chunk
// loads, with its keyframes laid out when the app was built, or, for a story from `?data=`, whose
// size is not known yet, the layout worker starts (its script loading and compiling).
import { chooseLanguage, prepareDates } from './lib/i18n/i18n.ts';
import { prepareLayoutWorker } from './lib/layout/layout-client.ts';
import { prefetchDefaultStory } from './lib/load/initial-story.ts';
import { parseUrlState } from './lib/url/url-state.ts';

if (!prefetchDefaultStory(window.location.search)) {
  prepareLayoutWorker();
  // The page's first date format starts ICU (60–90 ms at 4× CPU slowdown): made in a task of its
  // own while the story downloads, it is ready when the view renders its first date. The default
  // story is on its way already, and its first view says only years, which need no ICU: its
  // formats are made once that view is painted (StoryView). Should the story name another
  // language, that one's formats are made then, at little cost: ICU is started.
  const lang = chooseLanguage(parseUrlState(window.location.search).lang, navigator.languages);
  setTimeout(() => prepareDates(lang), 0);
}
