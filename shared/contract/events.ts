import { z } from 'zod';
import { appSettings, saveStatus } from './session';

/** Menu and shortcut commands the desktop shell sends to the renderer. */
export const appCommand = z.enum([
  'undo', 'redo', 'new-workspace', 'open-workspace', 'save-copy', 'show-backups', 'about', 'command-palette',
]);
export type AppCommand = z.infer<typeof appCommand>;

/** Events pushed from the services to the renderer (IPC in the desktop, a server-sent stream on the web). */
export const eventSchemas = {
  /** reloaded: the file changed on disk and, with nothing unsaved here, was read again (changedAt says when). */
  sessionChanged: z.object({ reason: z.enum(['opened', 'created', 'restored', 'reloaded']), changedAt: z.string().optional() }),
  saveStatus,
  /** A change was applied (by any window): the others re-read the session. clientId: the window that made it (runOperation's clientId). */
  workspaceChanged: z.object({ revision: z.number().int().nonnegative(), clientId: z.string().nullable() }),
  appSettingsChanged: appSettings,
  command: z.object({ command: appCommand }),
} as const;

export type EventName = keyof typeof eventSchemas;
export type EventPayload<E extends EventName> = z.infer<(typeof eventSchemas)[E]>;
export type AppEvent = { [E in EventName]: { name: E; payload: EventPayload<E> } }[EventName];

/** The one IPC channel per direction and the HTTP routes; the only place these strings live. */
export const TRANSPORT = {
  ipcInvokeChannel: 'stratboard:rpc',
  ipcEventChannel: 'stratboard:event',
  httpRpcPrefix: '/rpc/',
  httpEventsPath: '/events',
  httpTokenHeader: 'x-stratboard-token',
  tokenMetaName: 'stratboard-token',
} as const;
