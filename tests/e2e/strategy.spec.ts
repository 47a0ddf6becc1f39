import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { drawnPixels, StrategyPage, waitForChartAtRest } from './pages/StrategyPage';
import { startWebApp, type WebApp } from './support/webApp';

/**
 * The strategy canvas in web mode: every block filled and still there after a restart, the
 * charts drawn, invalid numbers kept but never saved, the Chinese headings, duplicate / delete /
 * undo / compare, and the channel-share warning. Each test starts its own server and data folder.
 */

let app: WebApp | null = null;
test.afterEach(async ({ context }) => {
  // The browser goes first: the web server's shutdown can wait for the page's open connections.
  await context.close();
  await app?.stop();
  app = null;
});

const SAMPLE_ID = 'str_kettle';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the file is checked field by field below
type Json = any;

async function workspaceOnDisk(dataDir: string): Promise<Json> {
  return JSON.parse(await readFile(join(dataDir, 'Stratboard workspace.json'), 'utf8'));
}

async function strategyOnDisk(dataDir: string, id: string): Promise<Json> {
  const strategy = (await workspaceOnDisk(dataDir)).strategies.find((candidate: Json) => candidate.id === id);
  expect(strategy, `strategy ${id} in the saved file`).toBeTruthy();
  return strategy;
}

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

test('the perceptual map and the break-even chart draw, and a dragged map point is saved', async ({ page }) => {
  app = await startWebApp();
  const canvas = new StrategyPage(page);
  await canvas.open(app.url, SAMPLE_ID);

  await canvas.openStep('priceChannel');
  await expect(canvas.breakEvenChart()).toBeVisible();
  await expect.poll(() => drawnPixels(canvas.breakEvenChart()), { message: 'break-even chart pixels' }).toBeGreaterThan(1000);

  await canvas.openStep('positioning');
  const map = canvas.perceptualMap();
  await expect(map).toBeVisible();
  await expect.poll(() => drawnPixels(map), { message: 'perceptual map pixels' }).toBeGreaterThan(1000);
  await map.scrollIntoViewIfNeeded();
  await waitForChartAtRest(map);

  // The sample's own product sits at 6.5 / 8.5; find it under the pointer (the cursor turns to "grab").
  const ownX = canvas.mapCoordinate('Brightleaf S2', 'x');
  const ownY = canvas.mapCoordinate('Brightleaf S2', 'y');
  await expect(ownX).toHaveValue('6.5');
  await expect(ownY).toHaveValue('8.5');
  const start = await findGrabbablePoint(page, map, { x: 0.65, y: 1 - 0.85 });
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  for (let i = 1; i <= 8; i += 1) await page.mouse.move(start.x - 12 * i, start.y + 10 * i);
  await page.mouse.up();
  // The point stays where it was dropped.
  await waitForChartAtRest(map);
  await page.mouse.move(start.x - 96, start.y + 80);
  await expect.poll(() => map.evaluate((element) => (element as HTMLElement).style.cursor)).toBe('grab');

  await expect(ownX).not.toHaveValue('6.5');
  await expect(ownY).not.toHaveValue('8.5');
  const x = Number(await ownX.inputValue());
  const y = Number(await ownY.inputValue());
  expect(x).toBeLessThan(6.5);
  expect(y).toBeLessThan(8.5);
  await canvas.shell.expectAllSaved();
  const saved = await strategyOnDisk(app.dataDir, SAMPLE_ID);
  expect(saved.positioning.map.points.find((point: Json) => point.kind === 'own')).toMatchObject({ x, y });
  // The competitors stayed where they were.
  expect(saved.positioning.map.points.find((point: Json) => point.competitorId === 'cpt_1')).toMatchObject({ x: 5, y: 5 });
});

/**
 * Moves the mouse over the chart, starting from a guess (fractions of the canvas box) and
 * spiralling outwards, until the chart shows the "grab" cursor: a point is under the pointer.
 */
