// What the first view waits for, started before anything else: main.ts imports this module first,
// so it runs before the framework and the app are evaluated. Meanwhile the default story's chunk
// and the main-thread layout's code load (the default story is small enough to be laid out on the
// main thread: a unit test checks it), or, for a story from `?data=`, whose size is not known yet,
// the layout worker starts (its script loading and compiling).
import { prepareLayoutWorker, prepareMainThreadLayout } from './lib/layout/layout-client.ts';
import { prefetchDefaultStory } from './lib/load/initial-story.ts';

if (prefetchDefaultStory(window.location.search)) prepareMainThreadLayout();
else prepareLayoutWorker();
