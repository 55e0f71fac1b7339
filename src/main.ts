// The one entry point: mounts the composition root.
import { mount } from 'svelte';
import App from './App.svelte';
import { prepareLayoutWorker } from './lib/layout/layout-client.ts';
import './app.css';

// The layout worker's script loads while the story is fetched and the page mounts.
prepareLayoutWorker();

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');
mount(App, { target, props: { search: window.location.search, base: window.location.href } });
