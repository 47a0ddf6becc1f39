import { RpcFailure } from '../../shared/contract/errors';

/**
 * Long enough for a huge but legitimate plan (a 5,000-campaign workspace prints about 1,000 pages
 * in 40 s on a two-core machine), short enough that a wedged render does not block for ever.
 */
export const PDF_RENDER_TIMEOUT_MS = 180_000;

/** A render step: gets a signal that fires when the render timed out, so it can tear down its browser work. */
export type RenderTask<T> = (signal: AbortSignal) => Promise<T>;

export type RenderQueue = <T>(task: RenderTask<T>) => Promise<T>;

/**
 * Runs PDF renders one at a time (each one is a whole Chromium page; several at once would only
 * compete for memory) and gives each its own time limit, counted from when its turn starts.
 * A render that runs out of time is rejected and its signal aborted; the next one starts right
 * away rather than waiting on a render that may never finish. Pure: no 'electron' import.
 */
export function createRenderQueue(timeoutMs: number = PDF_RENDER_TIMEOUT_MS): RenderQueue {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(task: RenderTask<T>): Promise<T> => {
    const result = tail.then(() => runWithTimeout(task, timeoutMs));
    tail = result.catch(() => undefined);
    return result;
  };
}

export function renderTimeoutError(timeoutMs: number): RpcFailure {
  return new RpcFailure('internal', `Making the PDF took longer than ${Math.round(timeoutMs / 1000)} s and was stopped.`);
}

async function runWithTimeout<T>(task: RenderTask<T>, timeoutMs: number): Promise<T> {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => {
      const error = renderTimeoutError(timeoutMs);
      reject(error);
      controller.abort(error);
    }, timeoutMs);
  });
  try {
    // Promise.race subscribes to the task, so a task that fails after the timeout is not an unhandled rejection.
    return await Promise.race([task(controller.signal), timeout]);
  } finally {
    clearTimeout(timer);
  }
}
