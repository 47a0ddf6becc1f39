import { watch, type FSWatcher } from 'node:fs';
import { basename, dirname } from 'node:path';

/** How often the file is checked even without a watch event (network shares and some sync tools send none). */
export const DISK_POLL_MS = 2_000;
/** Watch events come in bursts (write, rename, attrib): check once after they settle. */
const SETTLE_MS = 250;

/**
 * Calls `check` when the workspace file may have changed on disk: a watch on its FOLDER (a file
 * replaced by rename — how sync tools and our own atomic save write — ends a watch on the file
 * itself) plus a periodic check. `check` must be cheap when nothing changed (one stat).
 */
export class DiskWatcher {
  private watcher: FSWatcher | null = null;
  private poll: NodeJS.Timeout | null = null;
  private settle: NodeJS.Timeout | null = null;

  constructor(private readonly path: string, private readonly check: () => Promise<void>, pollMs = DISK_POLL_MS) {
    const name = basename(path);
    try {
      this.watcher = watch(dirname(path), { persistent: false }, (_event, file) => {
        if (file === null || file.toString() === name) this.soon();
      });
      this.watcher.on('error', () => {
        this.watcher?.close();
        this.watcher = null; // the folder went away (USB stick): the poll carries on
      });
    } catch {
      this.watcher = null; // not watchable here: polling alone
    }
    this.poll = setInterval(() => this.soon(), pollMs);
    this.poll.unref();
  }

  private soon(): void {
    if (this.settle) return;
    this.settle = setTimeout(() => {
      this.settle = null;
      void this.check().catch(() => {});
    }, SETTLE_MS);
    this.settle.unref();
  }

  close(): void {
    this.watcher?.close();
    this.watcher = null;
    if (this.poll) clearInterval(this.poll);
    if (this.settle) clearTimeout(this.settle);
    this.poll = null;
    this.settle = null;
  }
}
