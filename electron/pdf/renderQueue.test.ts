import { describe, expect, it } from 'vitest';
import { RpcFailure } from '../../shared/contract/errors';
import { createRenderQueue } from './renderQueue';

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

describe('render queue', () => {
  it('runs renders one at a time, in the order they were asked for', async () => {
    const run = createRenderQueue(1_000);
    let running = 0;
    let maxRunning = 0;
    const order: number[] = [];
    const task = (id: number, ms: number) => async () => {
      running += 1;
      maxRunning = Math.max(maxRunning, running);
      await sleep(ms);
      order.push(id);
      running -= 1;
      return id;
    };
    const results = await Promise.all([run(task(1, 30)), run(task(2, 5)), run(task(3, 15))]);
    expect(results).toEqual([1, 2, 3]);
    expect(order).toEqual([1, 2, 3]);
    expect(maxRunning).toBe(1);
  });

  it('a failed render does not stop the next one', async () => {
    const run = createRenderQueue(1_000);
    const failed = run(async () => {
      throw new Error('boom');
    });
    const next = run(async () => 'ok');
    await expect(failed).rejects.toThrow('boom');
    await expect(next).resolves.toBe('ok');
  });

  it('stops a render past its time limit with a clear error, aborts its signal and starts the next', async () => {
    const run = createRenderQueue(40);
    let aborted: unknown = null;
    const hung = run(
      (signal) =>
        new Promise<never>(() => {
          signal.addEventListener('abort', () => {
            aborted = signal.reason;
          });
        }),
    );
    const next = run(async () => 'next');
    const error = await hung.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RpcFailure);
    expect((error as RpcFailure).message).toBe('Making the PDF took longer than 0 s and was stopped.');
    expect(aborted).toBe(error);
    await expect(next).resolves.toBe('next');
  });

  it('reports the limit in seconds', async () => {
    const run = createRenderQueue(1_500);
    const started = Date.now();
    const error = await run(() => new Promise<never>(() => {})).catch((e: unknown) => e);
    expect((error as Error).message).toBe('Making the PDF took longer than 2 s and was stopped.');
    expect(Date.now() - started).toBeGreaterThanOrEqual(1_400);
  });
});
