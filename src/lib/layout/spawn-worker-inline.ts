// The single-file build's layout worker: its code is inlined in the page and started from a blob:
// URL (the page's policy allows `worker-src blob:`), since a file:// page cannot load a worker file.
import LayoutWorker from './layout.worker.ts?worker&inline';

/** A new layout worker; throws where workers may not start. */
export function spawnLayoutWorker(): Worker {
  return new LayoutWorker({ name: 'tielines-layout' });
}
