import { expect, test } from '@playwright/test';
import Papa from 'papaparse';
import { DocumentsPage } from './pages/DocumentsPage';
import { StrategyPage } from './pages/StrategyPage';
import { workspaceOnDisk, type Json } from './support/strategyOnDisk';
import { startWebApp, type WebApp } from './support/webApp';

/**
 * The Documents area in web mode, on the sample workspace: a PRD from the built-in template
 * with a live (then frozen) positioning block, requirements with the Jira CSV, the approval
 * lock and change records, versions with diff and restore, and search. Exports and bad input
 * are in documents-export.spec.ts. Each test starts its own server and data folder.
 */

let app: WebApp | null = null;
test.afterEach(async ({ context }) => {
  // The browser goes first: the web server's shutdown can wait for the page's open connections.
  await context.close();
  await app?.stop();
  app = null;
});

const SAMPLE_STRATEGY = 'str_kettle';
const SAMPLE_STATEMENT_BENEFIT = 'heats to the exact degree and keeps it warm from your phone';

const PRD_SECTIONS = [
  'Product vision', 'Target market', 'Competitive analysis', 'Detailed feature descriptions', 'Feature priority',
  'Reference cases', 'System requirements', 'Performance requirements', 'Sales and technical-support requirements',
];
const VISION_GUIDANCE = 'In a few sentences, say what the product is, who it is for and why it will win. This is the north star the team checks its decisions against.';

async function documentOnDisk(dataDir: string, id: string): Promise<Json> {
  const doc = (await workspaceOnDisk(dataDir)).documents.find((candidate: Json) => candidate.id === id);
  expect(doc, `document ${id} in the saved file`).toBeTruthy();
  return doc;
}

/** Edits the "that (key benefit)" part of the sample strategy's positioning statement. */
async function setKeyBenefit(docs: DocumentsPage, strategy: StrategyPage, benefit: string): Promise<void> {
  await docs.goToRoute(`#/strategy/${SAMPLE_STRATEGY}`);
  await strategy.openStep('positioning');
  await strategy.fill(strategy.block('Positioning'), 'that (key benefit)', benefit);
  await expect(strategy.statementPreview()).toContainText(`that ${benefit}.`);
  await strategy.shell.expectAllSaved();
}

test('a PRD from the template shows its nine sections and prompts, and a positioning block follows the strategy until frozen', async ({ page }) => {
  app = await startWebApp();
  const docs = new DocumentsPage(page);
  const strategy = new StrategyPage(page);
  await docs.open(app.url);
  const id = await docs.createDocument('Kettle S3 PRD', { template: 'Product requirements document (PRD)' });

  await expect(docs.sectionHeadings()).toHaveText(PRD_SECTIONS);
  // Each section's guidance is a placeholder on its empty paragraph (drawn by CSS), not text.
  await expect(docs.guidancePrompts()).toHaveCount(9);
  const prompt = docs.guidancePrompts().first();
  await expect(prompt).toHaveAttribute('data-placeholder', VISION_GUIDANCE);
  await expect(prompt).toHaveText('');
  expect(await prompt.evaluate((element) => getComputedStyle(element, '::before').content)).toBe(JSON.stringify(VISION_GUIDANCE));

  // A live positioning block from the sample strategy, in the vision section.
  await docs.writeInSection('Product vision', 'The kettle that knows your tea.');
  await docs.insertStrategyBlock('Positioning statement');
  const block = docs.strategyBlocks('positioning');
  await expect(block).toHaveCount(1);
  await expect(block).toHaveAttribute('data-frozen', 'false');
  await expect(block).toContainText('Live');
  await expect(block).toContainText(SAMPLE_STATEMENT_BENEFIT);
  await docs.shell.expectAllSaved();
  await expect.poll(async () => (await documentOnDisk(app!.dataDir, id)).bodyHtml).toMatch(/<div data-strategy-block="positioning" data-strategy-id="str_kettle"><\/div>/);

  // The strategy changes: the block shows the new statement.
  await setKeyBenefit(docs, strategy, 'remembers the right temperature for every tea');
  await docs.goToRoute(`#/documents/${id}`);
  await expect(block).toContainText('that remembers the right temperature for every tea.');
  await expect(block).not.toContainText(SAMPLE_STATEMENT_BENEFIT);

  // Frozen, it keeps that text when the strategy changes again.
  await block.getByRole('button', { name: 'Freeze', exact: true }).click();
  await expect(block).toHaveAttribute('data-frozen', 'true');
  await expect(block).toContainText('Frozen');
  await docs.shell.expectAllSaved();
  await expect.poll(async () => (await documentOnDisk(app!.dataDir, id)).bodyHtml).toContain('data-snapshot=');
  await setKeyBenefit(docs, strategy, 'pours a second cup by itself');
  await docs.goToRoute(`#/documents/${id}`);
  await expect(block).toContainText('that remembers the right temperature for every tea.');
  await expect(block).not.toContainText('pours a second cup by itself');
  expect((await documentOnDisk(app.dataDir, id)).bodyHtml).toContain('remembers the right temperature for every tea');

  // Live again: back to the strategy as it is now.
  await block.getByRole('button', { name: 'Make live again', exact: true }).click();
  await expect(block).toHaveAttribute('data-frozen', 'false');
  await expect(block).toContainText('that pours a second cup by itself.');
});

