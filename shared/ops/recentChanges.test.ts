import { describe, expect, it } from 'vitest';
import type { Change, ChangePath } from './changeSet';
import { changedPlaces, RecentChanges } from './recentChanges';

const set = (path: ChangePath): Change => ({ kind: 'set', path, before: { value: 1 }, after: { value: 2 } });
const campaignField = (id: string, field: string): ChangePath => ['campaigns', { id }, field];

/** A log where client "them" made revision 6 (campaign c1's name) and "me" made revision 7 (c2's owner). */
function log(): RecentChanges {
  const recent = new RecentChanges();
  recent.record(5, 'me', [set(['name'])]);
  recent.record(6, 'them', [set(campaignField('c1', 'name')), set(campaignField('c1', 'updatedAt'))]);
  recent.record(7, 'me', [set(campaignField('c2', 'owner'))]);
  return recent;
}

describe('changedPlaces', () => {
  it('an insert or a remove is the item itself; updatedAt is not a place', () => {
    const changes: Change[] = [
      { kind: 'insert', path: ['campaigns'], id: 'c9', value: {}, after: null, index: 0 },
      { kind: 'remove', path: ['campaigns', { id: 'c1' }, 'activities'], id: 'a1', value: {}, after: null, index: 0 },
      { kind: 'order', path: ['marketingPlan', 'sections'], before: ['a', 'b'], after: ['b', 'a'] },
      set(campaignField('c1', 'updatedAt')),
      set(campaignField('c1', 'name')),
    ];
    expect(changedPlaces(changes)).toEqual([
      ['campaigns', { id: 'c9' }],
      ['campaigns', { id: 'c1' }, 'activities', { id: 'a1' }],
      ['marketingPlan', 'sections'],
      campaignField('c1', 'name'),
    ]);
  });
});

describe('RecentChanges.conflicts', () => {
  it('the same field changed by another client since the base is a conflict', () => {
    expect(log().conflicts(5, 7, 'me', [campaignField('c1', 'name')])).toBe(true);
  });

  it('a place containing theirs, or inside theirs, is a conflict', () => {
    expect(log().conflicts(5, 7, 'me', [['campaigns', { id: 'c1' }]])).toBe(true);
    expect(log().conflicts(5, 7, 'me', [['campaigns']])).toBe(true);
    const removed = new RecentChanges();
    removed.record(3, 'them', [{ kind: 'remove', path: ['campaigns'], id: 'c1', value: {}, after: null, index: 0 }]);
    expect(removed.conflicts(2, 3, 'me', [campaignField('c1', 'name')])).toBe(true);
  });

  it('another entity, or another field of the same entity, is no conflict', () => {
    expect(log().conflicts(5, 7, 'me', [campaignField('c3', 'name')])).toBe(false);
    expect(log().conflicts(5, 7, 'me', [campaignField('c1', 'owner')])).toBe(false);
    expect(log().conflicts(5, 7, 'me', [['name'], ['company', 'name']])).toBe(false);
  });

  it('ids and keys are not confused: a key equal to an id is another place', () => {
    const recent = new RecentChanges();
    recent.record(2, 'them', [set(['campaigns', 'c1'])]);
    expect(recent.conflicts(1, 2, 'me', [['campaigns', { id: 'c1' }, 'name']])).toBe(false);
  });

  it("the client's own changes never conflict with it", () => {
    expect(log().conflicts(5, 7, 'me', [campaignField('c2', 'owner')])).toBe(false);
    expect(log().conflicts(5, 7, 'them', [campaignField('c1', 'name')])).toBe(false);
  });

  it('without a client id every change since the base counts', () => {
    expect(log().conflicts(5, 7, null, [campaignField('c2', 'owner')])).toBe(true);
  });

  it('only changes after the base count', () => {
    expect(log().conflicts(6, 7, 'me', [campaignField('c1', 'name')])).toBe(false);
    expect(log().conflicts(7, 7, 'me', [campaignField('c1', 'name')])).toBe(false);
  });

  it('a bookkeeping stamp (updatedAt) changed by another client is no conflict', () => {
    const recent = new RecentChanges();
    recent.record(2, 'them', [set(campaignField('c1', 'updatedAt'))]);
    expect(recent.conflicts(1, 2, 'me', [campaignField('c1', 'updatedAt'), campaignField('c1', 'name')])).toBe(false);
  });

  it('a base older than the log is a conflict (nothing left to compare with)', () => {
    expect(log().conflicts(3, 7, 'me', [['nothing', 'related']])).toBe(true);
    expect(log().conflicts(4, 7, 'me', [['nothing', 'related']])).toBe(false);
    const small = new RecentChanges(2);
    small.record(1, 'them', [set(['a'])]);
    small.record(2, 'them', [set(['b'])]);
    small.record(3, 'them', [set(['c'])]);
    expect(small.conflicts(1, 3, 'me', [['z']])).toBe(false);
    expect(small.conflicts(0, 3, 'me', [['z']])).toBe(true);
  });

  it('after clear() (another file, a reload) any older base is a conflict', () => {
    const recent = log();
    recent.clear();
    expect(recent.conflicts(6, 7, 'me', [['z']])).toBe(true);
    expect(recent.conflicts(7, 7, 'me', [['z']])).toBe(false);
  });
});
