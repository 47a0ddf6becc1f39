import { jsonEqual } from '../../ops/changeSet';
import { defineInvariant } from '../../ops/defineInvariant';
import { requirementNumber } from '../requirements';
import type { Touched } from '../../ops/touchedEntities';
import type { ProductDocument, Requirement } from '../../schema/document';
import type { Workspace } from '../../schema/workspace';
import type { IssueSummary } from '../../validation/issues';
import { isBodyLocked } from '../changeControl';

/**
 * The documents' rules across entities and across time, checked after every operation (and every
 * undo or redo) that touched a document — only the touched documents are looked at.
 */

interface TouchedDocument {
  id: string;
  /** The document after the operation; null when it was removed. */
  now: ProductDocument | null;
  /** The document before the operation; null when it was added. */
  was: ProductDocument | null;
}

/** One lookup per operation for all the invariants below (they run one after another on the same `touched`). */
const lookups = new WeakMap<Touched, { next: Workspace; before: Workspace; found: TouchedDocument[] }>();

/** The touched documents before and after, found in one pass over each list. */
function touchedDocuments(next: Workspace, touched: Touched, before: Workspace): TouchedDocument[] {
  const cached = lookups.get(touched);
  if (cached && cached.next === next && cached.before === before) return cached.found;
  const found = findTouched(next, touched, before);
  lookups.set(touched, { next, before, found });
  return found;
}

function findTouched(next: Workspace, touched: Touched, before: Workspace): TouchedDocument[] {
  const ids = touched.entities.get('documents');
  if (touched.collections.has('documents')) {
    // The whole list replaced (a hand-made change): every document counts as touched.
    const all = new Set<string>([...next.documents.map((doc) => doc.id), ...before.documents.map((doc) => doc.id)]);
    return collect(all, next, before);
  }
  if (!ids || ids.size === 0) return [];
  return collect(ids, next, before);
}

function collect(ids: ReadonlySet<string>, next: Workspace, before: Workspace): TouchedDocument[] {
  const found = new Map<string, TouchedDocument>();
  for (const id of ids) found.set(id, { id, now: null, was: null });
  let left = ids.size;
  for (const doc of next.documents) {
    const entry = found.get(doc.id);
    if (entry && entry.now === null) { entry.now = doc; if (--left === 0) break; }
  }
  left = ids.size;
  for (const doc of before.documents) {
    const entry = found.get(doc.id);
    if (entry && entry.was === null) { entry.was = doc; if (--left === 0) break; }
  }
  return [...found.values()];
}

const base = (doc: ProductDocument) => `documents.${doc.id}`;

/**
 * REQ-keys are never reused: no two requirements of a document share a key, a requirement keeps
 * its key for life, and a new requirement never takes a key another requirement had — in the
 * document before this change or in any of its saved versions.
 */
export const requirementKeysNeverReused = defineInvariant('document.requirement-keys', ['documents'], (next, touched, before) => {
  const issues: IssueSummary[] = [];
  for (const { now, was } of touchedDocuments(next, touched, before)) {
    if (!now || (was && was.requirements === now.requirements)) continue;
    const owner = new Map<string, string>();
    for (const requirement of now.requirements) {
      if (owner.has(requirement.key)) {
        issues.push({ path: `${base(now)}.requirements.${requirement.id}`, en: `uses the ID ${requirement.key}, which another requirement has`, zh: `使用的编号 ${requirement.key} 已被另一条需求使用` });
      }
      owner.set(requirement.key, requirement.id);
    }
    const earlierKey = new Map<string, string>();
    const earlierOwner = new Map<string, string>();
    for (const requirement of was?.requirements ?? []) {
      earlierKey.set(requirement.id, requirement.key);
      earlierOwner.set(requirement.key, requirement.id);
    }
    const fresh: Requirement[] = [];
    for (const requirement of now.requirements) {
      const key = earlierKey.get(requirement.id);
      if (key === requirement.key) continue;
      const path = `${base(now)}.requirements.${requirement.id}`;
      if (key !== undefined) {
        issues.push({ path, en: `changes its ID from ${key} to ${requirement.key}; a requirement's ID never changes`, zh: `的编号从 ${key} 改为 ${requirement.key}；需求编号不能更改` });
        continue;
      }
      const other = earlierOwner.get(requirement.key);
      if (other !== undefined && other !== requirement.id) {
        issues.push({ path, en: `would reuse the ID ${requirement.key} of another requirement`, zh: `会重复使用另一条需求的编号 ${requirement.key}` });
        continue;
      }
      // The counter remembers every number given (v6), so a deleted requirement's key is never given again.
      if (requirementNumber(requirement.key) > now.lastRequirementNumber) {
        issues.push({ path, en: `has the ID ${requirement.key}, beyond the document's last given number ${now.lastRequirementNumber}`, zh: `的编号 ${requirement.key} 超出了文档已分配的最大编号 ${now.lastRequirementNumber}` });
        continue;
      }
      fresh.push(requirement);
    }
    if (fresh.length === 0) continue;
    // Only when requirements arrive: the keys the saved versions used, and by which requirement.
    const wanted = new Map(fresh.map((requirement) => [requirement.key, requirement]));
    for (const version of now.versions) {
      for (const old of version.requirements ?? []) {
        const requirement = wanted.get(old.key);
        if (requirement && requirement.id !== old.id) {
          issues.push({ path: `${base(now)}.requirements.${requirement.id}`, en: `would reuse the ID ${old.key}, which a requirement in version “${version.name}” had`, zh: `会重复使用版本“${version.name}”中另一条需求的编号 ${old.key}` });
          wanted.delete(old.key);
        }
      }
      if (wanted.size === 0) break;
    }
  }
  return issues;
});