async function findGrabbablePoint(page: Page, chart: Locator, guess: { x: number; y: number }): Promise<{ x: number; y: number }> {
  await chart.scrollIntoViewIfNeeded();
  const box = await chart.boundingBox();
  if (!box) throw new Error('the chart has no box');
  const cx = box.x + box.width * guess.x;
  const cy = box.y + box.height * guess.y;
  const step = 5;
  for (let ring = 0; ring <= 12; ring += 1) {
    for (let dx = -ring; dx <= ring; dx += 1) {
      for (let dy = -ring; dy <= ring; dy += 1) {
        if (Math.max(Math.abs(dx), Math.abs(dy)) !== ring) continue;
        const x = cx + dx * step;
        const y = cy + dy * step;
        if (x < box.x || y < box.y || x > box.x + box.width || y > box.y + box.height) continue;
        await page.mouse.move(x, y);
        if ((await chart.evaluate((element) => (element as HTMLElement).style.cursor)) === 'grab') return { x, y };
      }
    }
  }
  throw new Error('no draggable point found on the chart');
}

test('invalid numbers show their message, stay in the field and are never saved', async ({ page }) => {
  app = await startWebApp();
  const canvas = new StrategyPage(page);
  await canvas.open(app.url, SAMPLE_ID);
  await canvas.openStep('priceChannel');
  const pricing = canvas.block('Pricing');
  const basic = canvas.cards(canvas.list(pricing, 'Price tiers')).first();
  await expect(canvas.field(basic, 'Tier')).toHaveValue('S2 Basic');
  const basicPrice = canvas.field(basic, 'Price');
  await expect(basicPrice).toHaveValue('60');

  await canvas.commit(basicPrice, '-5');
  await expect(basic.getByText('Must be 0 or more', { exact: true })).toBeVisible();
  await expect(basicPrice).toHaveAttribute('aria-invalid', 'true');

  const channels = canvas.block('Channels');
  const ownStore = canvas.cards(canvas.list(channels, 'Channel list')).first();
  const share = canvas.field(ownStore, 'Target share');
  await expect(share).toHaveValue('30');
  await canvas.commit(share, '120');
  await expect(ownStore.getByText('Must be between 0 and 100', { exact: true })).toBeVisible();
  await expect(channels.getByRole('status')).toHaveText('Target shares add up to 100%.'); // the mix still uses the saved 30 %

  const fixedCosts = canvas.field(pricing, 'Fixed costs');
  await canvas.commit(fixedCosts, 'abc');
  await expect(pricing.getByText('Enter a number, such as 1200 or 15.5', { exact: true })).toBeVisible();

  // Nothing typed is lost: the drafts are still there after other fields were edited.
  await canvas.fill(pricing, 'Unit variable cost', '31');
  await expect(basicPrice).toHaveValue('-5');
  await expect(share).toHaveValue('120');
  await expect(fixedCosts).toHaveValue('abc');

  // Correcting one field saves it (and only it).
  await canvas.commit(fixedCosts, '258,000');
  await expect(pricing.getByText('Enter a number, such as 1200 or 15.5', { exact: true })).toBeHidden();
  // By hand, at the break-even tier S2 Connect: 75 - 31 = 44 per unit; 258,000 / 44 = 5,863.6 -> 5,864 units; x 75 = 439,800.
  await expect(canvas.breakEvenFigure('Break-even volume')).toHaveText('5,864 units');
  await expect(canvas.breakEvenFigure('Break-even revenue')).toHaveText('$439,800');
  await canvas.shell.expectAllSaved();
  let saved = await strategyOnDisk(app.dataDir, SAMPLE_ID);
  expect(saved.pricing).toMatchObject({ fixedCosts: 258_000, unitVariableCost: 31 });
  expect(saved.pricing.tiers.find((tier: Json) => tier.name === 'S2 Basic').price).toBe(60);
  expect(saved.channels.items[0].targetSharePercent).toBe(30);
  await expect(basicPrice).toHaveValue('-5');
  await expect(share).toHaveValue('120');

  // A price at or below the unit variable cost has no break-even, and says why.
  const connect = canvas.cards(canvas.list(pricing, 'Price tiers')).nth(1);
  await canvas.fill(connect, 'Price', '25');
  await expect(pricing.getByText('No break-even: the price ($25) is not above the unit variable cost ($31), so every sale loses money.', { exact: true })).toBeVisible();
  await expect(canvas.breakEvenChart()).toHaveCount(0);
  await canvas.shell.expectAllSaved();
  saved = await strategyOnDisk(app.dataDir, SAMPLE_ID);
  expect(saved.pricing.tiers.find((tier: Json) => tier.name === 'S2 Connect').price).toBe(25);
});

