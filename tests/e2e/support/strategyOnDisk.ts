import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect } from '@playwright/test';

/** The workspace file as the web server saved it, read by the strategy tests. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the file is checked field by field below
export type Json = any;

export async function workspaceOnDisk(dataDir: string): Promise<Json> {
  return JSON.parse(await readFile(join(dataDir, 'Stratboard workspace.json'), 'utf8'));
}

export async function strategyOnDisk(dataDir: string, id: string): Promise<Json> {
  const strategy = (await workspaceOnDisk(dataDir)).strategies.find((candidate: Json) => candidate.id === id);
  expect(strategy, `strategy ${id} in the saved file`).toBeTruthy();
  return strategy;
}
