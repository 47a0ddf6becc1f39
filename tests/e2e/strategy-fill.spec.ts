import { expect, test, type Locator, type Page } from '@playwright/test';
import { StrategyPage } from './pages/StrategyPage';
import { startWebApp, type WebApp } from './support/webApp';
import { strategyOnDisk, type Json } from './support/strategyOnDisk';

/**
 * A new strategy with every block of its canvas filled in, saved, and all of it back after the
 * web server restarts (on screen and in the file). Starts its own server and data folder.
 */

let app: WebApp | null = null;
test.afterEach(async ({ context }) => {
  // The browser goes first: the web server's shutdown can wait for the page's open connections.
  await context.close();
  await app?.stop();
  app = null;
});

/** Everything typed into the new strategy, reused to check it after the restart. */
const NEW = {
  header: { 'Strategy name': 'Lumen office kettle', Product: 'Lumen K1', Market: 'Offices in Shanghai', Currency: 'EUR' },
  source: { Title: 'Facility managers survey', 'Link or reference': 'https://survey.example/2026', Date: '2026-03-15' },
  sourceConfidence: 'High',
  finding: 'Offices replace pantry kettles every two years, mostly in spring.',
  findingConfidence: 'Low',
  competitor: { Name: 'Boilmaster', Website: 'https://boilmaster.example', 'Typical price': '55.5', Strengths: 'Cheap, everywhere' },
  competitorLevel: 'Low',
  segment: { Segment: 'Tech offices', Description: '20–200 people, free drinks', 'Size estimate': '12,000', 'Growth per year': '8.5' },
  segmentStars: 4,
  persona: { Name: 'Li, office manager', Role: 'Buyer', Goals: 'No complaints from the team', Pains: 'Kettles break often' },
  sizing: { 'TAM — total addressable market': '5,000,000', 'SAM — serviceable available market': '800,000', 'SOM — serviceable obtainable market': '40,000' },
  statement: {
    'For (target customer)': 'office managers',
    'who (need)': 'need hot water for 50 people at once',
    'the product': 'Lumen K1',
    'is a (category)': 'pantry kettle',
    'that (key benefit)': 'boils 5 litres in four minutes',
    'Unlike (competitor)': 'Boilmaster',
    'it (differentiator)': 'warns before it needs descaling',
  },
  preview: 'For office managers who need hot water for 50 people at once, Lumen K1 is a pantry kettle that boils 5 litres in four minutes. Unlike Boilmaster, it warns before it needs descaling.',
  differentiation: 'Descaling alert on the lid',
  xAxis: { 'Low end': 'Small', 'High end': 'Large capacity' },
  yAxis: { 'Low end': 'Plain', 'High end': 'Connected' },
  own: { x: '7.5', y: '8' },
  rival: { x: '3', y: '2.5' },
  pricingType: 'Cost-plus',
  tier: { Tier: 'Office', Price: '80', 'What is included': 'Kettle, wall mount' },
  costs: { 'Unit variable cost': '30', 'Fixed costs': '10,000' },
  discount: '10 % off from five kettles',
  channels: [
    { Name: 'Own web shop', Role: 'Direct orders', 'Cost (% of revenue)': '5', 'Target share': '60', Owner: 'Mia' },
    { Name: 'Office supply dealers', Role: 'Reach', 'Cost (% of revenue)': '20', 'Target share': '40', Owner: 'Tom' },
  ],
  secondChannelType: 'Distributor / agent',
  promotion: { Budget: '2,500', Objective: 'Win 30 office accounts', 'Key message': 'Hot water for everyone, no queue', KPI: '30 accounts by June' },
  promotionType: 'Direct marketing',
  implementation: 'Sales calls every Monday; the team reviews accounts won each month.',
  cadence: '6',
  researchNotes: 'Ask dealers for their return rates.',
} as const;

