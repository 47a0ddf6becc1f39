import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { jiraLabel, requirementsToJiraCsv } from './jiraCsv';
import { makeRequirement as req } from './testDocument';

const parse = (csv: string) => Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;

describe('requirementsToJiraCsv', () => {
  const requirements = [
    req({
      key: 'REQ-001', title: 'Boil in 3 minutes', description: 'Full kettle, 1.7 l.', acceptanceCriteria: '- 1.7 l in < 180 s\n- measured at 20 °C',
      priority: 'must', status: 'accepted', owner: 'Li Wei', personaOrSegmentId: 'seg_busy',
    }),
    req({ key: 'REQ-002', title: '静音模式', description: '=HYPERLINK("http://evil")', priority: 'P3', status: 'in-progress' }),
  ];
  const options = { scheme: 'moscow' as const, segmentNameById: { seg_busy: 'Busy Parents / 忙碌父母' }, documentTitle: 'Kettle PRD' };

  it('writes a BOM, CRLF line ends and Jira headers, with Labels repeated', () => {
    const csv = requirementsToJiraCsv(requirements, options);
    expect(csv.startsWith('\uFEFFSummary,Description,Priority,Labels,Labels,Labels\r\n')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('parses back to summary, description, mapped priority and space-free labels', () => {
    const [header, first, second] = parse(requirementsToJiraCsv(requirements, options));
    expect(header).toEqual(['Summary', 'Description', 'Priority', 'Labels', 'Labels', 'Labels']);
    expect(first).toEqual([
      'REQ-001 Boil in 3 minutes',
      'Full kettle, 1.7 l.\n\nAcceptance criteria:\n- 1.7 l in < 180 s\n- measured at 20 °C\n\n'
        + 'Priority: Must have\nStatus: Accepted\nOwner: Li Wei\nPersona/segment: Busy Parents / 忙碌父母\nSource document: Kettle PRD',
      'Highest',
      'req-001', 'busy-parents-忙碌父母', 'stratboard',
    ]);
    // A cell Excel would run as a formula is defused; the third Labels cell is empty.
    expect(second).toEqual([
      'REQ-002 静音模式',
      "'=HYPERLINK(\"http://evil\")\n\nPriority: Won't have\nStatus: In progress\nSource document: Kettle PRD",
      'Low', 'req-002', 'stratboard', '',
    ]);
    for (const row of [first!, second!]) for (const label of row.slice(3)) expect(label).not.toMatch(/\s/);
  });

  it('maps every priority to Jira default names and writes Chinese words when asked', () => {
    const all = (['must', 'should', 'could', 'wont', 'P0', 'P1', 'P2', 'P3'] as const).map((priority, i) => req({ key: `REQ-00${i + 1}`, priority }));
    const rows = parse(requirementsToJiraCsv(all, { ...options, scheme: 'p0-p3', language: 'zh-CN' })).slice(1);
    expect(rows.map((row) => row[2])).toEqual(['Highest', 'High', 'Medium', 'Low', 'Highest', 'High', 'Medium', 'Low']);
    expect(rows[0]![1]).toBe('优先级：P0\n状态：已提出\n来源文档：Kettle PRD');
  });

  it('has one Labels column and only a header for no requirements', () => {
    expect(parse(requirementsToJiraCsv([], options))).toEqual([['Summary', 'Description', 'Priority', 'Labels']]);
  });
});

describe('jiraLabel', () => {
  it('keeps letters of any script and joins words with "-"', () => {
    expect(jiraLabel('  Office  Workers, 25–35 ')).toBe('office-workers-25-35');
    expect(jiraLabel('白领 用户')).toBe('白领-用户');
    expect(jiraLabel('Ｆｕｌｌ　Width')).toBe('full-width');
    expect(jiraLabel('!!!')).toBe('');
    expect(jiraLabel('a '.repeat(300))).toHaveLength(255);
  });
});
