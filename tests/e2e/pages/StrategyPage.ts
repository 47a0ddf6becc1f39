import { expect, type Locator, type Page } from '@playwright/test';
import { AppShellPage } from './AppShellPage';

/** The six steps of the canvas, in tab order (tab n reads "n <step name>" plus its completeness badge). */
export const STEPS = {
  research: 1,
  targetMarket: 2,
  positioning: 3,
  priceChannel: 4,
  promotion: 5,
  implementation: 6,
} as const;
export type Step = keyof typeof STEPS;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The Strategy area: the list of strategies, the canvas of one strategy (header, six step tabs,
 * one <section aria-labelledby> per block with an h2 heading) and the comparison.
 *
 * Fields are found by their label inside a scope (a block, an item card, a fieldset) and
 * committed the way a person does: by leaving the field (Tab), which works for single-line and
 * multi-line fields alike.
 */
export class StrategyPage {
  readonly shell: AppShellPage;

  constructor(readonly page: Page) {
    this.shell = new AppShellPage(page);
  }

  /** Opens the app at `url`, on the given strategy's canvas or on the area's first strategy. */
  async open(url: string, strategyId?: string): Promise<void> {
    await this.shell.open(`${url}#/strategy${strategyId ? `/${strategyId}` : ''}`);
    await expect(this.page.getByRole('heading', { level: 1 })).toBeVisible();
  }

  /** Goes to the Strategy area from anywhere in the app (the side navigation's link). */
  async openArea(): Promise<void> {
    await this.page.getByRole('navigation').first().getByRole('link', { name: /^(Strategy|策略)$/ }).click();
    await expect(this.page).toHaveURL(/#\/strategy/);
  }

  /** Clicks "New strategy", waits for its empty canvas and returns its id (from the route). */
  async createStrategy(): Promise<string> {
    const before = this.page.url();
    await this.page.getByRole('button', { name: 'New strategy', exact: true }).click();
    await expect(this.page).not.toHaveURL(before);
    await expect(this.page).toHaveURL(/#\/strategy\/str_[^/]+$/);
    await expect(this.headerField('Strategy name')).toHaveValue('New strategy');
    return this.currentStrategyId();
  }

  currentStrategyId(): string {
    const match = /#\/strategy\/([^/?]+)$/.exec(this.page.url());
    if (!match) throw new Error(`not on a strategy canvas: ${this.page.url()}`);
    return decodeURIComponent(match[1]!);
  }

  /** The list of strategies beside the canvas. */
  strategyList(): Locator {
    return this.page.getByRole('navigation', { name: /^(Strategies|策略列表)$/ });
  }

  strategyLink(name: string): Locator {
    return this.strategyList().getByRole('link', { name: new RegExp(`^${escapeRegExp(name)}`) });
  }

  // ---- header -------------------------------------------------------------------------------

  /** Strategy name, Product, Market, Currency. */
  headerField(label: string): Locator {
    return this.page.getByRole('main').getByRole('textbox', { name: label, exact: true }).first();
  }

  async fillHeader(values: Partial<Record<'Strategy name' | 'Product' | 'Market' | 'Currency', string>>): Promise<void> {
    for (const [label, value] of Object.entries(values)) await this.commit(this.headerField(label), value);
  }

  async strategyAction(action: 'Duplicate' | 'Delete…'): Promise<void> {
    await this.page.getByRole('button', { name: 'Strategy actions' }).click();
    await this.page.getByRole('menuitem', { name: action }).click();
  }

  /** Strategy actions ▸ Delete…, then confirms in the dialog. */
  async deleteCurrentStrategy(): Promise<void> {
    await this.strategyAction('Delete…');
    const dialog = this.page.getByRole('dialog', { name: 'Delete this strategy?' });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'Delete strategy' }).click();
    await expect(dialog).toBeHidden();
  }

  // ---- steps and blocks ---------------------------------------------------------------------

