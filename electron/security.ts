import { app, session, shell, type Session, type WebContents } from 'electron';
import { decideNavigation, decideRedirect, decideWindowOpen, isPermissionAllowed, isSafeExternalUrl } from './securityPolicy';

/**
 * App-wide guards, attached to every web contents Electron creates (the main window and
 * anything a bug or an injected script might try to open). The decisions themselves live
 * in securityPolicy.ts; this file only wires them to Electron's events.
 */
export function installSecurityGuards(): void {
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents));
  guardSession(session.defaultSession);
}

/** The only way the app hands a URL to the OS: re-checked here, whoever asks. */
export async function openExternalSafely(url: string): Promise<void> {
  if (!isSafeExternalUrl(url)) return;
  await shell.openExternal(url);
}

/** Exported for the unit tests, which hand it a fake web contents and fire its events. */
export function guardWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event) => {
    const decision = decideNavigation(event.url);
    if (decision === 'allow') return;
    event.preventDefault();
    // A plain link to the web opens in the user's browser instead of replacing the app.
    if (decision === 'open-externally') void openExternalSafely(event.url).catch(logOpenFailure);
  });

  contents.on('will-redirect', (event) => {
    if (decideRedirect(event.url) !== 'allow') event.preventDefault();
  });

  // window.open and target=_blank never create an Electron window.
  contents.setWindowOpenHandler(({ url }) => {
    if (decideWindowOpen(url) === 'open-externally') void openExternalSafely(url).catch(logOpenFailure);
    return { action: 'deny' };
  });

  // webviewTag is off in webPreferences; this also refuses one if something turns it on.
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** Exported for the unit tests, which hand it a fake session and call the handlers it registers. */
export function guardSession(target: Session): void {
  target.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(isPermissionAllowed(permission, details.requestingUrl));
  });
  target.setPermissionCheckHandler((_contents, permission, requestingOrigin) => isPermissionAllowed(permission, requestingOrigin));
  target.setDevicePermissionHandler(() => false);

  // No remote content, even if some path slipped past the CSP: the app is offline.
  target.webRequest.onBeforeRequest({ urls: ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*', 'ftp://*/*'] }, (_details, callback) => {
    callback({ cancel: true });
  });
}

function logOpenFailure(error: unknown): void {
  console.warn('[stratboard] could not open the link in the browser:', error);
}