test('requirements get REQ IDs, sort and filter, and export as a Jira CSV', async ({ page }) => {
  app = await startWebApp();
  const docs = new DocumentsPage(page);
  await docs.open(app.url);
  const id = await docs.createDocument('Kettle S3 requirements');
  await docs.openTab('Requirements');
  await expect(page.getByText('No requirements yet. Add the first one; it gets the ID REQ-001.')).toBeVisible();

  expect(await docs.addRequirement({ title: 'Temperature presets', description: 'Six presets from 40 to 100 degrees.', priority: 'Must have' })).toBe('REQ-001');
  expect(await docs.addRequirement({ title: 'App pairing', description: 'Pair in under a minute.', priority: 'Could have' })).toBe('REQ-002');
  await expect(docs.tab('Requirements')).toHaveText('Requirements (2)');
  const keys = docs.requirementRows().locator('td:first-child');
  await expect(keys).toHaveText(['REQ-001', 'REQ-002']);

  // Sort by title, then the other way round.
  await docs.sortRequirementsBy('Title');
  await expect(docs.requirementColumnHeader('Title')).toHaveAttribute('aria-sort', 'ascending');
  await expect(keys).toHaveText(['REQ-002', 'REQ-001']);
  await docs.sortRequirementsBy('Title');
  await expect(docs.requirementColumnHeader('Title')).toHaveAttribute('aria-sort', 'descending');
  await expect(keys).toHaveText(['REQ-001', 'REQ-002']);

  // Filter by text, then by priority.
  const filter = page.getByRole('textbox', { name: 'Filter requirements', exact: true });
  await filter.fill('pairing');
  await expect(keys).toHaveText(['REQ-002']);
  await expect(page.getByText('1 of 2 requirements', { exact: true })).toBeVisible();
  await filter.fill('');
  await expect(keys).toHaveCount(2);
  await page.getByRole('combobox', { name: 'Priority', exact: true }).click();
  await page.getByRole('option', { name: 'Must have', exact: true }).click();
  await expect(keys).toHaveText(['REQ-001']);

  // The Jira CSV has every requirement, whatever the filter shows.
  const csv = await docs.exportJiraCsv();
  expect(csv.download.suggestedFilename()).toBe('Kettle S3 requirements - Jira.csv');
  const text = csv.bytes.toString('utf8');
  expect(text.startsWith('\uFEFF')).toBe(true);
  const parsed = Papa.parse<string[]>(text.slice(1).trim(), { header: false });
  expect(parsed.errors).toEqual([]);
  const [header, ...rows] = parsed.data;
  expect(header!.slice(0, 4)).toEqual(['Summary', 'Description', 'Priority', 'Labels']);
  expect(rows).toHaveLength(2);
  const first = rows.find((row) => row[0] === 'REQ-001 Temperature presets');
  expect(first, 'the REQ-001 row').toBeTruthy();
  expect(first![1]).toContain('Six presets from 40 to 100 degrees.');
  expect(first![2]).toBe('Highest');
  expect(first!.slice(3)).toEqual(expect.arrayContaining(['req-001', 'stratboard']));
  expect(rows.find((row) => row[0] === 'REQ-002 App pairing')![2]).toBe('Medium');

  await docs.shell.expectAllSaved();
  const saved = await documentOnDisk(app.dataDir, id);
  expect(saved.requirements.map((r: Json) => [r.key, r.title, r.priority])).toEqual([['REQ-001', 'Temperature presets', 'must'], ['REQ-002', 'App pairing', 'could']]);
});

test('an approved document is locked until a change is recorded, and the change record is kept', async ({ page }) => {
  app = await startWebApp();
  const docs = new DocumentsPage(page);
  await docs.open(app.url);
  const id = await docs.createDocument('Kettle S3 approval');
  await docs.writeInSection('Product vision', 'Approved wording.');
  await expect(docs.editor()).toHaveAttribute('contenteditable', 'true');

  await docs.moveTo('In review');
  await docs.moveTo('Approved');
  await expect(docs.lockAlert()).toBeVisible();
  await expect(docs.editor()).toHaveAttribute('contenteditable', 'false');
  await expect(docs.toolbarControl('Insert strategy block')).toHaveCount(0);
  await docs.openTab('Requirements');
  await expect(page.getByRole('button', { name: 'Add requirement', exact: true })).toBeDisabled();
  await docs.shell.expectAllSaved();
  expect((await documentOnDisk(app.dataDir, id)).status).toBe('approved');

  await docs.recordChange({ description: 'Add a seventh preset for oolong', reason: 'Customer feedback from the beta', requestedBy: 'Li Wei' });
  await expect(docs.lockAlert()).toBeHidden();
  await expect(page.getByRole('button', { name: 'Add requirement', exact: true })).toBeEnabled();
  await docs.openTab('Content');
  await expect(docs.editor()).toHaveAttribute('contenteditable', 'true');
  await docs.writeInSection('Feature priority', 'Oolong preset comes first.');

  await docs.openTab('Change records');
  await expect(docs.tab('Change records')).toHaveText('Change records (1)');
  const row = docs.changeRecordsTable().locator('tbody tr');
  await expect(row).toHaveCount(1);
  await expect(row.getByRole('cell')).toContainText(['Add a seventh preset for oolong', 'Customer feedback from the beta', 'Li Wei', '', 'Pending']);

  await docs.shell.expectAllSaved();
  const saved = await documentOnDisk(app.dataDir, id);
  expect(saved.status).toBe('approved');
  expect(saved.changeRecords).toHaveLength(1);
  expect(saved.changeRecords[0]).toMatchObject({ description: 'Add a seventh preset for oolong', reason: 'Customer feedback from the beta', requestedBy: 'Li Wei', decision: 'pending' });
  expect(saved.bodyHtml).toContain('Oolong preset comes first.');
  expect(saved.bodyHtml).toContain('Approved wording.');
});

