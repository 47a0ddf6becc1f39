/**
 * The channel mix's target shares must add up to 100 %. Users type shares like 33.3, so the
 * check works on the total rounded to hundredths and allows one hundredth either way: three
 * channels at 33.33 (99.99) are a complete mix, not a warning the user cannot fix.
 */

export type ShareState = 'empty' | 'ok' | 'under' | 'over';

export interface ShareCheck {
  /** Sum of the set shares, rounded to 2 decimals. */
  total: number;
  state: ShareState;
  /** Channels with no share yet. */
  unset: number;
}

/** Allowed distance from 100, in hundredths of a percent (0.01 %). */
const TOLERANCE_HUNDREDTHS = 1;

/**
 * Target shares of the channel mix must add up to 100 %. Rounded to 2 decimals so
 * 33.3+33.3+33.4 is exactly 100. `unset` counts channels with no share yet.
 * 'empty' when there are no channels or none has a share. A non-finite share (not valid in
 * the schema) counts as unset rather than poisoning the total with NaN.
 */
export function channelShareCheck(items: ReadonlyArray<{ targetSharePercent: number | null }>): ShareCheck {
  let sum = 0;
  let set = 0;
  for (const item of items) {
    const share = item.targetSharePercent;
    if (share === null || !Number.isFinite(share)) continue;
    sum += share;
    set += 1;
  }
  const unset = items.length - set;
  if (set === 0) return { total: 0, state: 'empty', unset };

  // Compare in whole hundredths: 100.01 - 100 is 0.010000000000005116 in floating point,
  // which a direct comparison with 0.01 would wrongly call "over".
  const hundredths = Math.round(sum * 100);
  const total = hundredths / 100;
  const distance = hundredths - 100 * 100;
  const state: ShareState = Math.abs(distance) <= TOLERANCE_HUNDREDTHS ? 'ok' : distance < 0 ? 'under' : 'over';
  return { total, state, unset };
}
