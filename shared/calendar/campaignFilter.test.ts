import { describe, expect, it } from 'vitest';
import type { Campaign } from '../schema/campaign';
import { channelType } from '../schema/strategy';
import { type CampaignFilter, distinctOwners, EMPTY_FILTER, filterCampaigns, sortCampaigns } from './campaignFilter';
import { emptyCampaign } from './emptyCampaign';

let seq = 0;
function make(over: Partial<Campaign>): Campaign {
  seq += 1;
  return emptyCampaign({ id: `c${seq}`, name: `Campaign ${seq}`, startDate: '2026-03-01', endDate: '2026-03-31', ...over });
}
const filter = (over: Partial<CampaignFilter>): CampaignFilter => ({ ...EMPTY_FILTER, ...over });
const names = new Map([['s1', 'Kettle launch 电水壶'], ['s2', 'Enterprise accounts']]);
const ids = (list: readonly Campaign[]) => list.map((c) => c.id);

const spring = make({ id: 'spring', name: 'Spring Sale', objective: 'Clear winter stock', owner: 'Li Wei', channels: ['online-store', 'marketplace'], status: 'in-progress', strategyId: 's1', plannedBudget: 500, actualSpend: 20, startDate: '2026-03-01', endDate: '2026-03-20' });
const expo = make({ id: 'expo', name: '家电博览会', kind: 'trade-show', owner: '王芳', channels: ['distributor'], status: 'planned', strategyId: 's2', notes: 'Booth B12 near the entrance', plannedBudget: 80, actualSpend: 90, startDate: '2026-09-16', endDate: '2026-09-18' });
const webinar = make({ id: 'webinar', name: 'Campaign 10 webinar', kind: 'event', owner: '  Li Wei ', channels: [], status: 'cancelled', strategyId: null, plannedBudget: 500, actualSpend: 0, startDate: '2026-01-10', endDate: '2026-04-01' });
const idea = make({ id: 'idea', name: 'campaign 2 idea', owner: '', channels: ['retail'], status: 'idea', strategyId: 'gone', plannedBudget: 0, startDate: '2026-01-10', endDate: '2026-01-10' });
const all = [spring, expo, webinar, idea];

describe('filterCampaigns', () => {
  it('returns everything, in order, for the empty filter', () => {
    expect(ids(filterCampaigns(all, EMPTY_FILTER, names))).toEqual(['spring', 'expo', 'webinar', 'idea']);
    expect(ids(filterCampaigns(all, filter({ text: '   \t ' }), names))).toEqual(['spring', 'expo', 'webinar', 'idea']);
  });

  it('matches text case-insensitively in name, objective, owner, notes and strategy name', () => {
    expect(ids(filterCampaigns(all, filter({ text: 'SPRING' }), names))).toEqual(['spring']);
    expect(ids(filterCampaigns(all, filter({ text: 'winter' }), names))).toEqual(['spring']);
    expect(ids(filterCampaigns(all, filter({ text: 'li wei' }), names))).toEqual(['spring', 'webinar']);
    expect(ids(filterCampaigns(all, filter({ text: 'b12' }), names))).toEqual(['expo']);
    expect(ids(filterCampaigns(all, filter({ text: 'enterprise' }), names))).toEqual(['expo']);
    expect(ids(filterCampaigns(all, filter({ text: '电水壶' }), names))).toEqual(['spring']);
    expect(ids(filterCampaigns(all, filter({ text: '博览' }), names))).toEqual(['expo']);
  });

  it('requires every word to match, possibly in different fields', () => {
    expect(ids(filterCampaigns(all, filter({ text: 'sale  kettle' }), names))).toEqual(['spring']);
    expect(ids(filterCampaigns(all, filter({ text: 'sale enterprise' }), names))).toEqual([]);
    expect(ids(filterCampaigns(all, filter({ text: 'campaign' }), names))).toEqual(['webinar', 'idea']);
  });

  it('does not match across field boundaries', () => {
    // name "Spring Sale" + objective "Clear…" must not make "saleclear" or "sale\nclear" match
    expect(filterCampaigns(all, filter({ text: 'saleclear' }), names)).toEqual([]);
  });

  it('filters by channel (any of), status, kind and owner', () => {
    expect(ids(filterCampaigns(all, filter({ channels: ['marketplace', 'retail'] }), names))).toEqual(['spring', 'idea']);
    expect(ids(filterCampaigns(all, filter({ statuses: ['cancelled', 'idea'] }), names))).toEqual(['webinar', 'idea']);
    expect(ids(filterCampaigns(all, filter({ kinds: ['trade-show', 'event'] }), names))).toEqual(['expo', 'webinar']);
    expect(ids(filterCampaigns(all, filter({ owners: ['Li Wei'] }), names))).toEqual(['spring', 'webinar']);
    expect(ids(filterCampaigns(all, filter({ owners: ['li wei'] }), names))).toEqual([]);
  });

  it('filters by strategy, null meaning "no strategy"', () => {
    expect(ids(filterCampaigns(all, filter({ strategyIds: ['s2'] }), names))).toEqual(['expo']);
    expect(ids(filterCampaigns(all, filter({ strategyIds: [null] }), names))).toEqual(['webinar']);
    expect(ids(filterCampaigns(all, filter({ strategyIds: [null, 's1'] }), names))).toEqual(['spring', 'webinar']);
  });

  it('combines restrictions with AND', () => {
    expect(ids(filterCampaigns(all, filter({ owners: ['Li Wei'], statuses: ['in-progress'], text: 'sale' }), names))).toEqual(['spring']);
    expect(ids(filterCampaigns(all, filter({ owners: ['Li Wei'], channels: ['distributor'] }), names))).toEqual([]);
  });

  it('does not modify its input and keeps EMPTY_FILTER frozen', () => {
    const input = [...all];
    filterCampaigns(input, filter({ text: 'x' }), names);
    expect(input).toEqual(all);
    expect(() => (EMPTY_FILTER.channels as string[]).push('retail')).toThrow();
  });
});

