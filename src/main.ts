// The one entry point: mounts the composition root.
import { mount } from 'svelte';
import App from './App.svelte';
import { prepareLayoutWorker } from './lib/layout/layout-client.ts';
import { prefetchDefaultStory } from './lib/load/initial-story.ts';
import './app.css';

// The story and the layout worker's script load while the page mounts, not after.
prefetchDefaultStory(window.location.search);
prepareLayoutWorker();

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');
mount(App, { target, props: { search: window.location.search, base: window.location.href } });
