import { ImageRun, TextRun } from 'docx';
import { base64Decode } from './base64';
import { stripInvalidXmlChars } from './escape';
import { fitWithin, imagePixelSize } from './imageSize';
import { safeImage } from './safeUrls';

/**
 * Images for the DOCX export. Word and LibreOffice embed PNG, JPEG and GIF directly; SVG
 * would need a PNG fallback docx cannot draw here, and WebP is not a Word format, so those
 * become a short "[image] alt text" note instead of a picture Word could not show.
 */

/** 16 cm and 22 cm at 96 px per inch: fits an A4 or Letter page inside the margins. */
const MAX_WIDTH_PX = Math.round((16 / 2.54) * 96);
const MAX_HEIGHT_PX = Math.round((22 / 2.54) * 96);

const DOCX_TYPE = { png: 'png', jpeg: 'jpg', gif: 'gif' } as const;

/** The run for an image node: the picture, or an italic note when it cannot be embedded. Null when the src is not allowed at all. */
export function docxImageRun(src: unknown, rawAlt: string, noteLabel: string): ImageRun | TextRun | null {
  const alt = stripInvalidXmlChars(rawAlt);
  const image = safeImage(src);
  if (image === null) return null;
  const note = new TextRun({ text: alt.trim() === '' ? noteLabel : `${noteLabel} ${alt.trim()}`, italics: true, color: '666666' });
  if (image.format !== 'png' && image.format !== 'jpeg' && image.format !== 'gif') return note;
  const bytes = base64Decode(image.base64);
  const size = bytes === null ? null : imagePixelSize(bytes, image.format);
  // Bytes that are not the format they claim would make a file Word reports as damaged.
  if (bytes === null || size === null) return note;
  return new ImageRun({
    type: DOCX_TYPE[image.format],
    data: bytes,
    transformation: fitWithin(size, MAX_WIDTH_PX, MAX_HEIGHT_PX),
    altText: { name: 'image', description: alt, title: alt },
  });
}