/**
 * An approved or handed-off document's content (body and requirements) changes only while a
 * change record is pending — whatever the operation, undo and redo included. The cover fields,
 * status, versions and change records stay editable (that is how a change gets recorded).
 */
export const approvedDocumentsLocked = defineInvariant('document.approval-lock', ['documents'], (next, touched, before) => {
  const issues: IssueSummary[] = [];
  for (const { now, was } of touchedDocuments(next, touched, before)) {
    if (!now || !was) continue;
    const body = was.bodyHtml !== now.bodyHtml;
    const requirements = was.requirements !== now.requirements && !jsonEqual(was.requirements, now.requirements);
    if (!body && !requirements) continue;
    if (!isBodyLocked(was) && !isBodyLocked(now)) continue;
    issues.push({
      path: `${base(now)}.${body ? 'bodyHtml' : 'requirements'}`,
      en: 'is locked: the document is approved, so its content changes only while a change record is pending',
      zh: '已锁定：文档已审批，只有在变更记录待定期间才能修改内容',
    });
  }
  return issues;
});

/**
 * A document links to a strategy that exists, when the link is made or changed. A link left by a
 * strategy deleted later is not refused (the strategy area leaves it, as it does today).
 */
export const documentStrategyLinks = defineInvariant('document.strategy-link', ['documents'], (next, touched, before) => {
  const issues: IssueSummary[] = [];
  for (const { now, was } of touchedDocuments(next, touched, before)) {
    if (!now || now.strategyId === null || (was && was.strategyId === now.strategyId)) continue;
    const strategyId = now.strategyId;
    if (!next.strategies.some((strategy) => strategy.id === strategyId)) {
      issues.push({ path: `${base(now)}.strategyId`, en: `names the strategy ${strategyId}, which does not exist`, zh: `引用的策略 ${strategyId} 不存在` });
    }
  }
  return issues;
});

/**
 * A document printed as an appendix of the marketing plan is not removed from under it (the plan's
 * own invariant checks the ids it adds; this one, the documents that go away).
 */
export const planAppendicesKept = defineInvariant('document.plan-appendices', ['documents'], (next, touched, before) => {
  const issues: IssueSummary[] = [];
  const listed = next.marketingPlan.documentIds;
  if (listed.length === 0) return issues;
  for (const { id, now, was } of touchedDocuments(next, touched, before)) {
    if (now || !was || !listed.includes(id)) continue;
    issues.push({ path: `documents.${id}`, en: `cannot be removed: the marketing plan prints “${was.title}” as an appendix`, zh: `无法删除：营销计划将“${was.title}”作为附录打印` });
  }
  return issues;
});

// The lock first: on a locked document, that is the reason to give, whatever else the change breaks.
export const documentInvariantList = [approvedDocumentsLocked, requirementKeysNeverReused, documentStrategyLinks, planAppendicesKept];
