import { describe, expect, it } from 'vitest';
import { createSerialQueue } from './serialQueue';

const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

describe('createSerialQueue', () => {
  it('runs tasks one at a time in order', async () => {
    const queue = createSerialQueue();
    const log: string[] = [];
    for (const name of ['a', 'b', 'c']) {
      void queue.push(async () => {
        log.push(`start ${name}`);
        await tick();
        log.push(`end ${name}`);
      });
    }
    await queue.idle();
    expect(log).toEqual(['start a', 'end a', 'start b', 'end b', 'start c', 'end c']);
  });

  it('skips tasks that were waiting when reset() was called', async () => {
    const queue = createSerialQueue();
    const log: string[] = [];
    void queue.push(async () => {
      log.push('first');
      queue.reset();
    });
    void queue.push(async () => { log.push('dropped'); });
    await queue.idle();
    void queue.push(async () => { log.push('after reset'); });
    await queue.idle();
    expect(log).toEqual(['first', 'after reset']);
  });

  it('keeps going after a task throws', async () => {
    const errors: unknown[] = [];
    const queue = createSerialQueue((error) => errors.push(error));
    void queue.push(async () => { throw new Error('boom'); });
    let ran = false;
    void queue.push(async () => { ran = true; });
    await queue.idle();
    expect(ran).toBe(true);
    expect(errors).toHaveLength(1);
  });
});