test('the Chinese UI shows the Chinese step names and block headings', async ({ page }) => {
  app = await startWebApp();
  const canvas = new StrategyPage(page);
  await canvas.open(app.url, SAMPLE_ID);
  await canvas.shell.switchLanguage('简体中文');
  await expect(page.getByRole('heading', { level: 1, name: '策略', exact: true })).toBeVisible();

  const tabs = ['1 调研', '2 目标市场', '3 定位', '4 价格与渠道', '5 促销', '6 实施与监控'];
  const tabNames = await page.getByRole('tab').allInnerTexts();
  expect(tabNames.map((name) => name.replace(/\s+/g, ' ').replace(/ \d+%$/, '').trim())).toEqual(tabs);

  const headings: Array<[number, string[]]> = [[1, ['市场调研']], [2, ['目标市场']], [3, ['定位']], [4, ['定价', '渠道']], [5, ['促销']], [6, ['实施与监控']]];
  for (const [step, names] of headings) {
    await canvas.openStep(step);
    await expect(page.getByRole('heading', { level: 2 })).toHaveText(names);
    for (const name of names) await expect(canvas.block(name)).toBeVisible();
  }
});

test('duplicate, delete with confirmation, undo, and compare two strategies', async ({ page }) => {
  app = await startWebApp();
  const canvas = new StrategyPage(page);
  await canvas.open(app.url, SAMPLE_ID);
  const original = 'Smart kettle — urban young professionals';
  const copy = `${original} (copy)`;

  await canvas.strategyAction('Duplicate');
  await expect(canvas.headerField('Strategy name')).toHaveValue(copy);
  const copyId = canvas.currentStrategyId();
  expect(copyId).not.toBe(SAMPLE_ID);
  await expect(canvas.strategyList().getByRole('link')).toHaveCount(2);
  // Change the copy's price so the comparison has something to tell apart.
  await canvas.openStep('priceChannel');
  const copyBasic = canvas.cards(canvas.list(canvas.block('Pricing'), 'Price tiers')).first();
  await canvas.fill(copyBasic, 'Price', '65');
  await canvas.shell.expectAllSaved();

  // Delete asks first; Cancel keeps it.
  await canvas.strategyAction('Delete…');
  const dialog = page.getByRole('dialog', { name: 'Delete this strategy?' });
  await expect(dialog).toContainText(`“${copy}” and everything on its canvas will be removed.`);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await expect(canvas.strategyList().getByRole('link')).toHaveCount(2);

  // Delete, then Undo in the notice.
  await canvas.deleteCurrentStrategy();
  await expect(canvas.strategyList().getByRole('link')).toHaveCount(1);
  await expect(canvas.strategyLink(copy)).toHaveCount(0);
  const notice = page.getByRole('alert').filter({ hasText: `Deleted “${copy}”.` });
  await expect(notice).toBeVisible();
  await canvas.shell.expectAllSaved();
  expect((await workspaceOnDisk(app.dataDir)).strategies.map((s: Json) => s.id)).toEqual([SAMPLE_ID]);
  await notice.getByRole('button', { name: 'Undo' }).click();
  await expect(canvas.strategyLink(copy)).toBeVisible();
  await canvas.shell.expectAllSaved();
  expect((await workspaceOnDisk(app.dataDir)).strategies.map((s: Json) => s.id)).toEqual([SAMPLE_ID, copyId]);

  // Delete again, then Ctrl+Z outside a text field.
  await canvas.strategyLink(copy).click();
  await expect(canvas.headerField('Strategy name')).toHaveValue(copy);
  await canvas.deleteCurrentStrategy();
  await expect(canvas.strategyLink(copy)).toHaveCount(0);
  await page.getByRole('heading', { level: 1 }).click();
  await page.keyboard.press('Control+z');
  await expect(canvas.strategyLink(copy)).toBeVisible();
  await canvas.shell.expectAllSaved();
  const restored = await strategyOnDisk(app.dataDir, copyId);
  expect(restored.pricing.tiers[0].price).toBe(65);

  // Compare: the two strategies side by side, positioning and pricing.
  await canvas.openCompare();
  const header = page.getByRole('columnheader');
  await expect(header.nth(1)).toHaveText(original);
  await expect(header.nth(2)).toHaveText(copy);
  const statement = 'For urban young professionals who want the right water temperature for every drink, Brightleaf Smart Kettle is a smart kettle that heats to the exact degree and keeps it warm from your phone. Unlike Kettlo, it combines a design-award body with an app that just works.';
  await expect(canvas.compareRow('Positioning statement').getByRole('cell')).toHaveText([statement, statement]);
  await expect(canvas.compareRow('Pricing strategy').getByRole('cell')).toHaveText([/^Value-based/, /^Value-based/]);
  const tiers = canvas.compareRow('Price tiers').getByRole('cell');
  await expect(tiers.nth(0)).toContainText('S2 Basic: $60');
  await expect(tiers.nth(1)).toContainText('S2 Basic: $65');
  await expect(canvas.compareRow('Break-even').getByRole('cell')).toHaveText([/^6,280 units · \$471,000/, /^6,280 units · \$471,000/]);
  await expect(canvas.compareRow('Perceptual map').getByRole('img')).toHaveCount(2);
  for (const chart of await canvas.compareRow('Perceptual map').getByRole('img').all()) {
    await expect.poll(() => drawnPixels(chart)).toBeGreaterThan(1000);
  }
});

