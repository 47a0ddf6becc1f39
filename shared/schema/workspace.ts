import { z } from 'zod';
import { campaign, marketingBudget } from './campaign';
import { documentTemplate, productDocument } from './document';
import { marketingPlan } from './marketingPlan';
import { currencyCode, id, imageDataUrl, isoDateTime, list, mediumText, requiredName, shortText, uiLanguage } from './primitives';
import { strategy } from './strategy';
import { workshopSession } from './workshop';

/** The file format version this build writes. Older files are migrated (see shared/migrations). */
export const CURRENT_SCHEMA_VERSION = 5;

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

export const workspace = z.object({
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  id,
  name: requiredName,
  createdAt: isoDateTime,
  company: companyProfile,
  strategies: list(strategy, 1_000),
  campaigns: list(campaign, 100_000),
  budgets: list(marketingBudget, 50),
  documents: list(productDocument, 20_000),
  templates: list(documentTemplate, 1_000),
  workshops: list(workshopSession, 1_000),
  /** The marketing plan PDF's saved settings (v4). */
  marketingPlan: marketingPlan,
  settings: workspaceSettings,
});
export type Workspace = z.infer<typeof workspace>;
export type WorkspaceInput = z.input<typeof workspace>;

