import { describe, expect, it } from 'vitest';
import { isStale, LOCK_STALE_MS, lockPathFor, type LockHolder } from './workspaceLock';

const me = { user: 'li', machine: 'li-laptop', pid: 100 };
const holder = (over: Partial<LockHolder>): LockHolder => ({
  app: 'Stratboard', user: 'wang', machine: 'wang-pc', pid: 200, since: '2026-12-07T09:00:00.000Z', heartbeatAt: '2026-12-07T09:00:00.000Z', instance: 'x', ...over,
});

describe('stale locks, decided safely', () => {
  it('on this machine: stale only when the process is gone', () => {
    expect(isStale(holder({ machine: 'li-laptop' }), me, Date.now(), () => true)).toBe(false);
    expect(isStale(holder({ machine: 'li-laptop' }), me, Date.now(), () => false)).toBe(true);
  });

  it('from another machine: stale only after 10 minutes without a heartbeat', () => {
    const beat = Date.parse('2026-12-07T09:00:00.000Z');
    expect(isStale(holder({}), me, beat + LOCK_STALE_MS - 1)).toBe(false);
    expect(isStale(holder({}), me, beat + LOCK_STALE_MS + 1)).toBe(true);
    expect(isStale(holder({ heartbeatAt: 'garbage' }), me, beat)).toBe(true);
  });

  it('the lock file name fits any workspace name (255 bytes) and differs per file', () => {
    const long = `${'计划'.repeat(40)}.json`;
    const name = lockPathFor(`/share/${long}`).split('/').pop()!;
    expect(Buffer.byteLength(name)).toBeLessThan(100);
    expect(lockPathFor('/share/a.json')).not.toBe(lockPathFor('/share/b.json'));
  });
});
