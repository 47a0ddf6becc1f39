/**
 * While an image is being read (or after it was refused), Mantine shows a placeholder with a
 * blob: URL for a few seconds. Those never belong in the workspace: they are dropped from what
 * is saved, and the real image arrives with the next change.
 */
const PENDING_UPLOAD = /<img\b[^>]*\bsrc="blob:[^"]*"[^>]*>/gi;
export function withoutPendingUploads(html: string): string {
  return html.replace(PENDING_UPLOAD, '');
}
