import { describe, expect, it } from 'vitest';
import { createSampleWorkspace } from '../samplePlan/samplePlan';
import type { Campaign } from '../schema/campaign';
import { campaignsToCsv, CSV_COLUMNS, CSV_LIMITS, parseCampaignCsv, type CsvImport } from './campaignCsv';
import { decodeCsvBytes } from './csvDecode';
import { emptyCampaign } from './emptyCampaign';

const strategies = [{ id: 'str_a', name: 'Smart kettle' }, { id: 'str_b', name: '企业客户' }];
function context() {
  let n = 0;
  return { strategies, newId: () => `cmp_new${++n}` };
}
const HEADER = CSV_COLUMNS.join(',');
const parse = (text: string) => parseCampaignCsv(text, context());
const lines = (...rows: string[]) => rows.join('\r\n');
/** Row errors as "line column code value" strings, easy to compare. */
const errorList = (result: CsvImport) => result.rows.flatMap((r) => r.errors.map((e) => `${r.line} ${e.column} ${e.code} ${e.value}`));

let seq = 0;
function make(over: Partial<Campaign>): Campaign {
  seq += 1;
  return emptyCampaign({ id: `c${seq}`, name: `Campaign ${seq}`, startDate: '2026-03-01', endDate: '2026-03-31', ...over });
}
const roundTripFields = (c: Campaign) => ({
  name: c.name, kind: c.kind, status: c.status, startDate: c.startDate, endDate: c.endDate, channels: c.channels,
  owner: c.owner, plannedBudget: c.plannedBudget, actualSpend: c.actualSpend, objective: c.objective, strategyId: c.strategyId,
});

describe('campaignsToCsv', () => {
  it('writes a BOM, our column ids, CRLF lines, channels joined by ";" and the strategy by name', () => {
    const csv = campaignsToCsv([make({
      name: 'Spring, big', channels: ['online-store', 'retail'], strategyId: 'str_b', plannedBudget: 1200.5, actualSpend: 3e9, owner: '李伟',
      objective: 'Say "hi"\nthen sell',
    })], strategies);
    expect(csv).toBe(
      '\uFEFFname,kind,status,startDate,endDate,channels,owner,plannedBudget,actualSpend,objective,strategy\r\n'
      + '"Spring, big",campaign,planned,2026-03-01,2026-03-31,online-store;retail,李伟,1200.5,3000000000,"Say ""hi""\nthen sell",企业客户\r\n',
    );
  });

  it('leaves the strategy blank when it is missing or unknown', () => {
    const csv = campaignsToCsv([make({ name: 'A', strategyId: null }), make({ name: 'B', strategyId: 'str_gone' })], strategies);
    expect(csv.split('\r\n').slice(1, 3).map((l) => l.endsWith(',,0,0,,'))).toEqual([true, true]);
  });

  it("prefixes formula-looking cells with ' so Excel shows them as text", () => {
    const csv = campaignsToCsv([make({ name: '=HYPERLINK("http://x")', owner: '@me', objective: '+1 sales', strategyId: null, notes: '' }),
      make({ name: '-Sale-', owner: "'=already quoted" }), make({ name: 'safe = fine' })], strategies);
    const rows = csv.split('\r\n');
    expect(rows[1]).toBe(`"'=HYPERLINK(""http://x"")",campaign,planned,2026-03-01,2026-03-31,,'@me,0,0,'+1 sales,`);
    expect(rows[2]).toBe(`'-Sale-,campaign,planned,2026-03-01,2026-03-31,,''=already quoted,0,0,,`);
    expect(rows[3]).toBe('safe = fine,campaign,planned,2026-03-01,2026-03-31,,,0,0,,');
  });
});

