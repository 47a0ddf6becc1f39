import { expect, type BrowserContext, type Page } from '@playwright/test';
import { checkTags, XSS_MARKER } from '../support/xssPayloads';

/**
 * Watches one page (and its context) for script injection: any dialog (alert, confirm, prompt),
 * any popup window, any script-src CSP violation (a script that reached the DOM but was
 * blocked), the marker global in any frame, and — by scanning the DOM — markup from a payload
 * that is present but did not run (an event-handler attribute, a `javascript:` link, a frame,
 * MathML, CSS expressions). It also reads the page's text back and checks that every payload
 * tag it finds still has its payload in front of it, as text.
 */
export class XssWatch {
  readonly dialogs: string[] = [];
  readonly popups: string[] = [];
  private readonly context: BrowserContext;

  constructor(readonly page: Page) {
    this.context = page.context();
    page.on('dialog', (dialog) => {
      if (dialog.type() !== 'beforeunload') this.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
      void dialog.dismiss().catch(() => undefined);
    });
    this.context.on('page', (popup) => {
      this.popups.push(popup.url());
      void popup.close().catch(() => undefined);
    });
  }

  /**
   * Records CSP script violations from the first script on; call before the first navigation.
   * Chromium also reports a handler attribute (`onerror=`) parsed into an inert document —
   * DOMParser, a <template>, createHTMLDocument — which is what every sanitiser does with hostile
   * HTML and cannot run; those arrive at the document. A handler on an element of the page
   * itself arrives at that element, and is recorded.
   */
  async install(): Promise<void> {
    await this.page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
      document.addEventListener('securitypolicyviolation', (event) => {
        if (!event.effectiveDirective.startsWith('script-src')) return;
        const onPageElement = event.target instanceof Element && event.target.isConnected;
        if (event.effectiveDirective === 'script-src-attr' && !onPageElement) return;
        const target = event.target instanceof Element ? event.target.outerHTML.slice(0, 120) : 'document';
        seen.push(`${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'} at ${target}: ${event.sample}`);
      });
    });
  }

  /**
   * Asserts nothing ran and no live markup is on the page, then checks the text. Returns how many
   * payload tags were read back intact (at least `minTags`: the view really shows payloads).
   */
  async expectInert(where: string, options: { minTags?: number } = {}): Promise<number> {
    // An <img src=x onerror> fires within a few milliseconds of insertion; give timers a moment too.
    await this.page.waitForTimeout(150);
    for (const frame of this.page.frames()) {
      const marker = await frame.evaluate((name) => (window as unknown as Record<string, unknown>)[name], XSS_MARKER).catch(() => 'frame gone');
      expect(marker, `${where}: window.${XSS_MARKER} in frame ${frame.url()}`).toBeUndefined();
    }
    expect(this.page.frames(), `${where}: the page opened no frame`).toHaveLength(1);
    expect(this.dialogs, `${where}: no alert, confirm or prompt opened`).toEqual([]);
    expect(this.popups, `${where}: no window opened`).toEqual([]);
    const scan = await this.page.evaluate(scanDocument, undefined);
    expect(scan.live, `${where}: live markup from a payload`).toEqual([]);
    const violations = await this.page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []);
    expect(violations, `${where}: a script was blocked by the CSP (so it reached the page)`).toEqual([]);
    const tags = checkTags(scan.text);
    expect(tags.broken, `${where}: payloads shown as text, tag by tag`).toEqual([]);
    expect(tags.intact.length, `${where}: payload tags on screen`).toBeGreaterThanOrEqual(options.minTags ?? 1);
    return tags.intact.length;
  }
}

export interface DocumentScan {
  /** Markup that should never be in the page: handlers, script URLs, frames, MathML… */
  live: string[];
  /** All text of the body, field values included. */
  text: string;
  /** <img> elements showing SVG (inert there; the app draws its perceptual maps that way). */
  svgImages: number;
}

/**
 * Runs in the page (Playwright serialises it, so it refers to nothing outside itself). Reused
 * for exported HTML opened in a browser, and, given `html`, for markup parsed into an inert
 * document (a saved document body), where nothing can run while it is looked at.
 */
export function scanDocument(html?: string): DocumentScan {
  const document = html === undefined ? window.document : new DOMParser().parseFromString(html, 'text/html');
  const live: string[] = [];
  const describe = (element: Element) => `<${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}> in <${element.parentElement?.tagName.toLowerCase() ?? '-'}>`;
  // Browsers ignore whitespace and control characters inside a scheme ("jav&#x09;ascript:").
  // eslint-disable-next-line no-control-regex -- control characters are exactly what must be stripped
  const scriptUrl = (value: string) => /^(?:javascript|vbscript|data:text\/html|data:image\/svg)/i.test(value.replace(/[\s\u0000-\u001f]+/g, ''));
  const urlAttributes = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster', 'background', 'codebase', 'srcset']);
  const forbiddenTags = new Set(['iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'math', 'mglyph', 'mtext', 'animate', 'set', 'base', 'portal']);
  const marks = /__xss|alert\(|expression\(/;
  for (const element of Array.from(document.querySelectorAll('*'))) {
    const tag = element.tagName.toLowerCase();
    if (forbiddenTags.has(tag)) live.push(`${describe(element)} element`);
    if (tag === 'script' && (marks.test(element.textContent ?? '') || /javascript:|data:/i.test(element.getAttribute('src') ?? ''))) live.push(`${describe(element)} with a payload script`);
    if (tag === 'style' && marks.test(element.textContent ?? '')) live.push(`${describe(element)} with payload CSS`);
    if (tag === 'meta' && /refresh/i.test(element.getAttribute('http-equiv') ?? '')) live.push(`${describe(element)} refresh`);
    if (tag === 'img' && element.getAttribute('src') === 'x') live.push(`${describe(element)} from a payload (src=x)`);
    for (const attribute of Array.from(element.attributes)) {
      const name = attribute.name.toLowerCase();
      if (name.startsWith('on')) live.push(`${describe(element)} ${name}="${attribute.value}"`);
      if (name === 'srcdoc') live.push(`${describe(element)} srcdoc`);
      if (urlAttributes.has(name) && scriptUrl(attribute.value) && !(tag === 'img' && /^data:image\/svg\+xml;base64,/i.test(attribute.value))) {
        live.push(`${describe(element)} ${name}="${attribute.value.slice(0, 80)}"`);
      }
      if (name === 'style' && (marks.test(attribute.value) || /javascript:/i.test(attribute.value))) live.push(`${describe(element)} style="${attribute.value}"`);
    }
  }
  const texts: string[] = [];
  const walker = document.createTreeWalker(document.body, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node.nodeValue ?? '');
  for (const field of Array.from(document.querySelectorAll('input, textarea'))) texts.push(`\n${(field as HTMLInputElement).value}\n`);
  const svgImages = document.querySelectorAll('img[src^="data:image/svg" i]').length;
  return { live, text: texts.join(''), svgImages };
}
