/**
 * Runs async tasks one at a time, in order. Changes must reach the service one after another
 * so each can name the revision the previous one produced. `reset()` abandons everything still
 * waiting (after a refused change or a new file, queued changes no longer apply).
 */
export interface SerialQueue {
  push(task: () => Promise<void>): Promise<void>;
  reset(): void;
  /** Resolves when every task queued so far has finished or been skipped. */
  idle(): Promise<void>;
}

export function createSerialQueue(onError: (error: unknown) => void = () => {}): SerialQueue {
  let tail: Promise<void> = Promise.resolve();
  let generation = 0;
  return {
    push(task) {
      const mine = generation;
      tail = tail.then(async () => {
        if (mine !== generation) return;
        try {
          await task();
        } catch (error) {
          onError(error);
        }
      });
      return tail;
    },
    reset() {
      generation += 1;
    },
    idle() {
      return tail;
    },
  };
}