describe('CSV round trip', () => {
  it('gives back the sample plan campaigns', () => {
    const plan = createSampleWorkspace('en', new Date('2026-01-15T09:00:00Z'));
    const strategyList = plan.strategies.map((s) => ({ id: s.id, name: s.name }));
    const result = parseCampaignCsv(campaignsToCsv(plan.campaigns, strategyList), { strategies: strategyList, newId: context().newId });
    expect(result.fileError).toBeNull();
    expect(result.invalidCount).toBe(0);
    expect(result.validCount).toBe(plan.campaigns.length);
    expect(result.rows.map((r) => r.line)).toEqual(plan.campaigns.map((_, i) => i + 2));
    expect(result.rows.map((r) => roundTripFields(r.campaign!))).toEqual(plan.campaigns.map(roundTripFields));
    expect(result.rows.map((r) => r.campaign!.kind)).toContain('trade-show');
    expect(new Set(result.rows.map((r) => r.campaign!.strategyId))).toEqual(new Set(['str_kettle']));
  });

  it('gives back tricky text, every status, decimals and huge amounts', () => {
    const statuses = ['idea', 'planned', 'in-progress', 'done', 'cancelled'] as const;
    const originals = [
      make({ name: '=SUM(A1:A9)', owner: '@boss', objective: '-10% churn', status: 'idea' }),
      make({ name: "'=already", objective: 'line one\nline "two", with comma', status: 'in-progress', plannedBudget: 1200.5, actualSpend: 0.01 }),
      make({ name: '中文名称；测试', owner: '王芳', channels: ['partner', 'direct-sales'], strategyId: 'str_b', status: 'done', plannedBudget: 1e15, actualSpend: 123456789.99 }),
      make({ name: 'Expo', kind: 'trade-show', status: 'cancelled', startDate: '2025-12-30', endDate: '2027-01-02', strategyId: 'str_a' }),
      make({ name: 'Event', kind: 'event', status: statuses[1] }),
    ];
    const result = parse(campaignsToCsv(originals, strategies));
    expect(errorList(result)).toEqual([]);
    expect(result.rows.map((r) => roundTripFields(r.campaign!))).toEqual(originals.map(roundTripFields));
    // the multi-line objective moves the following rows down a line
    expect(result.rows.map((r) => r.line)).toEqual([2, 3, 5, 6, 7]);
  });
});

