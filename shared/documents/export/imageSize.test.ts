import { describe, expect, it } from 'vitest';
import { base64Decode } from './base64';
import { fitWithin, imagePixelSize } from './imageSize';
import { PNG_4X2 } from './testFixtures';

describe('imagePixelSize', () => {
  it('reads a PNG header', () => {
    expect(imagePixelSize(base64Decode(PNG_4X2.split(',')[1]!)!, 'png')).toEqual({ width: 4, height: 2 });
  });

  it('reads a GIF header (little-endian)', () => {
    const gif = Uint8Array.from([0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 0x2c, 0x01, 0x96, 0x00, 0, 0, 0]);
    expect(imagePixelSize(gif, 'gif')).toEqual({ width: 300, height: 150 });
  });

  it('finds the JPEG start-of-frame after other segments', () => {
    const jpeg = Uint8Array.from([
      0xff, 0xd8, // SOI
      0xff, 0xe0, 0x00, 0x04, 0x00, 0x00, // APP0, length 4
      0xff, 0xc4, 0x00, 0x03, 0x00, // DHT must not be read as a frame
      0xff, 0xc0, 0x00, 0x11, 0x08, 0x01, 0xe0, 0x02, 0x80, 0x03, 0, 0, 0, 0, 0, 0, 0, 0, 0, // SOF0 480x640
    ]);
    expect(imagePixelSize(jpeg, 'jpeg')).toEqual({ width: 640, height: 480 });
  });

  it('returns null for bytes that are not the claimed format', () => {
    expect(imagePixelSize(Uint8Array.from([1, 2, 3, 4]), 'png')).toBeNull();
    expect(imagePixelSize(base64Decode(PNG_4X2.split(',')[1]!)!, 'jpeg')).toBeNull();
    expect(imagePixelSize(Uint8Array.from([0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 0, 0, 5, 0]), 'gif')).toBeNull();
  });
});

describe('fitWithin', () => {
  it('scales down keeping the aspect ratio, never up', () => {
    expect(fitWithin({ width: 1210, height: 605 }, 605, 831)).toEqual({ width: 605, height: 303 });
    expect(fitWithin({ width: 400, height: 2000 }, 605, 831)).toEqual({ width: 166, height: 831 });
    expect(fitWithin({ width: 4, height: 2 }, 605, 831)).toEqual({ width: 4, height: 2 });
  });
});
