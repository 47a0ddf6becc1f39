import { describe, expect, it } from 'vitest';
import { emptyStrategy } from '../../../strategy/emptyStrategy';
import { hasResearch, marketAnalysisSection } from './marketAnalysis';
import { ESCAPED_SCRIPT, emptyContext, hasLiveHostileMarkup, sampleContext } from './planTestContext';
import { hostileSampleContext, visibleText } from './printTestData';

const blank = (id: string, name: string) => emptyStrategy({ id, name, currency: 'CNY', createdAt: '2026-01-01T00:00:00.000Z' });

describe('marketAnalysisSection', () => {
  it('prints sizing, findings with confidence, sources, competitors and notes of the sample', () => {
    const ctx = sampleContext('en');
    const strategy = ctx.strategies[0]!;
    const out = marketAnalysisSection(ctx);
    const text = visibleText(out.html);
    expect(out.empty).toBe(false);
    expect(out.html).toMatch(/^<section class="plan-section plan-section-market-analysis" id="plan-market-analysis"><h1>Market analysis<\/h1>/);
    expect(text).toContain('TAM — total addressable market');
    expect(text).toContain('$1,470,000,000'); // 9.8 bn CNY × 0.15 in the dollar sample
    expect(text).toContain('SAM is 21.4% of TAM');
    expect(text).toContain(`${strategy.research.findings[0]!.text} High ${strategy.research.sources[0]!.title}`);
    for (const competitor of strategy.research.competitors) expect(text).toContain(competitor.name);
    expect(out.html).toContain('<th>Price level</th>');
    expect(out.toc).toEqual([{ anchor: 'plan-market-analysis', text: 'Market analysis', level: 1 }]);
  });

  it('uses Chinese labels for a zh-CN plan', () => {
    const out = marketAnalysisSection(sampleContext('zh-CN'));
    const text = visibleText(out.html);
    expect(out.toc[0]!.text).toBe('市场分析');
    for (const word of ['市场分析', '市场规模', '调研发现', '可信度', '调研来源', '竞争对手', '价格水平', '优势', '劣势']) expect(text).toContain(word);
    expect(text).toContain('SAM 占 TAM 的');
  });

  it('escapes hostile text in every field it prints', () => {
    for (const language of ['en', 'zh-CN'] as const) {
      const out = marketAnalysisSection(hostileSampleContext(language));
      expect(hasLiveHostileMarkup(out.html)).toBe(false);
      // Strategy name, findings, sources (title, url, notes), competitors (name, strengths, weaknesses), notes.
      expect(out.html.split(ESCAPED_SCRIPT).length - 1).toBeGreaterThanOrEqual(1 + 3 + 9 + 9 + 1);
    }
  });

  it('is empty without strategies or without any research, and says so per strategy', () => {
    expect(marketAnalysisSection(emptyContext('en')).empty).toBe(true);
    const ctx = { ...sampleContext('en'), strategies: [blank('s1', 'Blank one'), blank('s2', 'Blank two')] };
    const out = marketAnalysisSection(ctx);
    expect(out.empty).toBe(true);
    expect(visibleText(out.html)).toContain('Blank one No market research recorded for this strategy yet.');
    // Several strategies are listed in the contents so they can be told apart.
    expect(out.toc.map((entry) => entry.anchor)).toEqual(['plan-market-analysis', 'plan-market-analysis-s1', 'plan-market-analysis-s2']);
  });

  it('counts any one kind of research as content', () => {
    const strategy = blank('s1', 'S');
    expect(hasResearch(strategy)).toBe(false);
    expect(hasResearch({ ...strategy, research: { ...strategy.research, notes: 'Trend up' } })).toBe(true);
    expect(hasResearch({ ...strategy, research: { ...strategy.research, notes: '  \n ' } })).toBe(false);
    expect(hasResearch({ ...strategy, targetMarket: { ...strategy.targetMarket, marketSize: { tam: 0, sam: null, som: null, unit: 'units' } } })).toBe(true);
  });

  it('writes sizing problems in words', () => {
    const strategy = blank('s1', 'S');
    const ctx = { ...sampleContext('en'), strategies: [{ ...strategy, targetMarket: { ...strategy.targetMarket, marketSize: { tam: 10, sam: 20, som: null, unit: 'customers' as const } } }] };
    const text = visibleText(marketAnalysisSection(ctx).html);
    expect(text).toContain('10 customers');
    expect(text).toContain('SAM is larger than TAM');
  });
});
