import { z } from 'zod';
import { campaign, marketingBudget } from './campaign';
import { documentTemplate, productDocument } from './document';
import { marketingPlan } from './marketingPlan';
import { currencyCode, id, imageDataUrl, isoDateTime, list, mediumText, requiredName, shortText, uiLanguage } from './primitives';
import { strategy } from './strategy';
import { workshopSession } from './workshop';

/** The file format version this build writes. Older files are migrated (see shared/migrations). */
export const CURRENT_SCHEMA_VERSION = 6;

export const companyProfile = z.object({
  name: requiredName,
  industry: shortText,
  description: mediumText,
  website: shortText,
  logoDataUrl: imageDataUrl.nullable(),
});
export type CompanyProfile = z.infer<typeof companyProfile>;

export const workspaceSettings = z.object({
  currency: currencyCode,
  /** 1 = January. Many Chinese companies use the calendar year; others start in April. */
  fiscalYearStartMonth: z.number().int().min(1).max(12),
  requirementPriorityScheme: z.enum(['moscow', 'p0-p3']),
  /** Language the sample content was written in; the UI language itself is an app setting. */
  contentLanguage: uiLanguage,
});
export type WorkspaceSettings = z.infer<typeof workspaceSettings>;

/** How many of each entity one workspace may hold (the file format's limits). */
export const COLLECTION_LIMITS = {
  strategies: 1_000, campaigns: 100_000, budgets: 50, documents: 20_000, templates: 1_000, workshops: 1_000,
} as const;

export const workspace = z.object({
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  id,
  name: requiredName,
  createdAt: isoDateTime,
  company: companyProfile,
  strategies: list(strategy, COLLECTION_LIMITS.strategies),
  campaigns: list(campaign, COLLECTION_LIMITS.campaigns),
  budgets: list(marketingBudget, COLLECTION_LIMITS.budgets),
  documents: list(productDocument, COLLECTION_LIMITS.documents),
  templates: list(documentTemplate, COLLECTION_LIMITS.templates),
  workshops: list(workshopSession, COLLECTION_LIMITS.workshops),
  /** The marketing plan PDF's saved settings (v4). */
  marketingPlan: marketingPlan,
  settings: workspaceSettings,
});
export type Workspace = z.infer<typeof workspace>;
export type WorkspaceInput = z.input<typeof workspace>;

