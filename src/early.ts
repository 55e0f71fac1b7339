// What the first view waits for, started before anything else: main.ts imports this module first,
// so it runs before the framework and the app are evaluated. The default story's chunk is
// requested and the layout worker starts (its script loading and compiling) meanwhile.
import { prepareLayoutWorker } from './lib/layout/layout-client.ts';
import { prefetchDefaultStory } from './lib/load/initial-story.ts';

prefetchDefaultStory(window.location.search);
prepareLayoutWorker();
