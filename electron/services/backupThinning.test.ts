import { describe, expect, it } from 'vitest';
import { chooseBackupsToKeep, defaultBudgetBytes, THINNING, type BackupEntry } from './backupThinning';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const MB = 1024 * 1024;
const START = Date.UTC(2026, 0, 1, 0, 0, 30); // half a minute past midnight: no backup sits on a bucket edge

/**
 * Simulates the store: one backup a minute for `days`, thinning after each, as BackupStore.add does.
 * `reasonAt` says which backups are "open" ones.
 */
function simulate(days: number, options: { reasonAt: (t: number) => BackupEntry['reason']; sizeBytes?: number; budgetBytes?: number; stepMs?: number }) {
  let kept: BackupEntry[] = [];
  const end = START + days * DAY;
  for (let t = START; t < end; t += options.stepMs ?? MINUTE) {
    kept.push({ id: `b${t}`, savedAt: new Date(t).toISOString(), sizeBytes: options.sizeBytes ?? 100_000, reason: options.reasonAt(t) });
    const keep = chooseBackupsToKeep(kept, new Date(t), options.budgetBytes ?? 200 * MB);
    kept = kept.filter((b) => keep.has(b.id));
  }
  return { kept, now: end - (options.stepMs ?? MINUTE) };
}

const ageOf = (b: BackupEntry, now: number) => now - Date.parse(b.savedAt);

describe('chooseBackupsToKeep over 40 simulated days, one backup a minute', () => {
  // The app opened at 09:00 UTC each day; the other backups are editing ones.
  const isDailyOpen = (t: number) => (t - START) % DAY === 9 * HOUR;
  const { kept, now } = simulate(40, { reasonAt: (t) => (isDailyOpen(t) ? 'open' : 'edit') });
  const inTier = (from: number, to: number) => kept.filter((b) => ageOf(b, now) >= from && ageOf(b, now) < to);

  it('keeps every backup of the last hour', () => {
    expect(inTier(0, THINNING.keepAllWithinMs)).toHaveLength(60);
  });

  it('keeps exactly one per clock hour for two days: the newest of that hour', () => {
    const hourly = inTier(THINNING.keepAllWithinMs, THINNING.hourlyWithinMs).filter((b) => b.reason !== 'open');
    const hours = hourly.map((b) => Math.floor(Date.parse(b.savedAt) / HOUR));
    expect(new Set(hours).size).toBe(hours.length);
    expect(hours.length).toBeGreaterThanOrEqual(47);
    expect(hours.length).toBeLessThanOrEqual(48);
    for (const b of hourly.slice(1)) expect(new Date(b.savedAt).getUTCMinutes(), b.savedAt).toBe(59);
  });

  it('keeps exactly one per UTC day for a month: the last of that day', () => {
    const daily = inTier(THINNING.hourlyWithinMs, THINNING.dailyWithinMs).filter((b) => b.reason !== 'open');
    const days = daily.map((b) => Math.floor(Date.parse(b.savedAt) / DAY));
    expect(new Set(days).size).toBe(days.length);
    expect(days.length).toBeGreaterThanOrEqual(27);
    expect(days.length).toBeLessThanOrEqual(28);
    for (const b of daily) expect(b.savedAt.slice(11, 16), b.savedAt).toBe('23:59');
  });

  it('keeps the newest "open" backup and the oldest one still within the month, nothing older than a month', () => {
    // The oldest open backup is kept while it is within the month; the daily opens after it were
    // thinned long before, so when it ages out the next one kept is the one that was "newest open"
    // at that moment: about one open state a month stays, chained.
    const opens = kept.filter((b) => b.reason === 'open');
    expect(opens).toHaveLength(2);
    expect(opens.map((b) => b.savedAt)).toContain(new Date(START + 39 * DAY + 9 * HOUR).toISOString()); // today's
    const older = opens.find((b) => ageOf(b, now) > THINNING.hourlyWithinMs);
    expect(older && ageOf(older, now) < THINNING.dailyWithinMs).toBe(true);
    expect(kept.every((b) => ageOf(b, now) < THINNING.dailyWithinMs)).toBe(true);
  });

  it('holds about 137 backups in all, under the budget', () => {
    console.log(`[thinning] after 40 days of one backup a minute: ${kept.length} kept ` +
      `(last hour ${inTier(0, HOUR).length}, 1–48 h ${inTier(HOUR, 48 * HOUR).length}, 2–30 days ${inTier(48 * HOUR, 30 * DAY).length})`);
    expect(kept.length).toBeGreaterThanOrEqual(60 + 47 + 27);
    expect(kept.length).toBeLessThanOrEqual(60 + 48 + 28 + 2);
    expect(kept.reduce((sum, b) => sum + b.sizeBytes, 0)).toBeLessThanOrEqual(200 * MB);
  });
});