describe('parseCampaignCsv: rows', () => {
  it('builds full campaigns with defaults for missing optional columns', () => {
    const result = parse(lines('name,startDate,endDate', 'Spring,2026-03-01,2026-03-31', 'Expo,2026-09-16,2026-09-18'));
    expect(result.fileError).toBeNull();
    expect(result.rows[0]).toEqual({
      line: 2, errors: [], warnings: [],
      campaign: {
        id: 'cmp_new1', name: 'Spring', kind: 'campaign', objective: '', strategyId: null, promotionItemId: null, channels: [], owner: '',
        status: 'planned', startDate: '2026-03-01', endDate: '2026-03-31', plannedBudget: 0, actualSpend: 0,
        kpis: { reach: { target: null, actual: null }, leads: { target: null, actual: null }, conversions: { target: null, actual: null }, revenue: { target: null, actual: null } },
        activities: [], event: null, notes: '',
      },
    });
    expect([result.validCount, result.invalidCount]).toEqual([2, 0]);
  });

  it('gives events and trade shows an empty event record', () => {
    const result = parse(lines('name,kind,start,end', 'Expo,Trade show,2026-09-16,2026-09-18', 'Meetup,event,2026-09-16,2026-09-16'));
    const empty = { venue: '', boothCost: null, otherCosts: null, expectedValue: null, leadsCollected: null, contacts: '', competitorIntel: '', brandNotes: '' };
    expect(result.rows.map((r) => [r.campaign!.kind, r.campaign!.event])).toEqual([['trade-show', empty], ['event', empty]]);
  });

  it('reads Chinese headers and values, in any column order, ignoring unknown columns', () => {
    const result = parse(lines(
      '备注,活动名称,类型,状态,开始日期,结束日期,渠道,负责人,计划预算,实际花费,目标,策略',
      'x,春季促销,营销活动,进行中,2026/3/1,2026/3/31,线上商城；电商平台,李伟,"¥1,200",￥300.50,提升销量,企业客户',
      'y,家电博览会,展会,已完成,2026/9/16,2026/9/18,代理商 / 分销商、线下零售,王芳,1200元,0,,',
    ));
    expect(errorList(result)).toEqual([]);
    expect(result.rows.map((r) => roundTripFields(r.campaign!))).toEqual([
      { name: '春季促销', kind: 'campaign', status: 'in-progress', startDate: '2026-03-01', endDate: '2026-03-31', channels: ['online-store', 'marketplace'], owner: '李伟', plannedBudget: 1200, actualSpend: 300.5, objective: '提升销量', strategyId: 'str_b' },
      { name: '家电博览会', kind: 'trade-show', status: 'done', startDate: '2026-09-16', endDate: '2026-09-18', channels: ['distributor', 'retail'], owner: '王芳', plannedBudget: 1200, actualSpend: 0, objective: '', strategyId: null },
    ]);
  });

  it('reads a GBK file from Chinese Excel once decoded', () => {
    // 名称,开始日期,结束日期,渠道,状态,计划预算 / 春季促销,2026/3/1,2026/3/31,线上商城;电商平台,进行中,"￥1,200" in GBK
    const gbk = new Uint8Array([
      0xc3, 0xfb, 0xb3, 0xc6, 0x2c, 0xbf, 0xaa, 0xca, 0xbc, 0xc8, 0xd5, 0xc6, 0xda, 0x2c, 0xbd, 0xe1, 0xca, 0xf8, 0xc8, 0xd5, 0xc6, 0xda, 0x2c, 0xc7,
      0xfe, 0xb5, 0xc0, 0x2c, 0xd7, 0xb4, 0xcc, 0xac, 0x2c, 0xbc, 0xc6, 0xbb, 0xae, 0xd4, 0xa4, 0xcb, 0xe3, 0x0d, 0x0a, 0xb4, 0xba, 0xbc, 0xbe, 0xb4,
      0xd9, 0xcf, 0xfa, 0x2c, 0x32, 0x30, 0x32, 0x36, 0x2f, 0x33, 0x2f, 0x31, 0x2c, 0x32, 0x30, 0x32, 0x36, 0x2f, 0x33, 0x2f, 0x33, 0x31, 0x2c, 0xcf,
      0xdf, 0xc9, 0xcf, 0xc9, 0xcc, 0xb3, 0xc7, 0x3b, 0xb5, 0xe7, 0xc9, 0xcc, 0xc6, 0xbd, 0xcc, 0xa8, 0x2c, 0xbd, 0xf8, 0xd0, 0xd0, 0xd6, 0xd0, 0x2c,
      0x22, 0xa3, 0xa4, 0x31, 0x2c, 0x32, 0x30, 0x30, 0x22, 0x0d, 0x0a,
    ]);
    const decoded = decodeCsvBytes(gbk);
    expect(decoded.encoding).toBe('gbk');
    const result = parse(decoded.text);
    expect(errorList(result)).toEqual([]);
    expect(result.rows).toHaveLength(1);
    expect(result.rows[0]!.campaign).toMatchObject({
      name: '春季促销', startDate: '2026-03-01', endDate: '2026-03-31', channels: ['online-store', 'marketplace'], status: 'in-progress', plannedBudget: 1200,
    });
  });

  it('accepts the date and money spellings Excel users type', () => {
    const result = parse(lines(
      'name,startDate,endDate,plannedBudget,actualSpend',
      'a,2026/3/1,2026/03/31 0:00,"1,200",¥1200',
      'b,2026-3-1,2026-3-1,1200.50, 3 000 ',
      'c,2028-02-29,2028-02-29,$99,1e3',
    ));
    expect(errorList(result)).toEqual([]);
    expect(result.rows.map((r) => [r.campaign!.startDate, r.campaign!.endDate, r.campaign!.plannedBudget, r.campaign!.actualSpend])).toEqual([
      ['2026-03-01', '2026-03-31', 1200, 1200],
      ['2026-03-01', '2026-03-01', 1200.5, 3000],
      ['2028-02-29', '2028-02-29', 99, 1000],
    ]);
  });

  it('matches strategies by exact name, loosely by name, or by id', () => {
    const result = parse(lines('name,start,end,strategy', 'a,2026-01-01,2026-01-02,Smart kettle', 'b,2026-01-01,2026-01-02, SMART  kettle', 'c,2026-01-01,2026-01-02,str_b'));
    expect(result.rows.map((r) => r.campaign!.strategyId)).toEqual(['str_a', 'str_a', 'str_b']);
  });

  it('reports each row error with its line, column, code and value', () => {
    const result = parse(lines(
      HEADER,                                                             // 1
      ',campaign,planned,2026-03-01,2026-03-02,,,,,,',                   // 2 required name
      'A,,,2026-02-30,2026-03-01',                                       // 3 bad-date
      'B,,,2026-03-05,2026-03-01',                                       // 4 end-before-start
      'C,,,2026-03-01,2026-03-02,online-store;tv',                       // 5 unknown-channel
      'D,,paused,2026-03-01,2026-03-02',                                 // 6 unknown-status
      'E,webinar,,2026-03-01,2026-03-02',                                // 7 unknown-kind
      'F,,,2026-03-01,2026-03-02,,,-5',                                  // 8 negative-money
      'G,,,2026-03-01,2026-03-02,,,,abc',                                // 9 not-a-number
      `${'x'.repeat(201)},,,2026-03-01,2026-03-02`,                      // 10 too-long
      'H,,,2026-03-01,2026-03-02,,,,,,Nope',                             // 11 unknown strategy: a warning, imported unlinked
      '',                                                                // 12 blank, skipped
      'I,,,2026-03-01,2026-03-02,,,,,"two',                              // 13 valid, objective spans 2 lines
      'lines",',                                                          // 14
      'J,,,,03/01/2026',                                                 // 15 required start, bad end
      'K,,,2026-03-01,2026-03-02,,,(100),1.2.3',                         // 16 negative + not-a-number
      'L,,,2026-03-01,2026-03-02',                                       // 17 valid
    ));
    expect(result.fileError).toBeNull();
    expect(errorList(result)).toEqual([
      '2 name required ',
      '3 startDate bad-date 2026-02-30',
      '4 endDate end-before-start 2026-03-01',
      '5 channels unknown-channel tv',
      '6 status unknown-status paused',
      '7 kind unknown-kind webinar',
      '8 plannedBudget negative-money -5',
      '9 actualSpend not-a-number abc',
      `10 name too-long ${'x'.repeat(200)}…`,
      '15 startDate required ',
      '15 endDate bad-date 03/01/2026',
      '16 plannedBudget negative-money (100)',
      '16 actualSpend not-a-number 1.2.3',
    ]);
    expect(result.rows.map((r) => r.line)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 16, 17]);
    expect(result.rows.filter((r) => r.campaign).map((r) => [r.line, r.campaign!.name, r.campaign!.objective])).toEqual([[11, 'H', ''], [13, 'I', 'two\r\nlines'], [17, 'L', '']]);
    expect(result.rows.find((r) => r.line === 11)!.warnings).toEqual([{ column: 'strategy', code: 'unknown-strategy', value: 'Nope' }]);
    expect(result.rows.find((r) => r.line === 11)!.campaign!.strategyId).toBeNull();
    expect([result.validCount, result.invalidCount]).toEqual([3, 11]);
    // rows with errors carry no campaign and used no id
    expect(result.rows.filter((r) => r.campaign).map((r) => r.campaign!.id)).toEqual(['cmp_new1', 'cmp_new2', 'cmp_new3']);
  });

  it('turns a problem only the schema sees into a row error instead of throwing', () => {
    const result = parseCampaignCsv(lines('name,start,end', 'A,2026-01-01,2026-01-02'), { strategies, newId: () => 'not a valid id!' });
    expect(result.rows[0]!.campaign).toBeNull();
    expect(result.rows[0]!.errors.map((e) => e.column)).toEqual(['id']);
    expect(result.invalidCount).toBe(1);
  });

  it('reads semicolon- and tab-separated files', () => {
    const semicolon = parse(lines('name;startDate;endDate;channels', 'A;2026-03-01;2026-03-02;"retail;partner"'));
    expect(semicolon.rows[0]!.campaign).toMatchObject({ name: 'A', channels: ['retail', 'partner'] });
    const tab = parse(lines('name\tstartDate\tendDate', 'B\t2026-03-01\t2026-03-02'));
    expect(tab.rows[0]!.campaign).toMatchObject({ name: 'B' });
  });

  it('counts lines the same with LF-only files', () => {
    const result = parse('name,start,end\n\nA,2026-03-01,bad\n');
    expect(errorList(result)).toEqual(['3 endDate bad-date bad']);
  });
});

