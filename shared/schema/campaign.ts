import { z } from 'zod';
import { channelType } from './strategy';
import { count, id, isoDate, list, longText, mediumText, money, optionalMoney, requiredName, shortText } from './primitives';

export const campaignStatus = z.enum(['idea', 'planned', 'in-progress', 'done', 'cancelled']);
export const campaignKind = z.enum(['campaign', 'event', 'trade-show']);

/** Three levels of progress control: milestones (management), main events (department), tasks (people). */
export const activity = z
  .object({
    id, level: z.enum(['milestone', 'event', 'task']), title: requiredName,
    startDate: isoDate, endDate: isoDate, owner: shortText.default(''), done: z.boolean(),
  })
  .refine((a) => a.endDate >= a.startDate, { message: 'end-before-start', path: ['endDate'], params: { reason: 'end-before-start' } });

const kpi = z.object({ target: optionalMoney, actual: optionalMoney });
export const campaignKpis = z.object({ reach: kpi, leads: kpi, conversions: kpi, revenue: kpi });

/** Extra record for events and trade shows 展会: costs vs. expected value, and non-sales outcomes. */
export const eventDetails = z.object({
  venue: shortText, boothCost: optionalMoney, otherCosts: optionalMoney, expectedValue: optionalMoney,
  leadsCollected: count.nullable(), contacts: mediumText, competitorIntel: mediumText, brandNotes: mediumText,
});

export const campaign = z
  .object({
    id,
    name: requiredName,
    kind: campaignKind,
    objective: mediumText,
    strategyId: id.nullable(),
    promotionItemId: id.nullable(),
    channels: list(channelType, 10),
    owner: shortText,
    status: campaignStatus,
    startDate: isoDate,
    endDate: isoDate,
    plannedBudget: money,
    actualSpend: money,
    kpis: campaignKpis,
    activities: list(activity, 2_000),
    event: eventDetails.nullable(),
    notes: longText,
  })
  .refine((c) => c.endDate >= c.startDate, { message: 'end-before-start', path: ['endDate'], params: { reason: 'end-before-start' } });
export type Campaign = z.infer<typeof campaign>;

export const marketingBudget = z.object({
  year: z.number().int().min(2000).max(2100),
  total: money,
  byChannel: list(z.object({ channel: channelType, amount: money }), 20),
  byMonth: list(money, 12),
});
export type MarketingBudget = z.infer<typeof marketingBudget>;
