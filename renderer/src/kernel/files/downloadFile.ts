/**
 * Hands a generated file to the user as a download: the browser's download in web mode, and in
 * the desktop app Electron's own save dialog for downloads. Nothing leaves the machine.
 */
export function downloadFile(fileName: string, content: string | Uint8Array<ArrayBuffer>, mimeType: string): void {
  const url = URL.createObjectURL(new Blob([content], { type: mimeType }));
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  anchor.style.display = 'none';
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  // Revoke later: the download reads the URL after this call returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** A name safe on every OS: no path separators or reserved characters, never empty. */
export function safeFileName(name: string, fallback: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what must go
  const cleaned = name.replace(/[\\/:*?"<>|\u0000-\u001f]/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 120);
  return cleaned || fallback;
}
