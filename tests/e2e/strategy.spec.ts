import { expect, test, type Locator, type Page } from '@playwright/test';
import { drawnPixels, StrategyPage, waitForChartAtRest } from './pages/StrategyPage';
import { startWebApp, type WebApp } from './support/webApp';
import { strategyOnDisk, workspaceOnDisk, type Json } from './support/strategyOnDisk';

/**
 * The strategy canvas in web mode (filling every block is in strategy-fill.spec.ts): the charts drawn, invalid numbers kept but never saved, the Chinese headings, duplicate / delete /
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