  /** The tab of step n (1–6), in any UI language: its name starts with the step's number. */
  stepTab(step: Step | number): Locator {
    const n = typeof step === 'number' ? step : STEPS[step];
    return this.page.getByRole('tab', { name: new RegExp(`^${n}\\s`) });
  }

  async openStep(step: Step | number): Promise<void> {
    const tab = this.stepTab(step);
    await tab.click();
    await expect(tab).toHaveAttribute('aria-selected', 'true');
  }

  /** A canvas block: the <section> named by its h2 ("Market research", "Pricing", "定价"…). */
  block(heading: string): Locator {
    return this.page.getByRole('region', { name: heading, exact: true });
  }

  /** The h2 heading of a block, exactly as worded. */
  blockHeading(heading: string): Locator {
    return this.page.getByRole('heading', { level: 2, name: heading, exact: true });
  }

  /** A text or number field by its label within a scope (a block, a card, a fieldset). */
  field(scope: Locator, label: string): Locator {
    return scope.getByRole('textbox', { name: label, exact: true });
  }

  /** The block's own free-notes field (the last "Notes" in the block; item cards may have their own). */
  blockNotes(block: Locator): Locator {
    return this.field(block, 'Notes').last();
  }

  /** Types a value and leaves the field, which commits it when it is valid. */
  async commit(field: Locator, value: string): Promise<void> {
    await field.fill(value);
    await field.press('Tab');
    await expect(field).toHaveValue(value);
  }

  async fill(scope: Locator, label: string, value: string): Promise<void> {
    await this.commit(this.field(scope, label), value);
  }

  /** Fills several fields of one scope, in order: `{ Title: 'Survey', Date: '2026-03-15' }`. */
  async fillAll(scope: Locator, values: Record<string, string>): Promise<void> {
    for (const [label, value] of Object.entries(values)) await this.fill(scope, label, value);
  }

  /** Picks an option of a select (Confidence, Price level, Type…), which saves it at once. */
  async choose(scope: Locator, label: string, option: string): Promise<void> {
    const select = scope.getByRole('combobox', { name: label, exact: true });
    await select.click();
    await this.page.getByRole('option', { name: option, exact: true }).click();
    await expect(select).toHaveValue(option);
  }

  /** Sets a 1–5 rating (attractiveness) in a scope. */
  async rate(scope: Locator, stars: number): Promise<void> {
    const star = scope.getByRole('radio', { name: String(stars), exact: true });
    // Mantine keeps the radio inputs hidden; a person clicks the star, which is the input's label.
    const id = await star.getAttribute('id');
    await scope.locator(`label[for="${id}"]`).click();
    await expect(star).toBeChecked();
  }

  // ---- lists of records (sources, segments, tiers, channels…) -------------------------------

  /** A titled list inside a block ("Sources", "Price tiers"…): its h3 heading sits two levels below the list's container. */
  list(block: Locator, title: string): Locator {
    return block.getByRole('heading', { level: 3, name: title, exact: true }).locator('xpath=../..');
  }

  /** The record cards of a list. */
  cards(list: Locator): Locator {
    return list.locator('[data-item-card]');
  }

  /**
   * Clicks the list's "Add …" button and returns the new card (the last one), after checking the
   * cursor went to its first field as the canvas promises.
   */
  async addItem(list: Locator, addLabel: string): Promise<Locator> {
    const cards = this.cards(list);
    const before = await cards.count();
    await list.getByRole('button', { name: addLabel, exact: true }).click();
    await expect(cards).toHaveCount(before + 1);
    const card = cards.nth(before);
    await expect(card.locator('input:not([type=checkbox]):not([type=radio]), textarea').first()).toBeFocused();
    return card;
  }

  removeButton(scope: Locator, name: string): Locator {
    return scope.getByRole('button', { name: `Remove ${name}`, exact: true });
  }

  // ---- positioning --------------------------------------------------------------------------

