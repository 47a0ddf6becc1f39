/**
 * Reads a Content-Security-Policy the way a reviewer would and lists what makes it unfit for
 * this offline app. The tests of every place that serves a page (app:// in appProtocol.ts, web
 * mode in web/server.ts, the PDF print document) run their policy through it, so "a CSP is
 * present" also means "and it is a sane one". An empty list means no problem found.
 */

/** Keywords that do not widen what may load (quoted, as in the policy). */
const HARMLESS_KEYWORDS = new Set(["'self'", "'none'", "'strict-dynamic'", "'report-sample'"]);
/** Only styles may be inline: Mantine injects <style> tags; scripts never. */
const INLINE_ALLOWED_IN = new Set(['style-src', 'style-src-elem', 'style-src-attr']);
/** Local-only schemes that may hold images, fonts and media, never scripts. */
const LOCAL_SCHEMES_ALLOWED_IN = new Set(['img-src', 'font-src', 'media-src', 'style-src', 'worker-src']);
/** Directives that take no source list, so their tokens are not sources. */
const NON_SOURCE_DIRECTIVES = new Set(['sandbox', 'report-uri', 'report-to', 'upgrade-insecure-requests', 'block-all-mixed-content', 'require-trusted-types-for', 'trusted-types']);

export function parseCsp(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/).filter((token) => token.length > 0);
    // The first occurrence of a directive wins; later duplicates are ignored by browsers.
    if (name && !directives.has(name.toLowerCase())) directives.set(name.toLowerCase(), sources.map((s) => s.toLowerCase()));
  }
  return directives;
}

export function auditCsp(policy: string): string[] {
  const problems: string[] = [];
  const directives = parseCsp(policy);
  const defaultSrc = directives.get('default-src');
  const effective = (name: string) => directives.get(name) ?? defaultSrc;

  if (!defaultSrc) problems.push('no default-src: whatever is not named may load from anywhere');
  for (const [name, sources] of directives) {
    if (NON_SOURCE_DIRECTIVES.has(name)) continue;
    for (const source of sources) {
      if (source === "'unsafe-eval'" || source === "'wasm-unsafe-eval'") problems.push(`${name} allows eval (${source})`);
      else if (source === "'unsafe-inline'" || source === "'unsafe-hashes'") {
        if (!INLINE_ALLOWED_IN.has(name)) problems.push(`${name} allows inline code (${source})`);
      } else if (source === 'data:' || source === 'blob:') {
        if (!LOCAL_SCHEMES_ALLOWED_IN.has(name)) problems.push(`${name} allows ${source}`);
      } else if (source.startsWith("'nonce-") || source.startsWith("'sha")) {
        // A nonce or hash names one exact inline resource: not remote.
      } else if (!HARMLESS_KEYWORDS.has(source)) {
        problems.push(`${name} allows a remote or unknown source: ${source}`);
      }
    }
  }
  const objectSrc = effective('object-src');
  if (!objectSrc || objectSrc.join(' ') !== "'none'") problems.push("object-src is not 'none' (plugins)");
  if (!effective('script-src')) problems.push('no script-src or default-src');
  const baseUri = directives.get('base-uri'); // does not fall back to default-src
  if (!baseUri || !(baseUri.join(' ') === "'none'" || baseUri.join(' ') === "'self'")) problems.push("base-uri is not 'none' or 'self'");
  return problems;
}
