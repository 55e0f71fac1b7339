// Starts the layout worker as its own module file next to the app (`dist/assets/`). The single-file
// build swaps this module for spawn-worker-inline.ts (see vite.single.config.ts).
/** A new layout worker; throws where workers may not start (e.g. an opaque-origin iframe). */
export function spawnLayoutWorker(): Worker {
  return new Worker(new URL('./layout.worker.ts', import.meta.url), {
    type: 'module',
    name: 'tielines-layout',
  });
}
