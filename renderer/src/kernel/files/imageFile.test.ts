import { describe, expect, it } from 'vitest';
import { MAX_IMAGE_BYTES } from '../../../../shared/schema/primitives';
import { ImageRejected, imageFileToDataUrl, sniffImageType } from './imageFile';

const PNG_HEADER = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

describe('image files for documents', () => {
  it('recognises PNG, JPEG, GIF and WebP by their bytes, nothing else', () => {
    expect(sniffImageType(Uint8Array.from([...PNG_HEADER, 0]))).toBe('image/png');
    expect(sniffImageType(Uint8Array.from([0xff, 0xd8, 0xff, 0xe0]))).toBe('image/jpeg');
    expect(sniffImageType(new TextEncoder().encode('GIF89a'))).toBe('image/gif');
    expect(sniffImageType(new TextEncoder().encode('RIFF\0\0\0\0WEBPVP8 '))).toBe('image/webp');
    expect(sniffImageType(new TextEncoder().encode('<svg onload="alert(1)"></svg>'))).toBeNull();
    expect(sniffImageType(new TextEncoder().encode('RIFF\0\0\0\0WAVEfmt '))).toBeNull();
  });

  it('turns a real image into a data URL whatever its name says', async () => {
    const file = new File([Uint8Array.from([...PNG_HEADER, 1, 2, 3])], 'photo.jpg', { type: 'image/jpeg' });
    expect(await imageFileToDataUrl(file)).toBe(`data:image/png;base64,${Buffer.from([...PNG_HEADER, 1, 2, 3]).toString('base64')}`);
  });

  it('refuses a text file named .png, saying which file', async () => {
    const file = new File(['<script>alert(1)</script>'], 'logo.png', { type: 'image/png' });
    const error = await imageFileToDataUrl(file).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImageRejected);
    expect((error as ImageRejected).problem).toEqual({ reason: 'not-an-image', name: 'logo.png' });
  });

  it('refuses an image over the limit before reading it, with its size and the limit', async () => {
    const file = new File([new Uint8Array(MAX_IMAGE_BYTES + 1)], 'huge.png', { type: 'image/png' });
    const error = await imageFileToDataUrl(file).catch((e: unknown) => e);
    expect((error as ImageRejected).problem).toEqual({ reason: 'too-large', size: MAX_IMAGE_BYTES + 1, limit: MAX_IMAGE_BYTES });
  });
});
