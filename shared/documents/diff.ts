import { diffArrays, diffWords } from 'diff';
import type { Requirement } from '../schema/document';
import { parseSnapshot, plainText, type RichNode } from './richText';

/**
 * A readable diff between two versions: paragraphs are lined up first (so an inserted paragraph
 * shows as one added block, not as every later paragraph changed), then a paragraph that was
 * edited shows which words changed.
 */

export interface DiffPart {
  text: string;
  added?: boolean;
  removed?: boolean;
}

export interface DiffBlock {
  kind: 'same' | 'added' | 'removed' | 'changed';
  parts: DiffPart[];
}

// Word boundaries from ICU: Chinese has no spaces, and without a segmenter a changed Chinese
// paragraph would show as one removed and one added run.
let segmenter: Intl.Segmenter | null = null;
function wordSegmenter(): Intl.Segmenter {
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'word' });
  return segmenter;
}

function wordParts(before: string, after: string): DiffPart[] {
  return diffWords(before, after, { intlSegmenter: wordSegmenter() }).map((change) => {
    const part: DiffPart = { text: change.value };
    if (change.added) part.added = true;
    if (change.removed) part.removed = true;
    return part;
  });
}

/** Whether an edited pair still shares some words; if not it reads better as removed + added. */
const sharesWords = (parts: readonly DiffPart[]) => parts.some((p) => !p.added && !p.removed && p.text.trim() !== '');

export function diffTextBlocks(before: readonly string[], after: readonly string[]): DiffBlock[] {
  const blocks: DiffBlock[] = [];
  const changes = diffArrays([...before], [...after]);
  for (let i = 0; i < changes.length; i++) {
    const change = changes[i]!;
    if (!change.added && !change.removed) {
      for (const text of change.value) blocks.push({ kind: 'same', parts: [{ text }] });
      continue;
    }
    // jsdiff reports a replaced run as removals followed by additions: pair them up in order.
    const next = changes[i + 1];
    const removed = change.removed ? change.value : [];
    const added = change.added ? change.value : next?.added && change.removed ? next.value : [];
    if (change.removed && next?.added) i++;
    const paired = Math.min(removed.length, added.length);
    for (let k = 0; k < paired; k++) {
      const parts = wordParts(removed[k]!, added[k]!);
      if (sharesWords(parts)) blocks.push({ kind: 'changed', parts });
      else {
        blocks.push({ kind: 'removed', parts: [{ text: removed[k]!, removed: true }] });
        blocks.push({ kind: 'added', parts: [{ text: added[k]!, added: true }] });
      }
    }
    for (const text of removed.slice(paired)) blocks.push({ kind: 'removed', parts: [{ text, removed: true }] });
    for (const text of added.slice(paired)) blocks.push({ kind: 'added', parts: [{ text, added: true }] });
  }
  return blocks;
}

/**
 * The text blocks a diff compares, from a document tree: each paragraph, heading, list item,
 * table row ("a | b | c") and code block is one block; empty ones are left out. A live
 * strategy block is left out too (both versions show the strategy as it is now, so it cannot
 * differ); a frozen one contributes its snapshot's blocks.
 */
export function textBlocks(root: RichNode): string[] {
  const out: string[] = [];
  const push = (text: string) => {
    const clean = text.replace(/[ \t]+/g, ' ').trim();
    if (clean !== '') out.push(clean);
  };
  const walk = (node: RichNode, prefix: string) => {
    switch (node.type) {
      case 'paragraph': case 'heading': case 'codeBlock':
        push(prefix + plainText(node));
        return;
      case 'bulletList': case 'orderedList':
        (node.content ?? []).forEach((item, index) => {
          const marker = node.type === 'bulletList' ? '• ' : `${Number(node.attrs?.start ?? 1) + index}. `;
          (item.content ?? []).forEach((child, k) => walk(child, k === 0 ? marker : ''));
        });
        return;
      case 'tableRow':
        push((node.content ?? []).map((cell) => plainText(cell).replace(/\s+/g, ' ').trim()).join(' | '));
        return;
      case 'strategyBlock': {
        const attr = node.attrs?.snapshot;
        const snapshot = Array.isArray(attr) ? (attr as RichNode[]) : parseSnapshot(typeof attr === 'string' ? attr : null);
        for (const child of snapshot ?? []) walk(child, '');
        return;
      }
      case 'image': case 'horizontalRule': case 'hardBreak':
        return;
      case 'text':
        push(prefix + (node.text ?? ''));
        return;
      default:
        for (const child of node.content ?? []) walk(child, '');
    }
  };
  walk(root, '');
  return out;
}

// ---------------------------------------------------------------------------------------------
// Requirements

/** The fields a reader compares; id is internal and key is what rows are matched by. */
export const COMPARED_REQUIREMENT_FIELDS = [
  'title', 'description', 'priority', 'acceptanceCriteria', 'status', 'owner', 'personaOrSegmentId',
] as const satisfies ReadonlyArray<keyof Requirement>;
export type ComparedRequirementField = (typeof COMPARED_REQUIREMENT_FIELDS)[number];

export interface RequirementsDiff {
  added: Requirement[];
  removed: Requirement[];
  changed: Array<{ key: string; before: Requirement; after: Requirement; fields: ComparedRequirementField[] }>;
}

/** Requirements matched by key (REQ-001 is the same requirement in both versions). */
export function diffRequirements(before: readonly Requirement[], after: readonly Requirement[]): RequirementsDiff {
  const firstByKey = (list: readonly Requirement[]) => {
    const map = new Map<string, Requirement>();
    for (const r of list) if (!map.has(r.key)) map.set(r.key, r);
    return map;
  };
  const old = firstByKey(before);
  const now = firstByKey(after);
  const result: RequirementsDiff = { added: [], removed: [], changed: [] };
  for (const [key, r] of now) {
    const was = old.get(key);
    if (!was) { result.added.push(r); continue; }
    const fields = COMPARED_REQUIREMENT_FIELDS.filter((field) => was[field] !== r[field]);
    if (fields.length > 0) result.changed.push({ key, before: was, after: r, fields });
  }
  for (const [key, r] of old) if (!now.has(key)) result.removed.push(r);
  return result;
}
