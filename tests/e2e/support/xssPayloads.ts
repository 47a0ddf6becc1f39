import type { z } from 'zod';
import { escapeHtml } from '../../../shared/documents/export/escape';
import { createSampleWorkspace } from '../../../shared/samplePlan/samplePlan';
import { workspace, type Workspace } from '../../../shared/schema/workspace';

/**
 * Script-injection payloads for the XSS spec, and a workspace whose every free-text field holds
 * one. Each payload either sets the marker global `window.__xss` or opens an alert, so a test
 * fails when one runs; where markup survives without running (a `javascript:` link nobody
 * clicked, CSS that Chromium ignores) the DOM scan of XssWatch finds it.
 */

export const XSS_PAYLOADS: readonly string[] = [
  '<script>window.__xss=1</script>',
  '<img src=x onerror="window.__xss=1">',
  '<svg onload="window.__xss=1">',
  '<svg><script>window.__xss=1</script></svg>',
  // As a link target; the trailing // turns the tag written after it into a JS comment, so the URL still runs if followed.
  'javascript:window.__xss=1//',
  'data:text/html,<script>window.__xss=1</script>',
  '<a href="javascript:window.__xss=1">x</a>',
  '<iframe srcdoc="<script>parent.__xss=1</script>">',
  '<div style="background:url(javascript:window.__xss=1)">',
  '<style>*{x:expression(window.__xss=1)}</style>',
  '"><img src=x onerror=alert(1)>',
  "{{constructor.constructor('window.__xss=1')()}}",
  // mXSS: a parser round trip turns the <style> text into a live <img>.
  '<math><mtext><table><mglyph><style><img src=x onerror=window.__xss=1>',
  // Ends whatever raw-text element a writer might put text in (title, textarea, style, script).
  '</title></textarea></style></script><script>alert(1)</script>',
  '<details open ontoggle=alert(1)>',
  '<input autofocus onfocus=alert(1)>',
  "'-alert(1)-'",
  '${alert(1)}',
  '<a href="&#106;avascript:alert(1)">y</a>',
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
  '<svg><animate onbegin=alert(1) attributeName=x dur=1s>',
];

export const XSS_MARKER = '__xss';

/** Field n holds payload n mod the list, followed by its tag `~n~`, which says which payload must stand before it. */
export function payloadAt(n: number): string {
  return XSS_PAYLOADS[n % XSS_PAYLOADS.length]!;
}

export function tagged(n: number): string {
  return `${payloadAt(n)}~${n}~`;
}

/** The index of the `javascript:` payload, for link-like fields (URLs, websites). */
const LINK_PAYLOAD = XSS_PAYLOADS.indexOf('javascript:window.__xss=1//');

/** Whitespace does not matter when text comes back from a PDF, a DOM or a DOCX: compare without it. */
export const flatText = (text: string): string => text.replace(/\s+/g, '');