describe('sortCampaigns', () => {
  const sort = (key: Parameters<typeof sortCampaigns>[1], direction: 'asc' | 'desc' = 'asc', locale = 'en') =>
    ids(sortCampaigns(all, key, direction, names, locale));

  it('sorts names with the locale collator, numbers numerically', () => {
    expect(sort('name')).toEqual(['idea', 'webinar', 'spring', 'expo']);
    expect(sort('name', 'desc')).toEqual(['expo', 'spring', 'webinar', 'idea']);
  });

  it('sorts Chinese names by pinyin in zh-CN', () => {
    const list = ['张', '阿', '王', '李'].map((name) => make({ name }));
    expect(sortCampaigns(list, 'name', 'asc', names, 'zh-CN').map((c) => c.name)).toEqual(['阿', '李', '王', '张']);
  });

  it('sorts dates and money, keeping ties in input order in both directions', () => {
    expect(sort('startDate')).toEqual(['webinar', 'idea', 'spring', 'expo']);
    expect(sort('startDate', 'desc')).toEqual(['expo', 'spring', 'webinar', 'idea']);
    expect(sort('endDate')).toEqual(['idea', 'spring', 'webinar', 'expo']);
    expect(sort('plannedBudget')).toEqual(['idea', 'expo', 'spring', 'webinar']);
    expect(sort('plannedBudget', 'desc')).toEqual(['spring', 'webinar', 'expo', 'idea']);
    expect(sort('actualSpend', 'desc')).toEqual(['expo', 'spring', 'webinar', 'idea']);
  });

  it('sorts status by lifecycle', () => {
    expect(sort('status')).toEqual(['idea', 'expo', 'spring', 'webinar']);
    expect(sort('status', 'desc')).toEqual(['webinar', 'spring', 'expo', 'idea']);
  });

  it('puts blank owners, missing strategies and missing channels last in both directions', () => {
    expect(sort('owner')).toEqual(['spring', 'webinar', 'expo', 'idea']);
    expect(sort('owner', 'desc')).toEqual(['expo', 'spring', 'webinar', 'idea']);
    // 'gone' is not a known strategy, so it counts as missing like null
    expect(sort('strategy')).toEqual(['expo', 'spring', 'webinar', 'idea']);
    expect(sort('strategy', 'desc')).toEqual(['spring', 'expo', 'webinar', 'idea']);
    expect(sort('channel')).toEqual(['spring', 'idea', 'expo', 'webinar']);
    expect(sort('channel', 'desc')).toEqual(['expo', 'idea', 'spring', 'webinar']);
  });

  it('returns a new array', () => {
    const input = [...all];
    const out = sortCampaigns(input, 'name', 'asc', names, 'en');
    expect(out).not.toBe(input);
    expect(ids(input)).toEqual(['spring', 'expo', 'webinar', 'idea']);
  });
});

describe('distinctOwners', () => {
  it('lists trimmed owners once, blanks dropped, in first-appearance order', () => {
    expect(distinctOwners(all)).toEqual(['Li Wei', '王芳']);
    expect(distinctOwners([])).toEqual([]);
  });
});

describe('5,000 campaigns', () => {
  const statuses = ['idea', 'planned', 'in-progress', 'done', 'cancelled'] as const;
  const owners = ['Li Wei', 'Wang Fang', 'Zhang Min', 'Chen Jie'];
  const many = Array.from({ length: 5_000 }, (_, i) => make({
    id: `m${i}`,
    name: `${i % 2 === 0 ? 'Spring' : 'Autumn'} push ${i}`,
    owner: owners[i % owners.length]!,
    status: statuses[i % statuses.length]!,
    channels: [channelType.options[i % channelType.options.length]!],
    strategyId: i % 3 === 0 ? null : 's1',
    plannedBudget: (i * 7919) % 10_007,
    startDate: `2026-${String((i % 12) + 1).padStart(2, '0')}-01`,
    endDate: `2026-${String((i % 12) + 1).padStart(2, '0')}-28`,
  }));

  it('filters and sorts them correctly', () => {
    const f = filter({ text: 'spring push', owners: ['Li Wei', 'Zhang Min'], statuses: ['planned', 'done', 'idea'], strategyIds: ['s1'] });
    const filtered = filterCampaigns(many, f, names);
    // even i (Spring) → owner Li Wei (i%4=0) or Zhang Min (i%4=2): all even i; status i%5 ∈ {0,1,3}; i%3 ≠ 0
    const expected = many.filter((_, i) => i % 2 === 0 && [0, 1, 3].includes(i % 5) && i % 3 !== 0);
    expect(ids(filtered)).toEqual(ids(expected));
    expect(filtered.length).toBe(999);

    const sorted = sortCampaigns(filtered, 'plannedBudget', 'desc', names, 'en');
    expect(sorted).toHaveLength(filtered.length);
    for (let i = 1; i < sorted.length; i++) expect(sorted[i - 1]!.plannedBudget).toBeGreaterThanOrEqual(sorted[i]!.plannedBudget);

    const byName = sortCampaigns(filtered, 'name', 'asc', names, 'en');
    expect(byName[0]!.name).toBe('Spring push 8');
    expect(byName.at(-1)!.name).toBe('Spring push 4996');

    expect(filterCampaigns(many, filter({ channels: ['partner'] }), names)).toHaveLength(833);
    expect(distinctOwners(many)).toEqual(owners);
  });
});
