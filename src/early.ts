// What the first view waits for, started before anything else: main.ts imports this module first,
// so it runs before the framework and the app are evaluated. Meanwhile the default story's chunk
// loads, with its keyframes laid out when the app was built, or, for a story from `?data=`, whose
// size is not known yet, the layout worker starts (its script loading and compiling).
import { prepareLayoutWorker } from './lib/layout/layout-client.ts';
import { prefetchDefaultStory } from './lib/load/initial-story.ts';

if (!prefetchDefaultStory(window.location.search)) prepareLayoutWorker();
