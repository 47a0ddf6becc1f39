import { describe, expect, it } from 'vitest';
import { EventBuffer } from './eventBuffer';

const saved = { name: 'saveStatus' as const, payload: { state: 'saved' as const, lastSavedAt: null, error: null } };

describe('EventBuffer', () => {
  it('hands out events after a cursor, once', () => {
    const buffer = new EventBuffer();
    const start = buffer.since(-1);
    expect(start).toEqual({ events: [], next: 0, reset: false });
    buffer.push(saved);
    buffer.push(saved);
    const batch = buffer.since(start.next);
    expect(batch.events).toHaveLength(2);
    expect(buffer.since(batch.next).events).toHaveLength(0);
  });

  it('says reset when the cursor fell out of the window or is from another run', () => {
    const buffer = new EventBuffer(2);
    for (let i = 0; i < 5; i += 1) buffer.push(saved);
    expect(buffer.since(0).reset).toBe(true);
    expect(buffer.since(3).reset).toBe(false);
    expect(buffer.since(99).reset).toBe(true);
  });
});
