import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { serializeWorkspace } from '../../../electron/services/workspaceFile';
import type { Workspace } from '../../../shared/schema/workspace';
import { payloadWorkspace } from './xssPayloads';

/** The payload workspace (every free-text field holds an XSS payload) written into `dir`. */
export async function payloadWorkspaceFile(dir: string): Promise<{ file: string; workspace: Workspace; fields: string[] }> {
  const file = join(dir, 'payloads.json');
  const built = payloadWorkspace();
  await writeFile(file, serializeWorkspace(built.workspace));
  return { file, ...built };
}

/** A route inside the open page (a hash change, what a link does). */
export async function go(page: Page, hash: string): Promise<void> {
  await page.evaluate((target) => { window.location.hash = target; }, hash);
}
