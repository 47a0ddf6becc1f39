import { MAX_IMAGE_BYTES } from '../../../../shared/schema/primitives';

/** Images are stored inside the workspace file, so each one is capped (the file must stay e-mailable). */
export const ACCEPTED_IMAGE_TYPES = ['image/png', 'image/jpeg', 'image/gif', 'image/webp'];

export type ImageProblem = { reason: 'not-an-image'; name: string } | { reason: 'too-large'; size: number; limit: number };

export class ImageRejected extends Error {
  constructor(readonly problem: ImageProblem) {
    super(problem.reason);
  }
}

/** Checks type and size; the type is sniffed from the bytes too, since a name or a browser's guess can lie. */
export async function imageFileToDataUrl(file: File): Promise<string> {
  if (file.size > MAX_IMAGE_BYTES) throw new ImageRejected({ reason: 'too-large', size: file.size, limit: MAX_IMAGE_BYTES });
  const bytes = new Uint8Array(await file.arrayBuffer());
  const type = sniffImageType(bytes);
  if (!type) throw new ImageRejected({ reason: 'not-an-image', name: file.name });
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return `data:${type};base64,${btoa(binary)}`;
}

export function sniffImageType(bytes: Uint8Array): string | null {
  const starts = (...signature: number[]) => signature.every((byte, index) => bytes[index] === byte);
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'image/png';
  if (starts(0xff, 0xd8, 0xff)) return 'image/jpeg';
  if (starts(0x47, 0x49, 0x46, 0x38)) return 'image/gif';
  if (starts(0x52, 0x49, 0x46, 0x46) && bytes[8] === 0x57 && bytes[9] === 0x45 && bytes[10] === 0x42 && bytes[11] === 0x50) return 'image/webp';
  return null;
}

/** "3.4 MB" in the user's language. */
export function formatBytes(bytes: number, language: string): string {
  const mb = bytes / (1024 * 1024);
  return `${new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(mb)} MB`;
}
