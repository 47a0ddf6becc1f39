import type { ChangeRecord, DocumentKind, DocumentStatus, DocumentVersion, ProductDocument, Requirement } from '../../shared/schema/document';
import { highestRequirementNumber } from '../../shared/documents/requirements';
import { documentBody, earlierDraft } from './largeDocumentBodies';
import type { Random } from './seededRandom';

/**
 * The documents of the large bench workspace: mostly BRDs and PRDs, bodies of a few KB to
 * ~100 KB, PRDs with requirement tables, reviewed documents with saved versions and approved
 * ones with change records — the mix a product team has after a few years.
 */

const PRODUCTS = ['Smart Kettle S2', 'Tea Maker Pro', 'Air Fryer A5', 'Quiet Purifier Q1', 'Rice Cooker R3', '智能电水壶 S2', '静音净化器 Q1'];
const AUTHORS = ['Chen Jing', 'Li Wei', 'Anna Schmidt', 'Wang Fang', 'Tom Becker', '赵敏'];
const KINDS: readonly DocumentKind[] = ['brd', 'brd', 'brd', 'prd', 'prd', 'prd', 'prd', 'launch-brief', 'trade-show-plan', 'change-request', 'other'];
const STATUSES: readonly DocumentStatus[] = ['draft', 'draft', 'in-review', 'approved', 'approved', 'handed-off'];
const KIND_TITLES: Record<DocumentKind, string> = {
  brd: 'Business requirements', prd: 'Product requirements', 'launch-brief': 'Launch brief',
  'trade-show-plan': 'Trade show plan', 'change-request': 'Change request', other: 'Notes',
};
const REQUIREMENT_TITLES = [
  'Set the water temperature in 1 °C steps', 'Keep warm for up to 12 hours', 'Pair with the app in under a minute',
  'Warn before descaling is due', 'Lock the lid while boiling', 'Show the temperature on the base', '支持语音提醒', 'Restore presets after a power cut',
];
const PRIORITIES = ['must', 'must', 'should', 'should', 'could', 'wont'] as const;
const REQUIREMENT_STATUSES = ['proposed', 'accepted', 'accepted', 'in-progress', 'done', 'rejected'] as const;

const DAY_MS = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString();

function requirements(docIndex: number, count: number, random: Random): Requirement[] {
  return Array.from({ length: count }, (_, j) => ({
    id: `req_${docIndex}_${j}`,
    key: `REQ-${String(j + 1).padStart(3, '0')}`,
    title: `${random.pick(REQUIREMENT_TITLES)} (${j + 1})`,
    description: 'As a tea drinker I want the kettle to do this without opening the app every time. 用户无需每次打开应用。',
    priority: random.pick(PRIORITIES),
    acceptanceCriteria: 'Given a full kettle, when the preset is chosen, then the water reaches it within ±1 °C in under 5 minutes.',
    status: random.pick(REQUIREMENT_STATUSES),
    owner: random.pick(AUTHORS),
    personaOrSegmentId: random.chance(0.5) ? 'seg_1' : null,
  }));
}

function changeRecords(docIndex: number, count: number, createdMs: number, random: Random): ChangeRecord[] {
  return Array.from({ length: count }, (_, j) => ({
    id: `chg_${docIndex}_${j}`,
    description: 'Move the launch two weeks later and add the gift box for the autumn festival.',
    reason: 'Tooling for the lid is late; the festival is the better window anyway. 模具延期。',
    impact: 'Launch budget moves from Q3 to Q4; retail training is unchanged.',
    implementationPlan: 'Update the timeline, tell the distributors, re-book the press day.',
    requestedBy: random.pick(AUTHORS),
    approver: random.pick(AUTHORS),
    decision: random.pick(['pending', 'approved', 'approved', 'rejected'] as const),
    date: iso(createdMs + (j + 1) * 7 * DAY_MS).slice(0, 10),
  }));
}

function versions(docIndex: number, body: string, title: string, reqs: Requirement[], count: number, createdMs: number): DocumentVersion[] {
  return Array.from({ length: count }, (_, j) => ({
    id: `ver_${docIndex}_${j}`,
    name: `v0.${j + 1}`,
    createdAt: iso(createdMs + (j + 1) * 3 * DAY_MS),
    bodyHtml: earlierDraft(body, (j + 1) / (count + 1)),
    title,
    requirements: reqs.slice(0, Math.ceil((reqs.length * (j + 1)) / (count + 1))),
  }));
}

/** Body size in characters: mostly 2–18 KB, every 40th document a long one of ~100 KB. */
function bodySize(index: number, random: Random): number {
  return index % 40 === 39 ? random.int(80_000, 120_000) : random.int(2_000, 18_000);
}

export interface DocumentOptions {
  count: number;
  strategyIds: readonly string[];
  now: Date;
  random: Random;
  /** A document the bench and the e2e test edit: a draft PRD (drafts are editable) of about this size. */
  editable: { id: string; bodyBytes: number };
}

export function largeDocuments({ count, strategyIds, now, random, editable }: DocumentOptions): ProductDocument[] {
  return Array.from({ length: count }, (_, i) => {
    const isEditable = i === 0;
    const kind: DocumentKind = isEditable ? 'prd' : random.pick(KINDS);
    const status: DocumentStatus = isEditable ? 'draft' : random.pick(STATUSES);
    const product = random.pick(PRODUCTS);
    const strategyId = random.chance(0.9) ? strategyIds[i % strategyIds.length]! : null;
    const createdMs = now.getTime() - random.int(20, 700) * DAY_MS;
    const updatedMs = Math.min(now.getTime() - DAY_MS, createdMs + random.int(1, 300) * DAY_MS);
    const title = `${product} · ${KIND_TITLES[kind]} ${i + 1}`;
    const bodyHtml = documentBody(kind, isEditable ? editable.bodyBytes : bodySize(i, random), random, strategyId);
    const reqCount = kind === 'prd' ? random.int(8, 40) : kind === 'brd' ? random.int(0, 10) : 0;
    const reqs = requirements(i, reqCount, random);
    const reviewed = status !== 'draft';
    const versionCount = reviewed ? random.int(0, 2) : random.chance(0.2) ? 1 : 0;
    const locked = status === 'approved' || status === 'handed-off';
    return {
      id: isEditable ? editable.id : `doc_${i}`,
      kind, title, product, status,
      author: random.pick(AUTHORS),
      strategyId,
      templateId: null,
      bodyHtml,
      requirements: reqs,
      lastRequirementNumber: highestRequirementNumber(reqs),
      changeRecords: locked ? changeRecords(i, random.int(1, 3), createdMs, random) : [],
      versions: versions(i, bodyHtml, title, reqs, versionCount, createdMs),
      createdAt: iso(createdMs),
      updatedAt: iso(updatedMs),
    };
  });
}
