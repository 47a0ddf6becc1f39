import { describe, expect, it } from 'vitest';
import { emptyStrategy } from '../../../strategy/emptyStrategy';
import { strategyChartKey } from '../chartKeys';
import { ESCAPED_SCRIPT, emptyContext, hasLiveHostileMarkup, sampleContext } from './planTestContext';
import { PNG_DATA_URL, hostileSampleContext, visibleText } from './printTestData';
import { hasStrategyContent, strategySection } from './strategySection';

const blank = (id: string, name: string) => emptyStrategy({ id, name, currency: 'USD', createdAt: '2026-01-01T00:00:00.000Z' });

describe('strategySection', () => {
  it('prints the five elements of the sample strategy', () => {
    const ctx = sampleContext('en');
    const strategy = ctx.strategies[0]!;
    const out = strategySection(ctx);
    const text = visibleText(out.html);
    expect(out.empty).toBe(false);
    expect(out.html).toMatch(/^<section class="plan-section plan-section-strategy" id="plan-strategy"><h1>Strategy<\/h1>/);
    for (const element of ['Target market', 'Positioning', 'Pricing', 'Channels', 'Promotion']) expect(out.html).toContain(`<h3>${element}</h3>`);
    // Chosen segments only (the sample chooses the first two of four).
    expect(text).toContain(strategy.targetMarket.segments[0]!.name);
    expect(text).not.toContain(strategy.targetMarket.segments[3]!.name);
    for (const persona of strategy.targetMarket.personas) expect(text).toContain(persona.name);
    expect(text).toContain(`For ${strategy.positioning.statement.target} who ${strategy.positioning.statement.need}`);
    expect(text).toContain('Pricing strategy Value-based');
    // Tier 2 at $75 (499 × 0.15), unit cost $32 (210 × 0.15), fixed $270,000: 270000 / 43 → 6,280 units.
    expect(text).toContain('Break-even at the price of');
    expect(text).toContain('6,280 units');
    expect(text).toContain('Target shares add up to 100%.');
    expect(out.html).toContain('<th class="num">Target share</th>');
    expect(text).toContain('Sales promotion');
    expect(out.html).toContain('<tr class="total">');
  });

  it('places each chart only when the renderer drew it as a PNG', () => {
    const base = sampleContext('en');
    const id = base.strategies[0]!.id;
    const ctx = {
      ...base,
      charts: {
        [strategyChartKey('market-size', id)]: PNG_DATA_URL,
        [strategyChartKey('perceptual-map', id)]: 'data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=',
        [strategyChartKey('break-even', id)]: PNG_DATA_URL,
        [strategyChartKey('channel-mix', 'another-strategy')]: PNG_DATA_URL,
      },
    };
    const html = strategySection(ctx).html;
    expect(html.match(/<img /g)).toHaveLength(2);
    expect(html).toContain('alt="Market size funnel: TAM, SAM and SOM — ');
    expect(html).toContain('<figcaption>Break-even: revenue and total cost by units sold — ');
    expect(html).not.toContain('svg+xml');
    expect(html).not.toContain('Perceptual map —');
    // Figures come inside their element: the market size chart after the market size, before personas.
    expect(html.indexOf('Market size funnel')).toBeLessThan(html.indexOf('<h3>Positioning</h3>'));
  });

  it('uses Chinese labels and the Chinese statement order for a zh-CN plan', () => {
    const ctx = sampleContext('zh-CN');
    const statement = ctx.strategies[0]!.positioning.statement;
    const out = strategySection(ctx);
    const text = visibleText(out.html);
    expect(out.toc[0]!.text).toBe('策略');
    for (const word of ['目标市场', '定位', '定价', '渠道', '促销', '已选细分市场', '用户画像', '定位陈述', '价格策略', '目标占比', '关键绩效指标', '合计']) {
      expect(text).toContain(word);
    }
    expect(text).toContain(`面向${statement.need}的${statement.target}`);
    expect(text).toContain('销售促进');
  });

  it('escapes hostile text everywhere', () => {
    for (const language of ['en', 'zh-CN'] as const) {
      const out = strategySection(hostileSampleContext(language));
      expect(hasLiveHostileMarkup(out.html)).toBe(false);
      expect(out.html.split(ESCAPED_SCRIPT).length - 1).toBeGreaterThan(40);
    }
  });

  it('is empty when no strategy has anything in the five elements', () => {
    expect(strategySection(emptyContext('en')).empty).toBe(true);
    const out = strategySection({ ...sampleContext('en'), strategies: [blank('s1', 'Blank')] });
    expect(out.empty).toBe(true);
    expect(visibleText(out.html)).toContain('Blank Nothing written for this strategy yet.');
    expect(out.html).not.toContain('<h3>');
  });

  it('counts any one element as content and says what is missing in the others', () => {
    const strategy = blank('s1', 'S');
    expect(hasStrategyContent(strategy)).toBe(false);
    const withChannel = { ...strategy, channels: { items: [{ id: 'c1', type: 'retail' as const, name: 'Shops', role: '', costPercent: null, targetSharePercent: 60, owner: '' }], notes: '' } };
    expect(hasStrategyContent(withChannel)).toBe(true);
    // An unchosen segment is not part of the target market.
    expect(hasStrategyContent({ ...strategy, targetMarket: { ...strategy.targetMarket, segments: [{ id: 'g', name: 'G', description: '', sizeEstimate: null, sizeUnit: 'units', growthPercent: null, attractiveness: 3, chosen: false }] } })).toBe(false);
    const text = visibleText(strategySection({ ...sampleContext('en'), strategies: [withChannel] }).html);
    expect(text).toContain('No target segments chosen yet.');
    expect(text).toContain('No positioning statement yet.');
    expect(text).toContain('No price tiers yet.');
    expect(text).toContain('Target shares add up to 60%: 40% is not assigned to a channel.');
    expect(text).toContain('No promotion items yet.');
  });
});
