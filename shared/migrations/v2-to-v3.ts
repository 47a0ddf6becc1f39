/**
 * Version 3 gives competitors a typical price (for the price comparison chart) and lets the
 * pricing block name the tier its break-even uses. Both start empty: nothing is invented.
 * Like every migration it works on untrusted JSON and leaves malformed parts for the schema.
 */
type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function migrateStrategy(strategy: unknown): unknown {
  if (!isObject(strategy)) return strategy;
  const research = isObject(strategy.research) ? strategy.research : null;
  const pricing = isObject(strategy.pricing) ? strategy.pricing : null;
  return {
    ...strategy,
    ...(research && {
      research: {
        ...research,
        competitors: Array.isArray(research.competitors)
          ? research.competitors.map((c: unknown) => (isObject(c) ? { price: null, ...c } : c))
          : research.competitors,
      },
    }),
    ...(pricing && { pricing: { breakEvenTierId: null, ...pricing } }),
  };
}

export function migrateV2ToV3(doc: Json): Json {
  return {
    ...doc,
    schemaVersion: 3,
    strategies: Array.isArray(doc.strategies) ? doc.strategies.map(migrateStrategy) : doc.strategies,
  };
}