describe('the state at open survives', () => {
  it('a session open for 40 days keeps its open backup, however old', () => {
    const { kept } = simulate(40, { reasonAt: (t) => (t === START ? 'open' : 'edit'), stepMs: 10 * MINUTE });
    expect(kept.find((b) => b.reason === 'open')?.savedAt).toBe(new Date(START).toISOString());
  });
});

describe('the size budget', () => {
  it('drops the oldest first until under budget, keeping the newest and the open backup', () => {
    // 1 MB backups, a 50 MB budget: far less than the ~137 the tiers would keep.
    const { kept, now } = simulate(5, { reasonAt: (t) => (t === START ? 'open' : 'edit'), sizeBytes: MB, budgetBytes: 50 * MB });
    expect(kept.reduce((sum, b) => sum + b.sizeBytes, 0)).toBeLessThanOrEqual(50 * MB);
    expect(kept.find((b) => b.reason === 'open')?.savedAt).toBe(new Date(START).toISOString());
    expect(Math.min(...kept.filter((b) => b.reason !== 'open').map((b) => ageOf(b, now)))).toBe(0);
    // What goes is the old end: the 49 edit backups kept are the 49 newest.
    expect(Math.max(...kept.filter((b) => b.reason !== 'open').map((b) => ageOf(b, now)))).toBe(48 * MINUTE);
  });

  it('never drops the newest backup or the newest open one, even when they alone exceed it', () => {
    const entries: BackupEntry[] = [
      { id: 'open', savedAt: '2026-01-01T00:00:00.000Z', sizeBytes: 30 * MB, reason: 'open' },
      { id: 'middle', savedAt: '2026-01-01T00:10:00.000Z', sizeBytes: 30 * MB, reason: 'edit' },
      { id: 'newest', savedAt: '2026-01-01T00:20:00.000Z', sizeBytes: 30 * MB, reason: 'edit' },
    ];
    expect([...chooseBackupsToKeep(entries, new Date('2026-01-01T00:21:00Z'), 10 * MB)].sort()).toEqual(['newest', 'open']);
  });

  it('defaults to ten times the workspace, at least 20 MB, at most 200 MB', () => {
    expect(defaultBudgetBytes(100_000)).toBe(20 * MB);
    expect(defaultBudgetBytes(5 * MB)).toBe(50 * MB);
    expect(defaultBudgetBytes(60 * MB)).toBe(200 * MB);
  });
});

describe('odd lists', () => {
  it('keeps everything of a clock set back (backups "from the future")', () => {
    const entries: BackupEntry[] = [
      { id: 'a', savedAt: '2026-01-02T00:00:00.000Z', sizeBytes: 1, reason: 'edit' },
      { id: 'b', savedAt: '2026-01-02T00:01:00.000Z', sizeBytes: 1, reason: 'edit' },
    ];
    expect(chooseBackupsToKeep(entries, new Date('2026-01-01T00:00:00Z'), MB).size).toBe(2);
  });

  it('an empty list keeps nothing', () => {
    expect(chooseBackupsToKeep([], new Date(), MB).size).toBe(0);
  });
});
