import { z } from 'zod';
import { MAX_PATCHES_PER_CHANGE, workspacePatch } from './patch';
import { appInfo, appSettings, backupInfo, saveStatus, session, themeChoice } from './session';
import { uiLanguage } from '../schema/primitives';

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
  applyChange: {
    input: z.object({ baseRevision: z.number().int().nonnegative(), patches: z.array(workspacePatch).min(1).max(MAX_PATCHES_PER_CHANGE) }).strict(),
    output: z.object({ revision: z.number().int().nonnegative(), save: saveStatus }),
  },
  saveNow: { input: none, output: saveStatus },
  openWorkspace: { input: z.object({ path: filePath }).strict(), output: session },
  createWorkspace: { input: z.object({ path: filePath, withSample: z.boolean() }).strict(), output: session },
  saveCopyAs: { input: z.object({ path: filePath }).strict(), output: z.object({ path: z.string() }) },
  listBackups: { input: none, output: z.object({ folder: z.string(), backups: z.array(backupInfo) }) },
  restoreBackup: { input: z.object({ backupId: backupInfo.shape.id }).strict(), output: session },
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
   * Host capability: prints a complete, self-contained HTML document (styles inline, images as
   * data: URLs) to PDF with Chromium — Electron's printToPDF on the desktop, headless Chromium in
   * web mode. Scripts in the HTML never run and nothing is fetched. headerText is plain text;
   * footerText is plain text in which {page} and {total} become the page number and page count
   * ('Page {page} of {total}', '第 {page} 页，共 {total} 页'). Either may be '' for none.
   */
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
