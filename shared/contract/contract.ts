import { z } from 'zod';
import { appInfo, appSettings, backupInfo, externalChangeInfo, recoveryFile, saveStatus, session, themeChoice } from './session';
import { isoDateTime, uiLanguage } from '../schema/primitives';

/**
 * THE contract: every call the renderer can make, with its input and output schema.
 * The preload client, the IPC handler, the HTTP adapter and the renderer's types are all
 * derived from this object; nothing else names a method or writes its types.
 */
const none = z.object({}).strict();
const filePath = z.string().min(1).max(4_096);
export const exportKind = z.enum(['pdf', 'docx', 'markdown', 'html', 'csv', 'ics']);
export type ExportKind = z.infer<typeof exportKind>;

export const contract = {
  getAppInfo: { input: none, output: appInfo },
  getSession: { input: none, output: session },
  /**
   * One named operation (shared/ops/registry.ts): the service validates its arguments, applies it
   * to the workspace as it is now, validates what it touched and checks the rules across entities.
   * baseRevision: the revision the window last saw; the operation is refused as a conflict only
   * when another window has since changed one of the places it changes.
   */
  runOperation: {
    input: z.object({
      /** An operation's name from shared/ops/registry.ts, such as campaign.shift. */
      op: z.string().max(64).regex(/^[a-z][A-Za-z]*(\.[a-z][A-Za-z]*)+$/, { message: 'operation-name' }),
      args: z.unknown(),
      /** When the user made the change (the operation's timestamps use it, so both sides agree). */
      at: isoDateTime,
      baseRevision: z.number().int().nonnegative(),
      /** The window (browser tab) making the change, echoed in the workspaceChanged event so it can tell its own changes from others'. */
      clientId: z.string().min(1).max(64).optional(),
    }).strict(),
    output: z.object({ revision: z.number().int().nonnegative(), save: saveStatus }),
  },
  saveNow: { input: none, output: saveStatus },
  openWorkspace: { input: z.object({ path: filePath }).strict(), output: session },
  createWorkspace: { input: z.object({ path: filePath, withSample: z.boolean() }).strict(), output: session },
  /**
   * Writes a copy (owner-only, 0600) to a new file. A file already at the path is replaced only
   * when it is a Stratboard workspace and replace is true: without replace the answer is 'exists'
   * (ask the user, then call again); a file that is not a workspace is never replaced ('io').
   */
  saveCopyAs: { input: z.object({ path: filePath, replace: z.boolean().optional() }).strict(), output: z.object({ path: z.string() }) },
  listBackups: { input: none, output: z.object({ folder: z.string(), backups: z.array(backupInfo) }) },
  restoreBackup: { input: z.object({ backupId: backupInfo.shape.id }).strict(), output: session },
  /** The file changed on disk while edits were unsaved: what differs, entity by entity. */
  compareExternalChange: { input: none, output: externalChangeInfo },
  /**
   * reload-theirs: my unsaved edits are written to a copy beside the file first, then the file is reloaded.
   * keep-mine: their version is written to a copy beside the file first, then mine is saved over it.
   */
  resolveExternalChange: {
    input: z.object({ choice: z.enum(['reload-theirs', 'keep-mine']) }).strict(),
    output: z.object({ session, copyPath: z.string().nullable() }),
  },
  /** The file is open elsewhere (locked): write a copy beside it and open that instead. */
  openCopyOfLocked: { input: none, output: session },
  /** Unsaved edits kept when the app last stopped while saving failed. */
  listRecoveries: { input: none, output: z.object({ recoveries: z.array(recoveryFile) }) },
  /** Writes a recovery's workspace to a new "(recovered …)" file beside its workspace and opens it. */
  openRecovery: { input: z.object({ path: filePath }).strict(), output: session },
  /** Deletes one recovery file (only one that listRecoveries named). */
  discardRecovery: { input: z.object({ path: filePath }).strict(), output: z.object({}) },
  getAppSettings: { input: none, output: appSettings },
  updateAppSettings: {
    input: z.object({ language: uiLanguage.optional(), theme: themeChoice.optional() }).strict(),
    output: appSettings,
  },
  /** Host capabilities: the desktop answers them natively; web mode answers 'unsupported' and the UI asks for a typed path instead. */
  pickPath: {
    input: z.object({ mode: z.enum(['open', 'save']), suggestedName: z.string().max(255).optional() }).strict(),
    output: z.object({ path: z.string().nullable() }),
  },
  showItemInFolder: { input: z.object({ path: filePath }).strict(), output: z.object({}) },
  openExternal: { input: z.object({ url: z.url({ protocol: /^https?$/ }).max(2_048) }).strict(), output: z.object({}) },
  /**
   * Desktop: asks where to save an exported file (PDF, DOCX …), writes it atomically (a failure
   * leaves no half-written file) and optionally opens it. Web mode answers 'unsupported' and the
   * renderer downloads the file instead. path null = the user cancelled.
   */
  saveExport: {
    input: z.object({
      suggestedName: z.string().min(1).max(255),
      kind: exportKind,
      dataBase64: z.string().max(48 * 1024 * 1024).regex(/^[A-Za-z0-9+/]*={0,2}$/, { message: 'base64' }),
      openAfterSave: z.boolean(),
    }).strict(),
    output: z.object({ path: z.string().nullable() }),
  },
  /**
   * Host capability: prints a complete, self-contained HTML document (styles inline, images as
   * data: URLs) to PDF with Chromium — Electron's printToPDF on the desktop, headless Chromium in
   * web mode. Scripts in the HTML never run and nothing is fetched. headerText is plain text;
   * footerText is plain text in which {page} and {total} become the page number and page count
   * ('Page {page} of {total}', '第 {page} 页，共 {total} 页'). Either may be '' for none.
   */
  renderPdf: {
    input: z.object({
      html: z.string().min(1).max(24 * 1024 * 1024),
      pageSize: z.enum(['A4', 'Letter']),
      headerText: z.string().max(200),
      footerText: z.string().max(100),
      /** Page margins preset (see electron/pdf/printOptions.ts); 'normal' when left out. */
      margins: z.enum(['narrow', 'normal', 'wide']).optional(),
    }).strict(),
    output: z.object({ pdfBase64: z.string() }),
  },
} as const;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<Contract[M]['output']>;

export const methodNames = Object.keys(contract) as MethodName[];

export function isMethodName(name: string): name is MethodName {
  return Object.prototype.hasOwnProperty.call(contract, name);
}
