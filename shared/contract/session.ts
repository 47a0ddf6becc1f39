import { z } from 'zod';
import { isoDateTime, uiLanguage } from '../schema/primitives';
import { workspace } from '../schema/workspace';

/** Schemas for what the services report about the open file, shared by every transport. */

export const issueSummary = z.object({ path: z.string(), en: z.string(), zh: z.string() });

export const backupInfo = z.object({
  id: z.string().regex(/^[0-9A-Za-z._-]+\.json$/),
  savedAt: isoDateTime,
  sizeBytes: z.number().int().nonnegative(),
  reason: z.enum(['open', 'edit']),
});
export type BackupInfo = z.infer<typeof backupInfo>;

export const saveStatus = z.object({
  state: z.enum(['saved', 'pending', 'saving', 'error']),
  lastSavedAt: isoDateTime.nullable(),
  error: z
    .object({ code: z.enum(['vanished', 'read-only', 'io']), message: z.string() })
    .nullable(),
});
export type SaveStatus = z.infer<typeof saveStatus>;

export const fileProblem = z.object({
  kind: z.enum(['not-json', 'invalid', 'io', 'too-large', 'not-found']),
  filePath: z.string(),
  detail: z.string(),
  issues: z.array(issueSummary),
  newestGoodBackup: backupInfo.nullable(),
});
export type FileProblem = z.infer<typeof fileProblem>;

export const readOnlyReason = z.object({
  reason: z.enum(['newer-version', 'not-writable']),
  fileVersion: z.number().int().nullable(),
});
export type ReadOnlyReason = z.infer<typeof readOnlyReason>;

export const openSession = z.object({
  state: z.literal('open'),
  filePath: z.string(),
  workspace,
  revision: z.number().int().nonnegative(),
  readOnly: readOnlyReason.nullable(),
  save: saveStatus,
  /** Set when the file was migrated from an older version on open (it is saved in the new format on the next edit). */
  migratedFrom: z.number().int().nullable(),
});
export const failedSession = z.object({ state: z.literal('failed'), problem: fileProblem });
export const session = z.discriminatedUnion('state', [openSession, failedSession]);
export type Session = z.infer<typeof session>;
export type OpenSession = z.infer<typeof openSession>;

export const themeChoice = z.enum(['light', 'dark', 'auto']);
export const appSettings = z.object({
  language: uiLanguage,
  theme: themeChoice,
  recent: z.array(z.string()).max(10),
});
export type AppSettings = z.infer<typeof appSettings>;

export const appInfo = z.object({
  version: z.string(),
  host: z.enum(['desktop', 'web']),
  userDataDir: z.string(),
  defaultWorkspacePath: z.string(),
  backupsDir: z.string(),
  schemaVersion: z.number().int(),
});
export type AppInfo = z.infer<typeof appInfo>;