test('every block of a new strategy is saved and comes back after a server restart', async ({ page }) => {
  test.setTimeout(120_000);
  app = await startWebApp();
  const canvas = new StrategyPage(page);
  await canvas.open(app.url);
  const id = await canvas.createStrategy();
  await canvas.fillHeader(NEW.header);

  // 1 Research: a source, a finding, a competitor with a price, the block's notes.
  const research = canvas.block('Market research');
  const source = await canvas.addItem(canvas.list(research, 'Sources'), 'Add source');
  await canvas.fillAll(source, NEW.source);
  await canvas.choose(source, 'Confidence', NEW.sourceConfidence);
  const finding = await canvas.addItem(canvas.list(research, 'Findings'), 'Add finding');
  await canvas.fill(finding, 'Finding', NEW.finding);
  await canvas.choose(finding, 'Confidence', NEW.findingConfidence);
  await canvas.choose(finding, 'Source', NEW.source.Title);
  const competitor = await canvas.addItem(canvas.list(research, 'Competitors'), 'Add competitor');
  await canvas.fillAll(competitor, NEW.competitor);
  await canvas.choose(competitor, 'Price level', NEW.competitorLevel);
  await canvas.commit(canvas.blockNotes(research), NEW.researchNotes);

  // 2 Target market: a chosen segment, a persona, TAM/SAM/SOM.
  await canvas.openStep('targetMarket');
  const target = canvas.block('Target market');
  const segment = await canvas.addItem(canvas.list(target, 'Segments'), 'Add segment');
  await canvas.fillAll(segment, NEW.segment);
  await canvas.rate(segment, NEW.segmentStars);
  await segment.getByRole('checkbox', { name: 'We serve this segment' }).check();
  const persona = await canvas.addItem(canvas.list(target, 'Personas'), 'Add persona');
  await canvas.fillAll(persona, NEW.persona);
  await canvas.fillAll(target, NEW.sizing);
  await expect(target.getByText('SAM is 16% of TAM', { exact: true })).toBeVisible();
  await expect(target.getByText('SOM is 5% of SAM', { exact: true })).toBeVisible();

  // 3 Positioning: the statement (live preview), a differentiation point, the axes, two points.
  await canvas.openStep('positioning');
  const positioning = canvas.block('Positioning');
  await canvas.fillAll(positioning, NEW.statement);
  await expect(canvas.statementPreview()).toHaveText(NEW.preview);
  const point = await canvas.addItem(canvas.list(positioning, 'Differentiation points'), 'Add point');
  await canvas.fill(point, 'Point', NEW.differentiation);
  await canvas.choose(point, 'Against', NEW.competitor.Name);
  await canvas.fillAll(canvas.axis('Horizontal axis'), NEW.xAxis);
  await canvas.fillAll(canvas.axis('Vertical axis'), NEW.yAxis);
  // The own product is listed under the product's name until its point gets a label of its own.
  await canvas.placeOnMap(NEW.header.Product, NEW.own.x, NEW.own.y);
  await canvas.placeOnMap(NEW.competitor.Name, NEW.rival.x, NEW.rival.y);

  // 4 Price & channel: strategy type, a tier, costs -> break-even, discount policy; two channels.
  await canvas.openStep('priceChannel');
  const pricing = canvas.block('Pricing');
  const type = pricing.getByRole('radio', { name: new RegExp(`^${NEW.pricingType} `) });
  await type.click();
  await expect(type).toBeChecked();
  const tier = await canvas.addItem(canvas.list(pricing, 'Price tiers'), 'Add tier');
  await canvas.fillAll(tier, NEW.tier);
  await canvas.choose(tier, 'Target segment', NEW.segment.Segment);
  await canvas.fillAll(pricing, NEW.costs);
  // By hand: 80 - 30 = 50 per unit; 10,000 / 50 = 200 units; 200 x 80 = 16,000.
  await expect(canvas.breakEvenFigure('Break-even volume')).toHaveText('200 units');
  await expect(canvas.breakEvenFigure('Break-even revenue')).toHaveText('€16,000');
  await expect(canvas.breakEvenFigure('Contribution per unit')).toHaveText('€50');
  await canvas.fill(pricing, 'Discount policy', NEW.discount);

  const channels = canvas.block('Channels');
  const channelList = canvas.list(channels, 'Channel list');
  const first = await canvas.addItem(channelList, 'Add channel');
  await canvas.fillAll(first, NEW.channels[0]);
  await expect(channels.getByRole('status')).toHaveText('Target shares add up to 60%, not 100%: 40% is not assigned to a channel.');
  const second = await canvas.addItem(channelList, 'Add channel');
  await canvas.choose(second, 'Type', NEW.secondChannelType);
  await canvas.fillAll(second, NEW.channels[1]);
  await expect(channels.getByRole('status')).toHaveText('Target shares add up to 100%.');

  // 5 Promotion: one item with objective, key message, budget and KPI.
  await canvas.openStep('promotion');
  const promotion = canvas.block('Promotion');
  const item = await canvas.addItem(canvas.list(promotion, 'Promotion mix'), 'Add promotion item');
  await canvas.choose(item, 'Type', NEW.promotionType);
  await canvas.fillAll(item, NEW.promotion);
  await expect(promotion.getByText('Promotion budget in total: €2,500', { exact: true })).toBeVisible();

  // 6 Implementation & monitoring: the plan and the review cadence.
  await canvas.openStep('implementation');
  const implementation = canvas.block('Implementation & monitoring');
  await canvas.fill(implementation, 'Implementation and monitoring plan', NEW.implementation);
  await canvas.fill(implementation, 'Review every (weeks)', NEW.cadence);
  // Every block is now complete.
  for (let step = 1; step <= 6; step += 1) await expect(canvas.stepTab(step)).toHaveAccessibleName(/100% complete$/);

  await canvas.shell.expectAllSaved();
  const dataDir = app.dataDir;
  await app.stop();
  app = await startWebApp({ dataDir });
  await canvas.open(app.url, id);
  await page.reload();
  await expectNewStrategyShown(canvas, page);

  const saved = await strategyOnDisk(dataDir, id);
  expect(saved).toMatchObject({
    name: NEW.header['Strategy name'], product: 'Lumen K1', market: 'Offices in Shanghai', currency: 'EUR',
    research: { notes: NEW.researchNotes },
    targetMarket: { marketSize: { tam: 5_000_000, sam: 800_000, som: 40_000 } },
    pricing: { strategyType: 'cost-plus', unitVariableCost: 30, fixedCosts: 10_000, discountPolicy: NEW.discount },
    implementation: { notes: NEW.implementation, reviewCadenceWeeks: 6 },
  });
  expect(saved.research.sources).toMatchObject([{ title: NEW.source.Title, date: '2026-03-15', confidence: 'high' }]);
  expect(saved.research.competitors).toMatchObject([{ name: 'Boilmaster', price: 55.5, priceLevel: 'low' }]);
  expect(saved.targetMarket.segments).toMatchObject([{ name: 'Tech offices', sizeEstimate: 12_000, growthPercent: 8.5, attractiveness: 4, chosen: true }]);
  expect(saved.positioning.statement.differentiator).toBe('warns before it needs descaling');
  expect(saved.positioning.map.points).toEqual(expect.arrayContaining([
    expect.objectContaining({ kind: 'own', x: 7.5, y: 8 }),
    expect.objectContaining({ kind: 'competitor', competitorId: saved.research.competitors[0].id, x: 3, y: 2.5 }),
  ]));
  expect(saved.pricing.tiers).toMatchObject([{ name: 'Office', price: 80, segmentId: saved.targetMarket.segments[0].id }]);
  expect(saved.channels.items.map((channel: Json) => [channel.type, channel.targetSharePercent])).toEqual([['online-store', 60], ['distributor', 40]]);
  expect(saved.promotion.items).toMatchObject([{ type: 'direct-marketing', budget: 2500, kpi: '30 accounts by June' }]);
});