test('the channel mix warns when target shares do not add up to 100 %', async ({ page }) => {
  app = await startWebApp();
  const canvas = new StrategyPage(page);
  await canvas.open(app.url, SAMPLE_ID);
  await canvas.openStep('priceChannel');
  const channels = canvas.block('Channels');
  const status = channels.getByRole('status');
  const share = canvas.field(canvas.cards(canvas.list(channels, 'Channel list')).first(), 'Target share');
  await expect(status).toHaveText('Target shares add up to 100%.');

  await canvas.commit(share, '20');
  await expect(status).toHaveText('Target shares add up to 90%, not 100%: 10% is not assigned to a channel.');
  await expect(canvas.stepTab('priceChannel')).not.toHaveAccessibleName(/100% complete$/);
  await canvas.commit(share, '42.5');
  await expect(status).toHaveText('Target shares add up to 112.5%, more than 100%: reduce them by 12.5%.');
  await canvas.shell.expectAllSaved();
  expect((await strategyOnDisk(app.dataDir, SAMPLE_ID)).channels.items[0].targetSharePercent).toBe(42.5);

  // A new channel without a share is counted as such.
  await canvas.addItem(canvas.list(channels, 'Channel list'), 'Add channel');
  await expect(channels.getByText('1 channel(s) have no target share yet.', { exact: true })).toBeVisible();
  await canvas.commit(share, '30');
  await expect(status).toHaveText('Target shares add up to 100%.');
});
