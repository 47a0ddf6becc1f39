/**
 * Pixel size of a PNG, JPEG or GIF read from its header, so the DOCX writer can keep an
 * image's aspect ratio (docx needs an explicit size and cannot measure the image itself).
 * Null when the bytes are not the format they claim to be: such an image is left out.
 */

export interface PixelSize {
  width: number;
  height: number;
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

function pngSize(bytes: Uint8Array): PixelSize | null {
  if (bytes.length < 24 || PNG_SIGNATURE.some((value, index) => bytes[index] !== value)) return null;
  // IHDR is always the first chunk: width and height as big-endian 32-bit numbers.
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

function gifSize(bytes: Uint8Array): PixelSize | null {
  if (bytes.length < 10 || bytes[0] !== 0x47 || bytes[1] !== 0x49 || bytes[2] !== 0x46) return null;
  return { width: bytes[6]! | (bytes[7]! << 8), height: bytes[8]! | (bytes[9]! << 8) };
}

/** Start-of-frame markers carry the size; C4 (DHT), C8 (JPG) and CC (DAC) share the range but do not. */
const isStartOfFrame = (marker: number) => marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;

function jpegSize(bytes: Uint8Array): PixelSize | null {
  if (bytes.length < 4 || bytes[0] !== 0xff || bytes[1] !== 0xd8) return null;
  let offset = 2;
  while (offset + 9 < bytes.length) {
    if (bytes[offset] !== 0xff) return null;
    const marker = bytes[offset + 1]!;
    // Fill bytes and markers without a length (RSTn, TEM) are skipped one at a time.
    if (marker === 0xff || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      offset += marker === 0xff ? 1 : 2;
      continue;
    }
    const length = (bytes[offset + 2]! << 8) | bytes[offset + 3]!;
    if (isStartOfFrame(marker)) {
      return { height: (bytes[offset + 5]! << 8) | bytes[offset + 6]!, width: (bytes[offset + 7]! << 8) | bytes[offset + 8]! };
    }
    if (length < 2) return null;
    offset += 2 + length;
  }
  return null;
}

export function imagePixelSize(bytes: Uint8Array, format: 'png' | 'jpeg' | 'gif'): PixelSize | null {
  const size = format === 'png' ? pngSize(bytes) : format === 'gif' ? gifSize(bytes) : jpegSize(bytes);
  if (size === null || size.width <= 0 || size.height <= 0) return null;
  return size;
}

/** Scales a size down (never up) to fit within the given box, keeping the aspect ratio; whole pixels, at least 1. */
export function fitWithin(size: PixelSize, maxWidth: number, maxHeight: number): PixelSize {
  const scale = Math.min(1, maxWidth / size.width, maxHeight / size.height);
  return { width: Math.max(1, Math.round(size.width * scale)), height: Math.max(1, Math.round(size.height * scale)) };
}