/** After the restart: every value typed into the new strategy is on its canvas again. */
async function expectNewStrategyShown(canvas: StrategyPage, page: Page): Promise<void> {
  const values = async (scope: Locator, expected: Record<string, string>) => {
    for (const [label, value] of Object.entries(expected)) await expect(canvas.field(scope, label), label).toHaveValue(value);
  };
  const selected = async (scope: Locator, label: string, value: string) => {
    await expect(scope.getByRole('combobox', { name: label, exact: true }), label).toHaveValue(value);
  };
  await values(page.getByRole('main'), NEW.header);

  const research = canvas.block('Market research');
  const source = canvas.cards(canvas.list(research, 'Sources'));
  await expect(source).toHaveCount(1);
  await values(source, NEW.source);
  await selected(source, 'Confidence', NEW.sourceConfidence);
  const finding = canvas.cards(canvas.list(research, 'Findings'));
  await expect(finding).toHaveCount(1);
  await values(finding, { Finding: NEW.finding });
  await selected(finding, 'Confidence', NEW.findingConfidence);
  await selected(finding, 'Source', NEW.source.Title);
  const competitor = canvas.cards(canvas.list(research, 'Competitors'));
  await expect(competitor).toHaveCount(1);
  await values(competitor, NEW.competitor);
  await selected(competitor, 'Price level', NEW.competitorLevel);
  await expect(canvas.blockNotes(research)).toHaveValue(NEW.researchNotes);

  await canvas.openStep('targetMarket');
  const target = canvas.block('Target market');
  const segment = canvas.cards(canvas.list(target, 'Segments'));
  await expect(segment).toHaveCount(1);
  await values(segment, NEW.segment);
  await expect(segment.getByRole('radio', { name: String(NEW.segmentStars), exact: true })).toBeChecked();
  await expect(segment.getByRole('checkbox', { name: 'We serve this segment' })).toBeChecked();
  const persona = canvas.cards(canvas.list(target, 'Personas'));
  await expect(persona).toHaveCount(1);
  await values(persona, NEW.persona);
  await values(target, NEW.sizing);

  await canvas.openStep('positioning');
  const positioning = canvas.block('Positioning');
  await values(positioning, NEW.statement);
  await expect(canvas.statementPreview()).toHaveText(NEW.preview);
  const point = canvas.cards(canvas.list(positioning, 'Differentiation points'));
  await expect(point).toHaveCount(1);
  await values(point, { Point: NEW.differentiation });
  await selected(point, 'Against', NEW.competitor.Name);
  await values(canvas.axis('Horizontal axis'), NEW.xAxis);
  await values(canvas.axis('Vertical axis'), NEW.yAxis);
  await expect(canvas.mapCoordinate(NEW.header.Product, 'x')).toHaveValue(NEW.own.x);
  await expect(canvas.mapCoordinate(NEW.header.Product, 'y')).toHaveValue(NEW.own.y);
  await expect(canvas.mapCoordinate(NEW.competitor.Name, 'x')).toHaveValue(NEW.rival.x);
  await expect(canvas.mapCoordinate(NEW.competitor.Name, 'y')).toHaveValue(NEW.rival.y);

  await canvas.openStep('priceChannel');
  const pricing = canvas.block('Pricing');
  await expect(pricing.getByRole('radio', { name: new RegExp(`^${NEW.pricingType} `) })).toBeChecked();
  const tier = canvas.cards(canvas.list(pricing, 'Price tiers'));
  await expect(tier).toHaveCount(1);
  await values(tier, NEW.tier);
  await selected(tier, 'Target segment', NEW.segment.Segment);
  await values(pricing, { ...NEW.costs, 'Discount policy': NEW.discount });
  await expect(canvas.breakEvenFigure('Break-even volume')).toHaveText('200 units');
  const channels = canvas.block('Channels');
  const channelCards = canvas.cards(canvas.list(channels, 'Channel list'));
  await expect(channelCards).toHaveCount(2);
  await values(channelCards.nth(0), NEW.channels[0]);
  await selected(channelCards.nth(0), 'Type', 'Online store');
  await values(channelCards.nth(1), NEW.channels[1]);
  await selected(channelCards.nth(1), 'Type', NEW.secondChannelType);
  await expect(channels.getByRole('status')).toHaveText('Target shares add up to 100%.');

  await canvas.openStep('promotion');
  const item = canvas.cards(canvas.list(canvas.block('Promotion'), 'Promotion mix'));
  await expect(item).toHaveCount(1);
  await values(item, NEW.promotion);
  await selected(item, 'Type', NEW.promotionType);

  await canvas.openStep('implementation');
  const implementation = canvas.block('Implementation & monitoring');
  await values(implementation, { 'Implementation and monitoring plan': NEW.implementation, 'Review every (weeks)': NEW.cadence });
}
