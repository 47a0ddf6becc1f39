import type { AppEvent, Dispatch, MethodInput, MethodOutput } from '../../shared/contract';
import type { ExportKind } from '../../shared/contract/contract';

/**
 * What a host (the Electron main process or the web-mode server) gives the services.
 * A host leaves out what it cannot do; the matching call then answers 'unsupported'.
 */
export interface HostCapabilities {
  kind: 'desktop' | 'web';
  appVersion: string;
  pickPath?: (input: MethodInput<'pickPath'>) => Promise<MethodOutput<'pickPath'>>;
  showItemInFolder?: (path: string) => Promise<void>;
  openExternal?: (url: string) => Promise<void>;
  /** Prints a self-contained HTML document to PDF bytes (desktop: printToPDF; web: headless Chromium). */
  renderPdf?: (input: MethodInput<'renderPdf'>) => Promise<Uint8Array>;
  /** Save dialog + atomic write (+ open with the system's app); null when the user cancels. */
  saveExport?: (input: { suggestedName: string; kind: ExportKind; bytes: Uint8Array; openAfterSave: boolean }) => Promise<{ path: string | null }>;
}

export interface ServicesOptions {
  /** The app's user-data folder: settings, the default workspace and backups live here. */
  userDataDir: string;
  host: HostCapabilities;
  /** A workspace path from the command line; otherwise the last one used, else the default. */
  initialPath?: string | null;
  /** UI language for a first launch when no settings exist yet (e.g. from the OS locale). */
  preferredLanguage?: 'en' | 'zh-CN';
}

export interface Services {
  /** The contract dispatcher every transport calls. */
  dispatch: Dispatch;
  /** Pushed events (save status, session changes, settings); returns an unsubscribe function. */
  onEvent(listener: (event: AppEvent) => void): () => void;
  /** Sends a menu/shortcut command to the renderer through the event stream. */
  emit(event: AppEvent): void;
  /** Opens a workspace file (menu "Open…", "Open recent", a path from the command line or second instance). */
  openPath(path: string): Promise<void>;
  /** Writes any pending edit now; call before quitting. Resolves when the file is on disk (or the save failed). */
  flush(): Promise<void>;
  /** Flushes and stops timers and file watchers. */
  close(): Promise<void>;
  /**
   * For a stop without a person to ask (a signal, the terminal closed): saves, and when that fails
   * writes the unsaved edits to a recovery file (user-data folder, else beside the workspace, else
   * the temp folder), then closes. recoveryPath null with unsaved true: nothing could be written.
   */
  stopSafely(): Promise<{ unsaved: boolean; recoveryPath: string | null }>;
  /** Edits that exist only in memory (saving failed or waits for a choice), with the file and why; null when all is saved. */
  unsavedEdits(): { filePath: string; problem: string } | null;
  /** The user chose to quit without saving (desktop dialog), or saved them to a copy: forget them. */
  discardUnsavedEdits(): void;
  /** App-level settings (language, theme, recent files) and desktop-only window bounds. */
  settings: {
    get(): Promise<MethodOutput<'getAppSettings'>>;
    getWindowBounds(): Promise<WindowBounds | null>;
    setWindowBounds(bounds: WindowBounds): Promise<void>;
  };
  paths: { userDataDir: string; defaultWorkspacePath: string; backupsDir: string };
}

export interface WindowBounds {
  x: number;
  y: number;
  width: number;
  height: number;
  maximized: boolean;
}
