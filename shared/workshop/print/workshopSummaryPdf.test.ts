import { describe, expect, it } from 'vitest';
import { contract } from '../../contract/contract';
import { FIXTURE_WORKSHOP_ID, fixtureWorkspace } from './workshopFixture';
import { workshopSummaryPdfRequest } from './workshopSummaryPdf';

describe('workshopSummaryPdfRequest', () => {
  it('asks for A4 with the workshop title as header and the page footer, valid for the contract', () => {
    const made = workshopSummaryPdfRequest(fixtureWorkspace('zh-CN'), FIXTURE_WORKSHOP_ID, 'zh-CN', '2026-07-09')!;
    expect(made.request).toMatchObject({ pageSize: 'A4', headerText: '第三季度策略复盘研讨会', footerText: '第 {page} 页，共 {total} 页' });
    expect(made.request.html).toContain('<h1>第三季度策略复盘研讨会</h1>');
    expect(made).toMatchObject({ title: '第三季度策略复盘研讨会', fileLabel: '研讨会纪要' });
    expect(contract.renderPdf.input.safeParse(made.request).success).toBe(true);
  });

  it('keeps a 200-character title within the header limit', () => {
    const ws = fixtureWorkspace();
    ws.workshops[0]!.title = 'W'.repeat(200);
    const made = workshopSummaryPdfRequest(ws, FIXTURE_WORKSHOP_ID, 'en', '2026-07-09')!;
    expect(made.request.headerText).toHaveLength(200);
    expect(made.request.footerText).toBe('Page {page} of {total}');
    expect(contract.renderPdf.input.safeParse(made.request).success).toBe(true);
  });

  it('is null for a workshop that is not in the workspace', () => {
    expect(workshopSummaryPdfRequest(fixtureWorkspace(), 'wsh_gone', 'en', '2026-07-09')).toBeNull();
  });
});
