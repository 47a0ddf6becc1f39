/** Splits a number of minutes into whole hours and the minutes left over (for "2 h 50 min"). */
export function splitMinutes(total: number): { hours: number; minutes: number } {
  const whole = Math.max(0, Math.round(total));
  return { hours: Math.floor(whole / 60), minutes: whole % 60 };
}

/** Sum of the agenda's timeboxes, in minutes. */
export function totalMinutes(agenda: readonly { minutes: number }[]): number {
  return agenda.reduce((sum, item) => sum + item.minutes, 0);
}
