import { readFile } from 'node:fs/promises';
import { expect, type Locator, type Page } from '@playwright/test';
import { AppShellPage } from './AppShellPage';
import type { Downloaded } from './DocumentsPage';

/** Making the summary PDF prints through Chromium: allow a slow machine. */
const PDF_TIMEOUT = 45_000;

/**
 * The Workshop area (`#/workshop`, `#/workshop/<id>`): the list, and one workshop's Setup, Run
 * (clock, board, voting, promotion, actions, presentation view) and Record tabs. English words.
 */
export class WorkshopPage {
  readonly shell: AppShellPage;

  constructor(readonly page: Page) {
    this.shell = new AppShellPage(page);
  }

  async openList(url: string): Promise<void> {
    await this.shell.open(`${url}#/workshop`);
  }

  async openWorkshop(url: string, id: string): Promise<void> {
    await this.shell.open(`${url}#/workshop/${id}`);
  }

  /** Creates a workshop from the six steps and returns its id (from the address it opens at). */
  async create(title: string): Promise<string> {
    await this.page.getByTestId('new-workshop').click();
    const dialog = this.page.getByRole('dialog');
    await dialog.getByTestId('new-workshop-title').fill(title);
    await dialog.getByRole('button', { name: 'Create workshop', exact: true }).click();
    await expect(this.page).toHaveURL(/#\/workshop\/[A-Za-z0-9_-]+$/);
    return new URL(this.page.url()).hash.split('/')[2]!;
  }

  async tab(name: 'Setup' | 'Run' | 'Record'): Promise<void> {
    await this.page.getByRole('tab', { name, exact: true }).click();
  }

  // ---- setup ----------------------------------------------------------------------------------

  agendaRows(): Locator {
    return this.page.getByTestId('agenda-row');
  }

  async removeStep(number: number): Promise<void> {
    await this.page.getByRole('button', { name: `Remove step ${number}`, exact: true }).click();
  }

  async setTimebox(number: number, minutes: number): Promise<void> {
    const field = this.page.getByRole('textbox', { name: `Timebox of step ${number} in minutes`, exact: true });
    await field.fill(String(minutes));
    await field.press('Tab');
    await expect(field).toHaveValue(String(minutes));
  }

  async addParticipant(name: string): Promise<void> {
    const field = this.page.getByTestId('add-participant-name');
    await field.fill(name);
    await field.press('Enter');
    await expect(this.page.getByTestId('workshop-participant').filter({ has: this.page.locator(`input[value="${name}"]`) })).toHaveCount(1);
  }

  // ---- run ------------------------------------------------------------------------------------

  timer(): Locator {
    return this.page.getByTestId('run-timer').first();
  }

  stepTitle(): Locator {
    return this.page.getByTestId('run-step-title').first();
  }

  notes(): Locator {
    return this.page.getByTestId('board-note');
  }

  note(text: string): Locator {
    return this.notes().filter({ hasText: text });
  }

  /** The participant buttons of the capture bar or the voting bar, found by name. */
  participant(name: string, within: Locator = this.page.getByTestId('step-board')): Locator {
    return within.getByTestId(/^participant-/).filter({ hasText: name }).first();
  }

  /** Quick capture as a facilitator does it: pick who said it, type, Enter. */
  async addNote(author: string, text: string): Promise<void> {
    await this.participant(author).click();
    const capture = this.page.getByTestId('note-capture').first();
    await capture.fill(text);
    await capture.press('Enter');
    await expect(capture).toHaveValue('');
    await expect(this.note(text)).toHaveCount(1);
  }

  async dots(text: string): Promise<number> {
    return Number(await this.note(text).getByTestId('note-dots').getAttribute('data-count'));
  }

  async startVoting(voter: string): Promise<void> {
    await this.page.getByTestId('toggle-voting').click();
    await this.participant(voter, this.page.getByTestId('voting-bar')).click();
  }

  async stopVoting(): Promise<void> {
    await this.page.getByTestId('toggle-voting').click();
    await expect(this.page.getByTestId('voting-bar')).toBeHidden();
  }

  async addAction(title: string, owner: string, due: string): Promise<void> {
    const panel = this.page.getByTestId('actions-panel');
    await panel.getByRole('textbox', { name: 'Action', exact: true }).fill(title);
    const ownerField = panel.getByLabel('Owner', { exact: true });
    await ownerField.fill(owner);
    await ownerField.press('Escape'); // closes the suggestions
    const date = panel.getByRole('textbox', { name: 'Due date', exact: true });
    await date.click();
    await date.fill(due);
    await date.press('Enter');
    await date.press('Tab');
    await panel.getByRole('button', { name: 'Add action', exact: true }).click();
    await expect(panel.getByTestId('action-row').filter({ hasText: title })).toHaveCount(1);
  }

  /** Confirms the "End the workshop?" dialog the runner asks before ending. */
  async confirm(): Promise<void> {
    await this.page.getByTestId('run-confirm').click();
  }

  // ---- record ---------------------------------------------------------------------------------

  async exportSummary(): Promise<Downloaded> {
    const downloading = this.page.waitForEvent('download', { timeout: PDF_TIMEOUT });
    await this.page.getByTestId('workshop-export-pdf').click();
    const download = await downloading;
    const path = await download.path();
    return { download, path, bytes: await readFile(path) };
  }
}
