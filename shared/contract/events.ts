import { z } from 'zod';
import { appSettings, saveStatus } from './session';

/** Menu and shortcut commands the desktop shell sends to the renderer. */
export const appCommand = z.enum([
  'undo', 'redo', 'new-workspace', 'open-workspace', 'save-copy', 'show-backups', 'about',
  'go-dashboard', 'go-strategy', 'go-calendar', 'go-documents', 'go-plan', 'go-workshop', 'go-settings',
  'command-palette',
]);
export type AppCommand = z.infer<typeof appCommand>;

/** Events pushed from the services to the renderer (IPC in the desktop, a server-sent stream on the web). */
export const eventSchemas = {
  sessionChanged: z.object({ reason: z.enum(['opened', 'created', 'restored']) }),
  saveStatus,
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
