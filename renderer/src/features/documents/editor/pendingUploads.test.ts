import { describe, expect, it } from 'vitest';
import { withoutPendingUploads } from './pendingUploads';

describe('withoutPendingUploads', () => {
  it('drops upload placeholders (blob: images) and keeps stored images and text', () => {
    const stored = '<img src="data:image/png;base64,AAAA" alt="logo">';
    const html = `<p>Intro</p><img src="blob:http://127.0.0.1:5173/0b1c" data-upload-error="">${stored}<p><img data-uploading="" src="blob:app://x/1"> end</p>`;
    expect(withoutPendingUploads(html)).toBe(`<p>Intro</p>${stored}<p> end</p>`);
  });

  it('leaves a body without placeholders exactly as it was', () => {
    const html = '<h2>Vision</h2><p data-guidance="Say why">Text with blob: in it</p>';
    expect(withoutPendingUploads(html)).toBe(html);
  });
});
