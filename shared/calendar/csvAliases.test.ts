import { describe, expect, it } from 'vitest';
import { campaignKind, campaignStatus } from '../schema/campaign';
import { channelType } from '../schema/strategy';
import { channelFromText, columnForHeader, CSV_COLUMN_NAMES, kindFromText, normalizeAlias, statusFromText } from './csvAliases';

describe('columnForHeader', () => {
  it('knows our own column ids, in any case and spacing', () => {
    for (const column of CSV_COLUMN_NAMES) {
      expect(columnForHeader(column)).toBe(column);
      expect(columnForHeader(` ${column.toUpperCase()} `)).toBe(column);
    }
  });

  it.each([
    ['名称', 'name'], ['活动名称', 'name'], ['Name', 'name'],
    ['类型', 'kind'], ['状态', 'status'],
    ['start', 'startDate'], ['Start Date', 'startDate'], ['start_date', 'startDate'], ['开始日期', 'startDate'],
    ['end', 'endDate'], ['END DATE', 'endDate'], ['结束日期', 'endDate'],
    ['渠道', 'channels'], ['Channel', 'channels'], ['负责人', 'owner'],
    ['计划预算', 'plannedBudget'], ['预算', 'plannedBudget'], ['Planned budget', 'plannedBudget'],
    ['实际花费', 'actualSpend'], ['实际支出', 'actualSpend'], ['Actual spend', 'actualSpend'],
    ['目标', 'objective'], ['策略', 'strategy'], [' 开始 日期 ', 'startDate'], ['\uFEFFname', 'name'],
  ])('maps %j to %s', (header, column) => {
    expect(columnForHeader(header)).toBe(column);
  });

  it('returns null for unknown headers', () => {
    expect(columnForHeader('notes')).toBeNull();
    expect(columnForHeader('')).toBeNull();
    expect(columnForHeader('预算2')).toBeNull();
  });
});

describe('channelFromText', () => {
  it('knows every channel id of the schema', () => {
    for (const id of channelType.options) expect(channelFromText(id)).toBe(id);
  });

  it.each([
    ['线上商城', 'online-store'], ['电商平台', 'marketplace'], ['线下零售', 'retail'],
    ['代理商/分销商', 'distributor'], ['代理商 / 分销商', 'distributor'], ['代理商', 'distributor'],
    ['直销', 'direct-sales'], ['合作伙伴/运营商', 'partner'], ['合作伙伴 / 运营商', 'partner'],
    ['Online store', 'online-store'], ['ONLINE STORE', 'online-store'], ['online_store', 'online-store'],
    ['Marketplace', 'marketplace'], ['Retail', 'retail'], ['Distributor / agent', 'distributor'],
    ['Direct sales', 'direct-sales'], ['Partner / carrier', 'partner'], ['  partner ', 'partner'],
    ['ｒｅｔａｉｌ', 'retail'],
  ])('maps %j to %s', (value, id) => {
    expect(channelFromText(value)).toBe(id);
  });

  it('returns null for unknown channels', () => {
    expect(channelFromText('tv')).toBeNull();
    expect(channelFromText('')).toBeNull();
    expect(channelFromText('online-store;retail')).toBeNull();
  });
});

describe('statusFromText', () => {
  it('knows every status id', () => {
    for (const id of campaignStatus.options) expect(statusFromText(id)).toBe(id);
  });

  it.each([
    ['创意', 'idea'], ['构想', 'idea'], ['计划中', 'planned'], ['进行中', 'in-progress'], ['已完成', 'done'], ['已取消', 'cancelled'],
    ['Idea', 'idea'], ['Planned', 'planned'], ['In progress', 'in-progress'], ['in progress', 'in-progress'], ['DONE', 'done'],
    ['Cancelled', 'cancelled'], ['canceled', 'cancelled'],
  ])('maps %j to %s', (value, id) => {
    expect(statusFromText(value)).toBe(id);
  });

  it('returns null for unknown statuses', () => {
    expect(statusFromText('paused')).toBeNull();
    expect(statusFromText('')).toBeNull();
  });
});

describe('kindFromText', () => {
  it('knows every kind id', () => {
    for (const id of campaignKind.options) expect(kindFromText(id)).toBe(id);
  });

  it.each([
    ['营销活动', 'campaign'], ['活动', 'event'], ['展会', 'trade-show'],
    ['Campaign', 'campaign'], ['EVENT', 'event'], ['Trade show', 'trade-show'], ['tradeshow', 'trade-show'],
  ])('maps %j to %s', (value, id) => {
    expect(kindFromText(value)).toBe(id);
  });

  it('returns null for unknown kinds', () => {
    expect(kindFromText('webinar')).toBeNull();
  });
});

describe('normalizeAlias', () => {
  it('ignores case, whitespace, dashes, underscores and full-width forms but keeps slashes', () => {
    expect(normalizeAlias(' Start_Date - X ')).toBe('startdatex');
    expect(normalizeAlias('ＡＢ　ｃ')).toBe('abc');
    expect(normalizeAlias('a / b')).toBe('a/b');
  });
});