  /** The live preview of the positioning statement. */
  statementPreview(): Locator {
    return this.page.getByRole('blockquote', { name: /^(Preview|预览)$/ });
  }

  /** The fieldset of a perceptual-map axis ("Horizontal axis" / "Vertical axis"). */
  axis(which: 'Horizontal axis' | 'Vertical axis'): Locator {
    return this.page.getByRole('group', { name: which, exact: true });
  }

  /** A coordinate in the perceptual-map table: "<label>: Horizontal (0–10)" / "… Vertical (0–10)". */
  mapCoordinate(label: string, axis: 'x' | 'y'): Locator {
    return this.page.getByRole('textbox', { name: `${label}: ${axis === 'x' ? 'Horizontal' : 'Vertical'} (0–10)`, exact: true });
  }

  /** Places something on the map by typing both numbers in the map table. */
  async placeOnMap(label: string, x: string, y: string): Promise<void> {
    await this.commit(this.mapCoordinate(label, 'x'), x);
    await this.commit(this.mapCoordinate(label, 'y'), y);
  }

  perceptualMap(): Locator {
    return this.page.getByRole('img', { name: /^Perceptual map:/ });
  }

  breakEvenChart(): Locator {
    return this.page.getByRole('img', { name: 'Break-even chart: revenue and total cost by units sold', exact: true });
  }

  /** A break-even figure ("Break-even volume", "Break-even revenue", "Contribution per unit"): the value shown under its label. */
  breakEvenFigure(label: string): Locator {
    return this.block('Pricing').getByText(label, { exact: true }).locator('xpath=following-sibling::*[1]');
  }

  // ---- comparison ---------------------------------------------------------------------------

  async openCompare(): Promise<void> {
    await this.page.getByRole('button', { name: 'Compare', exact: true }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Compare strategies' })).toBeVisible();
  }

  /** One row of the comparison table ("Positioning statement", "Price tiers"…). */
  compareRow(title: string): Locator {
    return this.page.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name: title, exact: true }) });
  }
}

/** Counts the pixels of a canvas that are drawn (alpha > 0) and differ from its first pixel. */
export async function drawnPixels(canvas: Locator): Promise<number> {
  return canvas.evaluate((element) => {
    const node = element as HTMLCanvasElement;
    const context = node.getContext('2d');
    if (!context || node.width === 0 || node.height === 0) return 0;
    const { data } = context.getImageData(0, 0, node.width, node.height);
    let count = 0;
    for (let i = 0; i < data.length; i += 4) {
      const differs = data[i] !== data[0] || data[i + 1] !== data[1] || data[i + 2] !== data[2] || data[i + 3] !== data[3];
      if (data[i + 3]! > 0 && differs) count += 1;
    }
    return count;
  });
}

/** A cheap fingerprint of what a canvas shows, to tell when a chart's animation has finished. */
async function canvasFingerprint(canvas: Locator): Promise<string> {
  return canvas.evaluate((element) => {
    const node = element as HTMLCanvasElement;
    const context = node.getContext('2d');
    if (!context || node.width === 0 || node.height === 0) return 'empty';
    const { data } = context.getImageData(0, 0, node.width, node.height);
    let hash = 0;
    for (let i = 0; i < data.length; i += 4) hash = (hash * 31 + data[i]! + data[i + 1]! * 3 + data[i + 2]! * 7 + data[i + 3]! * 11) >>> 0;
    return `${node.width}x${node.height}:${hash}`;
  });
}

/** Waits until a chart has drawn and stopped animating: the same picture twice, 250 ms apart. */
export async function waitForChartAtRest(canvas: Locator): Promise<void> {
  let previous = '';
  await expect.poll(async () => {
    const current = await canvasFingerprint(canvas);
    const still = current === previous && current !== 'empty';
    previous = current;
    return still;
  }, { message: 'the chart stops changing', intervals: [250] }).toBe(true);
}
