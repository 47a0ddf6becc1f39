import { z } from 'zod';
import { isoDateTime, uiLanguage } from '../schema/primitives';
import { workspace } from '../schema/workspace';

/** Schemas for what the services report about the open file, shared by every transport. */

export const issueSummary = z.object({ path: z.string(), en: z.string(), zh: z.string() });

export const backupInfo = z.object({
  id: z.string().regex(/^[0-9A-Za-z._-]+\.json$/),
  savedAt: isoDateTime,
  sizeBytes: z.number().int().nonnegative(),
  /** open: the file as opened; edit: while editing; external: a version someone else saved, kept the moment it was seen. */
  reason: z.enum(['open', 'edit', 'external']),
});
export type BackupInfo = z.infer<typeof backupInfo>;

export const saveStatus = z.object({
  state: z.enum(['saved', 'pending', 'saving', 'error']),
  lastSavedAt: isoDateTime.nullable(),
  error: z
    .object({
      code: z.enum(['vanished', 'read-only', 'io', 'changed-on-disk']),
      message: z.string(),
      /** changed-on-disk: when the file on disk was modified by someone else. */
      changedAt: isoDateTime.optional(),
    })
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

/** Who has a workspace open (the advisory lock beside the file). */
export const lockHolderInfo = z.object({ user: z.string(), machine: z.string(), since: isoDateTime });
export type LockHolderInfo = z.infer<typeof lockHolderInfo>;

export const readOnlyReason = z.object({
  reason: z.enum(['newer-version', 'not-writable', 'locked']),
  fileVersion: z.number().int().nullable(),
  /** locked: who holds the file. */
  holder: lockHolderInfo.optional(),
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
  /**
   * Set when the settings could not be written (the user-data folder is full, read-only or
   * missing): they still apply until the app closes. Says why, to show the user.
   */
  saveProblem: z.string().optional(),
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

/** The version on disk that someone else saved while this session had unsaved edits. */
export const externalChangeInfo = z.object({
  filePath: z.string(),
  changedAt: isoDateTime.nullable(),
  /** valid: can be reloaded; damaged: not a readable workspace (a sync still in progress?); newer: written by a newer Stratboard. */
  theirs: z.enum(['valid', 'damaged', 'newer']),
  comparison: z
    .object({
      sections: z.array(z.string()),
      entities: z.array(z.object({
        kind: z.enum(['strategy', 'campaign', 'budget', 'document', 'template', 'workshop']),
        id: z.string(),
        label: z.string(),
        change: z.enum(['added', 'removed', 'changed']),
        fields: z.array(z.string()),
      })),
    })
    .nullable(),
});
export type ExternalChangeInfo = z.infer<typeof externalChangeInfo>;

/** Unsaved edits written aside when the app stopped while it could not save them. */
export const recoveryFile = z.object({
  path: z.string(),
  /** The workspace the edits belong to, when known. */
  workspacePath: z.string().nullable(),
  savedAt: isoDateTime,
  sizeBytes: z.number().int().nonnegative(),
});
export type RecoveryFile = z.infer<typeof recoveryFile>;