const FILE_NAME_UNSAFE = /[\\/:*?"<>|]/g;

export interface TagProblem {
  tag: string;
  /** Where the tag starts in the whitespace-free text. */
  at: number;
  /** What stands before the tag instead of the payload. */
  found: string;
  expected: string;
}

export interface TagCheck {
  /** Tags found with their payload intact in front of them. */
  intact: number[];
  /** Tags whose payload is missing or changed: the text was read as markup (or mangled). */
  broken: TagProblem[];
}

/**
 * Finds every `~n~` tag in text read back from a page, a PDF or a file and checks that payload n
 * stands right before it, character for character. A payload rendered as HTML loses its tags
 * from the text, so its tag is then preceded by something else. Two honest changes are allowed:
 * a search snippet that starts with "…" inside the payload, and a file name made from the text
 * (the characters no file system allows replaced).
 */
export function checkTags(text: string): TagCheck {
  const flat = flatText(text);
  const intact: number[] = [];
  const broken: TagProblem[] = [];
  const endsAt = (at: number, expected: string) => flat.slice(Math.max(0, at - expected.length), at) === expected;
  for (const match of flat.matchAll(/~(\d+)~/g)) {
    const n = Number(match[1]);
    const payload = payloadAt(n);
    const expected = flatText(payload);
    const window = flat.slice(Math.max(0, match.index - expected.length - 1), match.index);
    const cut = window.lastIndexOf('…');
    const snippet = cut !== -1 && cut < window.length - 1 && expected.endsWith(window.slice(cut + 1));
    const fileName = [' ', '-'].some((replacement) => endsAt(match.index, flatText(payload.replace(FILE_NAME_UNSAFE, replacement))));
    if (endsAt(match.index, expected) || snippet || fileName) intact.push(n);
    else broken.push({ tag: match[0], at: match.index, found: flat.slice(Math.max(0, match.index - expected.length - 20), match.index), expected });
  }
  return { intact, broken };
}

/** End tags for every element a payload leaves open (an end tag with nothing open is ignored). */
const CLOSE_ALL = '</iframe></style></noscript></template></details></a></mglyph></table></mtext></math></svg>';

/**
 * Rich text as a hostile file or paste would carry it: every payload as markup (which the editor
 * must drop or neutralise), a frozen strategy block whose snapshot links to `javascript:` and
 * shows an SVG with a script, a guidance prompt with markup in it, and hostile attributes on
 * otherwise allowed tags.
 */
export function hostileRichHtml(): string {
  const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="window.__xss=1"><script>window.__xss=1</script></svg>').toString('base64');
  const snapshot = JSON.stringify([
    { type: 'paragraph', content: [{ type: 'text', text: '<img src=x onerror=window.__xss=1>', marks: [{ type: 'link', attrs: { href: 'javascript:window.__xss=1' } }] }] },
    { type: 'image', attrs: { src: `data:image/svg+xml;base64,${svg}` } },
    { type: 'iframe', attrs: { src: 'javascript:window.__xss=1' } },
  ]);
  return [
    '<p onclick="window.__xss=1" onmouseover="window.__xss=1">hover</p>',
    '<p><a href="javascript:window.__xss=1">js link</a> <a href=" jav&#x09;ascript:alert(1)">tab link</a> <a href="data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;">data link</a></p>',
    `<p><img src="data:image/svg+xml;base64,${svg}" alt="svg"><img src="x" onerror="window.__xss=1"></p>`,
    '<table><tbody><tr><td><img src=x onerror=window.__xss=1>cell</td></tr></tbody></table>',
    '<object data="javascript:window.__xss=1"></object><embed src="javascript:window.__xss=1">',
    '<form action="javascript:window.__xss=1"><button formaction="javascript:window.__xss=1">go</button></form>',
    '<meta http-equiv="refresh" content="0;url=javascript:window.__xss=1"><base href="javascript:window.__xss=1/">',
    '<template><script>window.__xss=1</script></template>',
    `<p data-guidance="&lt;img src=x onerror=window.__xss=1&gt;"></p>`,
    `<div data-strategy-block="positioning" data-strategy-id="str_kettle" data-frozen-at="2026-01-01T00:00:00.000Z" data-snapshot="${escapeHtml(snapshot)}"></div>`,
    // Each payload on its own, closed so the next one is parsed too …
    ...XSS_PAYLOADS.map((payload) => `<p>${payload}${CLOSE_ALL}</p>`),
    // … then all of them unclosed, as a careless paste would carry them (raw-text elements swallow the rest).
    ...XSS_PAYLOADS,
  ].join('');
}

/** Every payload as text inside allowed rich-text structure: it must come out as text everywhere. */
function escapedRichHtml(first: number): string {
  const t = (k: number) => escapeHtml(tagged(first + k));
  return [
    `<h2>${t(0)}</h2>`,
    ...XSS_PAYLOADS.map((_, k) => `<p>${t(k + 1)}</p>`),
    `<ul><li><p>${t(30)}</p></li></ul><blockquote><p><strong>${t(31)}</strong></p></blockquote>`,
    `<table><tbody><tr><th><p>${t(32)}</p></th></tr><tr><td><p>${t(33)}</p></td></tr></tbody></table>`,
    `<p><a href="https://example.com/safe">${t(34)}</a></p>`,
  ].join('');
}

/** Live strategy blocks of every kind: they draw the (payload) strategy into the document. */
const LIVE_BLOCKS = ['target-market', 'positioning', 'competitors', 'perceptual-map', 'price-tiers', 'channel-mix']
  .map((kind) => `<div data-strategy-block="${kind}" data-strategy-id="str_kettle"></div>`)
  .join('');

type Schema = z.ZodType;
interface Def { type: string; format?: string; checks?: Array<{ _zod: { def: { check: string; maximum?: number } } }>; innerType?: Schema; shape?: Record<string, Schema>; element?: Schema; getter?: () => Schema; in?: Schema }
const defOf = (schema: Schema) => (schema as unknown as { _zod: { def: Def } })._zod.def;

/**
 * Free text, as the schema itself says: a plain string with a length limit of at least a short
 * text (200) and no format or pattern. Ids, dates, enums, currency codes and image data URLs all
 * have a format, a pattern, a short limit or are not strings at all.
 */
function textLimit(schema: Schema): number | null {
  const def = defOf(schema);
  if (def.type !== 'string' || def.format !== undefined) return null;
  const checks = (def.checks ?? []).map((check) => check._zod.def);
  if (checks.some((check) => check.check === 'string_format')) return null;
  const max = checks.find((check) => check.check === 'max_length')?.maximum;
  return max !== undefined && max >= 200 ? max : null;
}

/** The schema under optional/nullable/default/lazy/pipe wrappers (the workspace schema has no unions). */
function unwrap(schema: Schema): Schema {
  const def = defOf(schema);
  if (def.innerType) return unwrap(def.innerType);
  if (def.getter) return unwrap(def.getter());
  if (def.type === 'pipe' && def.in) return unwrap(def.in);
  return schema;
}

const LINK_KEYS = new Set(['url', 'website']);
const RICH_TEXT_MIN_LIMIT = 1_000_000;

export interface PayloadWorkspace {
  workspace: Workspace;
  /** Paths of the text fields that were given a payload, e.g. "campaigns[2].notes". */
  fields: string[];
}

/**
 * The English sample workspace (every area has content), with one more ended workshop that has
 * notes, clusters, votes, decisions and action items, a named version with requirements, and
 * then every free-text field, walked through the zod schema, replaced by a tagged payload.
 * Rich-text bodies get the hostile markup, the escaped payloads and one live block of each kind.
 */
export function payloadWorkspace(now = new Date()): PayloadWorkspace {
  const base = createSampleWorkspace('en', now);
  const createdAt = now.toISOString();
  const prd = base.documents.find((doc) => doc.id === 'doc_prd')!;
  prd.versions.push({ id: 'ver_prd1', name: 'v0.1', createdAt, bodyHtml: '<p>old</p>', title: 'old title', requirements: prd.requirements.slice(0, 1) });
  const planned = base.workshops[0]!;
  const firstStep = planned.agenda[0]!.id;
  base.workshops.push({
    ...structuredClone(planned),
    id: 'wsh_done', status: 'ended', startedAt: createdAt, endedAt: createdAt,
    agenda: planned.agenda.map((item) => ({ ...item, actualSeconds: 600, startedAt: createdAt, endedAt: createdAt })),
    notes: [0, 1, 2, 3].map((i) => ({
      id: `note_${i}`, agendaItemId: firstStep, text: 'x', color: 'yellow' as const, participantId: i === 0 ? null : 'ppl_1',
      clusterId: i < 2 ? 'clu_1' : null, x: 10 + i * 20, y: 10, createdAt,
    })),
    clusters: [{ id: 'clu_1', agendaItemId: firstStep, title: 'x' }],
    votes: [{ id: 'vote_1', participantId: 'ppl_1', noteId: 'note_0' }, { id: 'vote_2', participantId: 'ppl_2', noteId: 'note_0' }],
    decisions: [{ id: 'dec_1', text: 'x', target: 'research-finding', strategyId: 'str_kettle', itemId: 'fnd_1', noteIds: ['note_0'], clusterId: null, agendaItemId: firstStep, decidedAt: createdAt }],
    actions: [{ id: 'act_1', title: 'x', owner: 'x', dueDate: createdAt.slice(0, 10), campaignId: null, activityId: null }],
  });

  const fields: string[] = [];
  let next = 0;
  const walk = (schema: Schema, value: unknown, path: string): unknown => {
    const inner = unwrap(schema);
    const def = defOf(inner);
    const limit = textLimit(inner);
    if (limit !== null && typeof value === 'string') {
      fields.push(path);
      if (limit >= RICH_TEXT_MIN_LIMIT) {
        // A document and its versions share their tags, so the version diff shows one small change.
        const documentIndex = Number(/^documents\[(\d+)\]/.exec(path)?.[1] ?? 99);
        const html = `${escapedRichHtml(1_000 * (documentIndex + 1))}${LIVE_BLOCKS}${hostileRichHtml()}`;
        return path.includes('.versions[') ? html.replace('</h2>', '</h2><p>older</p>') : html;
      }
      const key = path.slice(path.lastIndexOf('.') + 1);
      if (LINK_KEYS.has(key)) {
        // The javascript: payload for link-like fields, keeping its index so the tag check knows it.
        while (next % XSS_PAYLOADS.length !== LINK_PAYLOAD) next += 1;
      }
      const text = tagged(next);
      next += 1;
      if (text.length > limit) throw new Error(`${path}: payload longer than ${limit}`);
      return text;
    }
    if (def.type === 'object' && def.shape && value && typeof value === 'object') {
      const out: Record<string, unknown> = {};
      for (const [key, child] of Object.entries(value)) out[key] = def.shape[key] ? walk(def.shape[key], child, path ? `${path}.${key}` : key) : child;
      return out;
    }
    if (def.type === 'array' && def.element && Array.isArray(value)) return value.map((item, i) => walk(def.element!, item, `${path}[${i}]`));
    return value;
  };
  const replaced = walk(workspace, base, '');
  const parsed = workspace.safeParse(replaced);
  if (!parsed.success) throw new Error(`the payload workspace does not validate: ${parsed.error.message}`);
  return { workspace: parsed.data, fields };
}
