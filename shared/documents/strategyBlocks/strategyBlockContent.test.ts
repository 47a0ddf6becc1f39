import { describe, expect, it } from 'vitest';
import { createSampleWorkspace } from '../../samplePlan/samplePlan';
import type { Strategy } from '../../schema/strategy';
import { emptyStrategy } from '../../strategy/emptyStrategy';
import { safeImage } from '../export/safeUrls';
import { STRATEGY_BLOCK_KINDS, plainText, type RichNode } from '../richText';
import { missingStrategyContent, strategyBlockContent } from './strategyBlockContent';

const NOW = new Date('2026-03-01T00:00:00Z');
const sampleStrategy = (language: 'en' | 'zh-CN') => createSampleWorkspace(language, NOW).strategies[0]!;
const blank = (): Strategy => emptyStrategy({ id: 'str_blank', name: 'Blank plan', currency: 'EUR', createdAt: NOW.toISOString() });

/** Rows of a table as arrays of cell text. */
const tableRows = (table: RichNode) => (table.content ?? []).map((row) => (row.content ?? []).map((cell) => plainText(cell)));
const tables = (nodes: RichNode[]) => nodes.filter((node) => node.type === 'table');
const texts = (nodes: RichNode[]) => nodes.map((node) => plainText(node));

describe('strategyBlockContent', () => {
  const en = sampleStrategy('en');
  const zh = sampleStrategy('zh-CN');

  it('starts every kind with a level-3 heading naming the block and the strategy', () => {
    for (const kind of STRATEGY_BLOCK_KINDS) {
      const [first] = strategyBlockContent(kind, en, { language: 'en', currency: 'USD' });
      expect(first?.type).toBe('heading');
      expect(first?.attrs?.level).toBe(3);
    }
    expect(plainText(strategyBlockContent('positioning', en, { language: 'en', currency: 'USD' })[0]!)).toBe(`Positioning — ${en.name}`);
    expect(plainText(strategyBlockContent('channel-mix', zh, { language: 'zh-CN', currency: 'CNY' })[0]!)).toBe(`渠道组合 — ${zh.name}`);
  });

  it('target market: chosen segments only, the TAM/SAM/SOM line and the personas', () => {
    const nodes = strategyBlockContent('target-market', en, { language: 'en', currency: 'USD' });
    const chosen = en.targetMarket.segments.filter((segment) => segment.chosen);
    const [segmentTable] = tables(nodes);
    const rows = tableRows(segmentTable!);
    expect(rows[0]).toEqual(['Segment', 'Size estimate', 'Growth per year', 'Attractiveness']);
    expect(rows.slice(1).map((row) => row[0])).toEqual(chosen.map((segment) => segment.name));
    expect(rows[1]).toEqual(['Young urban professionals', '4,200,000 customers', '12%', '5/5']);
    expect(texts(nodes)).toContain('TAM: $1,470,000,000 · SAM: $315,000,000 · SOM: $7,800,000');
    const personas = nodes.find((node) => node.type === 'bulletList')!;
    expect(personas.content).toHaveLength(en.targetMarket.personas.length);
  });

  it('positioning: the statement sentence in the document language and the differentiation points', () => {
    const nodes = strategyBlockContent('positioning', zh, { language: 'zh-CN', currency: 'CNY' });
    const s = zh.positioning.statement;
    expect(plainText(nodes[1]!)).toBe(`面向${s.need}的${s.target}，${s.product}是一款${s.benefit}的${s.category}。不同于${s.competitor}，它${s.differentiator}。`);
    const points = texts((nodes.find((node) => node.type === 'bulletList')!.content ?? []));
    expect(points[0]).toBe('1 °C 精度控温，内置多种茶类预设（针对沸乐）');
    expect(points).toHaveLength(3);
  });

  it('competitors: name, price level, price in the strategy currency, strengths, weaknesses', () => {
    const rows = tableRows(tables(strategyBlockContent('competitors', zh, { language: 'zh-CN', currency: 'USD' }))[0]!);
    expect(rows[0]).toEqual(['竞争对手', '价格水平', '价格', '优势', '劣势']);
    expect(rows[1]).toEqual(['沸乐', '中', '¥459', '市场领导者，渠道覆盖广', '外观老旧，应用体验差']);
    expect(rows).toHaveLength(1 + zh.research.competitors.length);
  });

  it('perceptual map: an allowed SVG data-URL image and a table of the placed points', () => {
    const nodes = strategyBlockContent('perceptual-map', en, { language: 'en', currency: 'USD' });
    const image = nodes.find((node) => node.type === 'image')!;
    expect(String(image.attrs?.src)).toMatch(/^data:image\/svg\+xml;base64,/);
    expect(safeImage(image.attrs?.src)).not.toBeNull();
    expect(image.attrs?.alt).toBe('Perceptual map: Low price – High price horizontally, Basic – Smart and stylish vertically');
    const rows = tableRows(tables(nodes)[0]!);
    expect(rows[1]).toEqual(['Brightleaf S2', '6.5', '8.5']);
    expect(rows.map((row) => row[0])).toContain('Kettlo');
  });

  it('price tiers: prices with currency, the pricing strategy and the break-even line', () => {
    const nodes = strategyBlockContent('price-tiers', en, { language: 'en', currency: 'EUR' });
    const rows = tableRows(tables(nodes)[0]!);
    expect(rows[0]).toEqual(['Tier', 'Price', 'What is included']);
    expect(rows[1]).toEqual(['S2 Basic', '$60', 'Kettle, four presets']);
    expect(texts(nodes)).toContain('Pricing strategy: Value-based');
    expect(texts(nodes)).toContain('Break-even at the price of S2 Connect ($75): 6,280 units, $471,000 revenue.');
  });

  it('price tiers: a price at or below the unit cost says there is no break-even', () => {
    const strategy = blank();
    strategy.pricing.tiers = [{ id: 't1', name: 'Only', price: 10.5, segmentId: null, includes: '' }];
    strategy.pricing.unitVariableCost = 12;
    strategy.pricing.fixedCosts = 1000;
    const nodes = strategyBlockContent('price-tiers', strategy, { language: 'en', currency: 'USD' });
    expect(texts(nodes)).toContain('No break-even: the price (€10.50) is not above the unit variable cost (€12).');
  });

  it('channel mix: channel, type, share and cost, and whether the shares add up', () => {
    const nodes = strategyBlockContent('channel-mix', en, { language: 'en', currency: 'USD' });
    const rows = tableRows(tables(nodes)[0]!);
    expect(rows[0]).toEqual(['Channel', 'Type', 'Target share', 'Cost (% of revenue)']);
    expect(rows[1]).toEqual(['Own online store', 'Online store', '30%', '8%']);
    expect(texts(nodes).at(-1)).toBe('Target shares add up to 100%.');

    const under = blank();
    under.channels.items = [{ id: 'c1', type: 'retail', name: 'Shops', role: '', costPercent: null, targetSharePercent: 60, owner: '' }];
    expect(texts(strategyBlockContent('channel-mix', under, { language: 'en', currency: 'USD' })).at(-1))
      .toBe('Target shares add up to 60%: 40% is not assigned to a channel.');
  });

  it('empty data gives a short "no … yet" paragraph, never an empty table', () => {
    const strategy = blank();
    for (const kind of STRATEGY_BLOCK_KINDS) {
      const nodes = strategyBlockContent(kind, strategy, { language: 'en', currency: 'USD' });
      expect(tables(nodes)).toEqual([]);
      expect(nodes.some((node) => node.type === 'image')).toBe(false);
    }
    expect(texts(strategyBlockContent('target-market', strategy, { language: 'en', currency: 'USD' })))
      .toEqual(['Target market — Blank plan', 'Chosen segments', 'No target segments chosen yet.', 'Market size', 'No market size estimated yet.', 'Personas', 'No personas yet.']);
    expect(texts(strategyBlockContent('competitors', strategy, { language: 'zh-CN', currency: 'USD' }))[1]).toBe('尚无竞争对手。');
    expect(texts(strategyBlockContent('perceptual-map', strategy, { language: 'en', currency: 'USD' }))[1]).toBe('No products placed on the perceptual map yet.');
    expect(texts(strategyBlockContent('price-tiers', strategy, { language: 'en', currency: 'USD' }))[1]).toBe('No price tiers yet.');
    expect(texts(strategyBlockContent('channel-mix', strategy, { language: 'en', currency: 'USD' }))[1]).toBe('No channels yet.');
    expect(texts(strategyBlockContent('positioning', strategy, { language: 'en', currency: 'USD' }))).toContain('No positioning statement yet.');
  });

  it('falls back to the workspace currency when the strategy code is unusable', () => {
    const strategy = blank();
    // Outside the schema, but a hand-edited file could hold it: Intl throws on a malformed code.
    strategy.currency = 'X';
    strategy.research.competitors = [{ id: 'c', name: 'Rival', website: '', priceLevel: 'low', price: 5, strengths: '', weaknesses: '' }];
    expect(tableRows(tables(strategyBlockContent('competitors', strategy, { language: 'en', currency: 'GBP' }))[0]!)[1]![2]).toBe('£5');
  });

  it('missingStrategyContent says so in both languages', () => {
    expect(texts(missingStrategyContent('en'))).toEqual(['The strategy this block showed no longer exists.']);
    expect(texts(missingStrategyContent('zh-CN'))).toEqual(['此区块所链接的策略已不存在。']);
  });
});
