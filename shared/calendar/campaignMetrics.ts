import type { z } from 'zod';
import type { Campaign, eventDetails } from '../schema/campaign';

/**
 * The numbers a campaign's analysis (活动分析) shows: conversion rate, ROI and the trade-show
 * figures. Pure functions over the stored record; every "cannot be computed" case is null so the
 * UI can show a dash rather than 0 % or Infinity.
 */

export type EventDetails = z.infer<typeof eventDetails>;

/** Money is compared in whole cents, so float noise (0.1 + 0.2) never flips a verdict. */
export function toCents(amount: number): number {
  return Math.round(amount * 100);
}

/** Rounds to cents; values too large for cents to matter are returned as they are. */
export function roundMoney(amount: number): number {
  const scaled = amount * 100;
  if (!Number.isFinite(scaled) || Math.abs(scaled) >= Number.MAX_SAFE_INTEGER) return amount;
  const rounded = Math.round(scaled) / 100;
  return rounded === 0 ? 0 : rounded; // no -0
}

function finiteOrNull(value: number): number | null {
  return Number.isFinite(value) ? value : null;
}

/** conversions ÷ leads × 100 for 'actual' or 'target' KPIs; null when leads is null/0 or conversions null. */
export function conversionRatePercent(kpis: Campaign['kpis'], which: 'actual' | 'target'): number | null {
  const leads = kpis.leads[which];
  const conversions = kpis.conversions[which];
  if (leads === null || leads === 0 || conversions === null) return null;
  return finiteOrNull((conversions / leads) * 100);
}

function returnPercent(gain: number | null, cost: number | null): number | null {
  if (gain === null || cost === null || cost === 0) return null;
  return finiteOrNull(((gain - cost) / cost) * 100);
}

/** (actual revenue − actual spend) ÷ actual spend × 100; null when spend is 0 or actual revenue unknown. */
export function roiPercent(campaign: Pick<Campaign, 'actualSpend' | 'kpis'>): number | null {
  return returnPercent(campaign.kpis.revenue.actual, campaign.actualSpend);
}

/** (target revenue − planned budget) ÷ planned budget × 100; null likewise. */
export function plannedRoiPercent(campaign: Pick<Campaign, 'plannedBudget' | 'kpis'>): number | null {
  return returnPercent(campaign.kpis.revenue.target, campaign.plannedBudget);
}

/** Events/trade shows: booth + other costs (each null = 0; both null → null). */
export function eventCost(event: EventDetails): number | null {
  if (event.boothCost === null && event.otherCosts === null) return null;
  return (event.boothCost ?? 0) + (event.otherCosts ?? 0);
}

/**
 * The trade-show rule of thumb from DOMAIN.md: exhibition cost ÷ expected value
 * (参展费用/期望值; 50,000 / 100,000 = 0.5). null when either is unknown or expected value is 0.
 */
export function eventCostRatio(event: EventDetails): number | null {
  const cost = eventCost(event);
  if (cost === null || event.expectedValue === null || event.expectedValue === 0) return null;
  return finiteOrNull(cost / event.expectedValue);
}

/** Expected ROI of an event: (expected value − cost) ÷ cost × 100; null when either is unknown or cost is 0. */
export function eventExpectedRoiPercent(event: EventDetails): number | null {
  return returnPercent(event.expectedValue, eventCost(event));
}

/** Spend above plan, by more than a cent (the same tolerance the budget roll-up uses). */
export function isOverBudget(campaign: Pick<Campaign, 'plannedBudget' | 'actualSpend'>): boolean {
  return toCents(campaign.actualSpend) > toCents(campaign.plannedBudget) + 1;
}
