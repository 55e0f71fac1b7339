// Child process of layout.ts: validates one story file, lays out every keyframe in Node with the
// app's own layoutKeyframes, and prints one JSON line of timings and stability figures. A separate
// process so the parent can kill it at the time limit (layout is synchronous).
import { readFileSync } from 'node:fs';
import { layoutKeyframes } from '../../src/lib/layout/index.ts';
import { loadStory } from '../../src/lib/schema/validate.ts';
import { Timeline } from '../../src/lib/timeline/timeline.ts';
import { displacement } from './stability.ts';

const file = process.argv[2];
if (!file) throw new Error('usage: layout-child.ts <story.json>');
const text = readFileSync(file, 'utf8');
let t = performance.now();
const result = loadStory(text);
const validateMs = performance.now() - t;
if (!result.ok)
  throw new Error(`${file} is invalid: ${JSON.stringify(result.problems.slice(0, 3))}`);
t = performance.now();
const timeline = new Timeline(result.story);
const timelineMs = performance.now() - t;
t = performance.now();
const layouts = layoutKeyframes(timeline);
const layoutMs = performance.now() - t;
process.stdout.write(
  `${JSON.stringify({
    validateMs,
    timelineMs,
    layoutMs,
    keyframes: layouts.length,
    ...displacement(layouts),
  })}\n`,
);
