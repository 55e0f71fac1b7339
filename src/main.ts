// The one entry point: mounts the composition root.
import './early.ts';
import { mount } from 'svelte';
import App from './App.svelte';
import './app.css';

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');
mount(App, { target, props: { search: window.location.search, base: window.location.href } });
