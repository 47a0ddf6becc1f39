import { describe, expect, it } from 'vitest';
import { requirement } from '../schema/document';
import {
  displayPriority, filterRequirements, nextRequirementKey, priorityRank, priorityValues, requirementOwners, sortRequirements,
} from './requirements';
import { makeDocument, makeRequirement as req } from './testDocument';

const keys = (list: ReadonlyArray<{ key: string }>) => list.map((r) => r.key);

describe('nextRequirementKey', () => {
  it('starts at REQ-001', () => {
    expect(nextRequirementKey(makeDocument())).toBe('REQ-001');
  });

  it('is one above the highest key, not the count', () => {
    expect(nextRequirementKey(makeDocument({ requirements: [req({ key: 'REQ-001' }), req({ key: 'REQ-007' })] }))).toBe('REQ-008');
  });

  it('never reuses a deleted key still in a version snapshot', () => {
    const doc = makeDocument({
      requirements: [req({ key: 'REQ-002' })],
      versions: [
        { id: 'v1', name: 'v0.1', createdAt: '2026-04-01T08:00:00.000Z', bodyHtml: '', requirements: [req({ key: 'REQ-012' })] },
        { id: 'v0', name: 'old format', createdAt: '2026-03-01T08:00:00.000Z', bodyHtml: '' },
      ],
    });
    expect(nextRequirementKey(doc)).toBe('REQ-013');
  });

  it('grows past three digits and ignores keys that are not REQ-n', () => {
    expect(nextRequirementKey(makeDocument({ requirements: [req({ key: 'REQ-999' })] }))).toBe('REQ-1000');
    expect(nextRequirementKey(makeDocument({ requirements: [req({ key: 'REQ-12345678901234567890' })] }))).toBe('REQ-12345678901234567891');
    expect(nextRequirementKey(makeDocument({ requirements: [req({ key: 'FOO-9' }), req({ key: 'REQ-004' })] }))).toBe('REQ-005');
  });

  it('gives keys the schema accepts', () => {
    expect(requirement.shape.key.safeParse(nextRequirementKey(makeDocument())).success).toBe(true);
  });
});

describe('priorities', () => {
  it('lists each scheme highest first', () => {
    expect(priorityValues('moscow')).toEqual(['must', 'should', 'could', 'wont']);
    expect(priorityValues('p0-p3')).toEqual(['P0', 'P1', 'P2', 'P3']);
  });

  it('shows a stored priority in the other scheme as its equivalent', () => {
    expect(['must', 'should', 'could', 'wont'].map((p) => displayPriority(p as 'must', 'p0-p3'))).toEqual(['P0', 'P1', 'P2', 'P3']);
    expect(['P0', 'P1', 'P2', 'P3'].map((p) => displayPriority(p as 'P0', 'moscow'))).toEqual(['must', 'should', 'could', 'wont']);
    expect(displayPriority('could', 'moscow')).toBe('could');
    expect(priorityRank('P2')).toBe(2);
  });
});

describe('sortRequirements', () => {
  const list = [
    req({ key: 'REQ-10', title: 'banana', priority: 'could', status: 'done', owner: 'Zoe' }),
    req({ key: 'REQ-2', title: 'Apple', priority: 'P0', status: 'proposed', owner: 'amy' }),
    req({ key: 'REQ-001', title: 'cherry', priority: 'should', status: 'in-progress', owner: 'Bob' }),
    req({ key: 'REQ-003', title: 'apple', priority: 'P1', status: 'proposed', owner: 'Bob' }),
  ];

  it('sorts keys by number: REQ-2 before REQ-10', () => {
    expect(keys(sortRequirements(list, 'key', 'asc'))).toEqual(['REQ-001', 'REQ-2', 'REQ-003', 'REQ-10']);
    expect(keys(sortRequirements(list, 'key', 'desc'))).toEqual(['REQ-10', 'REQ-003', 'REQ-2', 'REQ-001']);
  });

  it('sorts priority by level across both schemes, ties by key', () => {
    expect(keys(sortRequirements(list, 'priority', 'asc'))).toEqual(['REQ-2', 'REQ-001', 'REQ-003', 'REQ-10']);
  });

  it('sorts status by workflow order and text by locale', () => {
    expect(keys(sortRequirements(list, 'status', 'asc'))).toEqual(['REQ-2', 'REQ-003', 'REQ-001', 'REQ-10']);
    expect(sortRequirements(list, 'title', 'asc', 'en').map((r) => r.title)).toEqual(['apple', 'Apple', 'banana', 'cherry']);
    expect(keys(sortRequirements(list, 'owner', 'desc', 'en'))).toEqual(['REQ-10', 'REQ-001', 'REQ-003', 'REQ-2']);
  });

  it('sorts Chinese titles by pinyin under zh-CN and leaves the input alone', () => {
    const zh = [req({ key: 'REQ-001', title: '中文' }), req({ key: 'REQ-002', title: '安装' }), req({ key: 'REQ-003', title: '保修' })];
    expect(sortRequirements(zh, 'title', 'asc', 'zh-CN').map((r) => r.title)).toEqual(['安装', '保修', '中文']);
    expect(keys(zh)).toEqual(['REQ-001', 'REQ-002', 'REQ-003']);
  });
});

describe('filterRequirements', () => {
  const list = [
    req({ key: 'REQ-001', title: 'Boil in 3 minutes', priority: 'must', owner: 'Li Wei', status: 'accepted' }),
    req({ key: 'REQ-002', title: '静音模式', description: '夜间使用', priority: 'P0', owner: 'li wei ', personaOrSegmentId: 'seg_1' }),
    req({ key: 'REQ-003', title: 'App control', acceptanceCriteria: 'Works with iOS', priority: 'could', owner: 'Zoe' }),
  ];

  it('matches text in any text column, ignoring case', () => {
    expect(keys(filterRequirements(list, { text: 'boil' }))).toEqual(['REQ-001']);
    expect(keys(filterRequirements(list, { text: '夜间' }))).toEqual(['REQ-002']);
    expect(keys(filterRequirements(list, { text: 'IOS' }))).toEqual(['REQ-003']);
    expect(keys(filterRequirements(list, { text: 'req-00' }))).toEqual(['REQ-001', 'REQ-002', 'REQ-003']);
  });

  it('matches priority by level, so "must" also finds P0', () => {
    expect(keys(filterRequirements(list, { priority: 'must' }))).toEqual(['REQ-001', 'REQ-002']);
    expect(keys(filterRequirements(list, { priority: 'P2' }))).toEqual(['REQ-003']);
  });

  it('combines status, owner and segment; empty filters mean any', () => {
    expect(keys(filterRequirements(list, { owner: 'LI WEI' }))).toEqual(['REQ-001', 'REQ-002']);
    expect(keys(filterRequirements(list, { owner: 'Li Wei', status: 'accepted' }))).toEqual(['REQ-001']);
    expect(keys(filterRequirements(list, { personaOrSegmentId: 'seg_1' }))).toEqual(['REQ-002']);
    expect(keys(filterRequirements(list, { text: '', priority: null, status: null, owner: '' }))).toHaveLength(3);
  });

  it('lists distinct owners', () => {
    expect(requirementOwners(list, 'en')).toEqual(['Li Wei', 'Zoe']);
  });
});