test('a saved version, the diff to the current text, and restoring it as a new version', async ({ page }) => {
  app = await startWebApp();
  const docs = new DocumentsPage(page);
  await docs.open(app.url);
  const id = await docs.createDocument('Kettle S3 versions');
  await docs.writeInSection('Product vision', 'The kettle remembers every tea.');
  await docs.openTab('Versions');
  await expect(page.getByText('No versions yet. Save one before you send the document out.')).toBeVisible();
  await docs.saveVersion('v0.1');
  await expect(docs.versionNames()).toHaveText(['v0.1']);
  await expect(page.getByText('Version: v0.1')).toBeVisible();

  await docs.openTab('Content');
  await docs.writeInSection('Feature priority', 'Oolong needs eighty-five degrees.');
  await docs.openTab('Versions');
  const diff = docs.versionDiff();
  await expect(diff.getByRole('heading')).toHaveText('Changes from “v0.1” to “Current document”');
  await expect(diff.locator('ins')).toContainText(['Oolong needs eighty-five degrees.']);
  await expect(diff.locator('[data-diff="added"], [data-diff="changed"]')).toHaveCount(1);
  await expect(diff.locator('del')).toHaveCount(0);

  await docs.restoreVersion('v0.1');
  await expect(page.getByText('“v0.1” restored as a new version.')).toBeVisible();
  await expect(docs.versionNames()).toHaveText(['Restored “v0.1”', 'Before restoring “v0.1”', 'v0.1']);
  await expect(docs.tab('Versions')).toHaveText('Versions (3)');
  await docs.openTab('Content');
  await expect(docs.editor()).toContainText('The kettle remembers every tea.');
  await expect(docs.editor()).not.toContainText('Oolong needs eighty-five degrees.');

  // Nothing lost: the text before the restore is a version of its own.
  await docs.shell.expectAllSaved();
  const saved = await documentOnDisk(app.dataDir, id);
  expect(saved.bodyHtml).not.toContain('Oolong');
  expect(saved.versions.map((v: Json) => v.name)).toEqual(['v0.1', 'Before restoring “v0.1”', 'Restored “v0.1”']);
  expect(saved.versions[1].bodyHtml).toContain('Oolong needs eighty-five degrees.');
});

test('a word in a document body is found by the list search and by the Ctrl+K palette', async ({ page }) => {
  app = await startWebApp();
  const docs = new DocumentsPage(page);
  await docs.open(app.url);
  const id = await docs.createDocument('Kettle S3 search');
  await docs.writeInSection('Reference cases', 'Learn from the Quokkaberry infuser.');
  await page.getByRole('link', { name: 'All documents' }).click();
  await expect(page).toHaveURL(/#\/documents$/);
  await expect(docs.documentsTable().locator('tbody tr')).toHaveCount(3); // the sample's BRD and PRD, and ours

  await docs.searchBox().fill('quokkaberry');
  const rows = docs.documentsTable().locator('tbody tr');
  await expect(rows).toHaveCount(1);
  await expect(rows.getByRole('link')).toHaveText('Kettle S3 search');
  // The snippet says where the word was found, with the text around it.
  await expect(rows).toContainText(/in the text: …?[^]*Learn from the Quokkaberry infuser\./);
  await docs.searchBox().fill('quokkaberries');
  await expect(page.getByText('No document matches this search.')).toBeVisible();
  await docs.searchBox().fill('');
  await expect(rows).toHaveCount(3);

  // The palette: typing the word shows the hit with its snippet; choosing it opens the document.
  await docs.searchInPalette('Quokkaberry');
  const hit = page.getByRole('button').filter({ hasText: /in the text: [^]*Quokkaberry infuser/ });
  await expect(hit).toHaveCount(1);
  await expect(hit).toContainText('Kettle S3 search');
  await hit.click();
  await expect(page).toHaveURL(new RegExp(`#/documents/${id}$`));
  await expect(page.getByRole('heading', { level: 1, name: 'Kettle S3 search' })).toBeVisible();
});