describe('parseCampaignCsv: file errors return no rows', () => {
  it.each([
    ['', 'empty'], ['\uFEFF', 'empty'], ['  \r\n\r\n ', 'empty'], ['name,startDate,endDate\r\n', 'empty'],
  ])('%j → %s', (text, code) => {
    const result = parse(text);
    expect(result.fileError?.code).toBe(code);
    expect(result.rows).toEqual([]);
  });

  it('names the missing required columns', () => {
    const result = parse(lines('名称,owner,开始', 'A,me,2026-01-01'));
    expect(result.fileError).toEqual({ code: 'missing-columns', detail: 'endDate' });
    expect(parse(lines('notes,owner', 'A,me')).fileError).toEqual({ code: 'missing-columns', detail: 'name, startDate, endDate' });
    expect(parse(lines('owner,budget', 'me,1')).rows).toEqual([]);
  });

  it('rejects broken quotes with the line they start on', () => {
    const result = parse(lines('name,start,end', 'A,2026-01-01,2026-01-02', '"B"x,2026-01-01,2026-01-02'));
    expect(result.fileError?.code).toBe('malformed');
    expect(result.fileError?.detail).toMatch(/^line 3: /);
    expect(result.rows).toEqual([]);
    expect(parse(lines('name,start,end', 'A,"2026-01-01,2026-01-02')).fileError?.code).toBe('malformed');
  });

  it('rejects more than 5 MB of text, counting UTF-8 bytes', () => {
    const row = 'Campaign with a long enough name,2026-03-01,2026-03-02\r\n';
    const big = `name,start,end\r\n${row.repeat(Math.ceil(CSV_LIMITS.maxBytes / row.length) + 1)}`;
    expect(big.length).toBeGreaterThan(5_000_000);
    expect(parse(big)).toEqual({ rows: [], fileError: { code: 'too-large', detail: 'larger than 5000000 bytes' }, validCount: 0, invalidCount: 0 });
    // 1.7 million Chinese characters are fewer than 5 million characters but 5.1 MB in UTF-8
    const chinese = `name,start,end\r\n${'中'.repeat(1_700_000)},2026-03-01,2026-03-02`;
    expect(chinese.length).toBeLessThan(CSV_LIMITS.maxBytes);
    expect(parse(chinese).fileError?.code).toBe('too-large');
    // while 1.6 million of them (4.8 MB) are read, and only the name is too long
    const fits = parse(`name,start,end\r\n${'中'.repeat(1_600_000)},2026-03-01,2026-03-02`);
    expect(fits.fileError).toBeNull();
    expect(fits.rows[0]!.errors.map((e) => e.code)).toEqual(['too-long']);
  });

  it('accepts 20,000 rows and rejects 20,001', () => {
    const rows = (n: number) => `name,start,end\r\n${'A,2026-03-01,2026-03-02\r\n'.repeat(n)}`;
    const ok = parse(rows(CSV_LIMITS.maxRows));
    expect(ok.fileError).toBeNull();
    expect(ok.validCount).toBe(20_000);
    expect(ok.rows.at(-1)!.line).toBe(20_001);
    expect(parse(rows(CSV_LIMITS.maxRows + 1))).toEqual({ rows: [], fileError: { code: 'too-many-rows', detail: 'more than 20000 rows' }, validCount: 0, invalidCount: 0 });
  });
});
