/**
 * Cuts text to at most `max` UTF-16 units (the unit zod's .max counts) without splitting a
 * surrogate pair, so an emoji or a rare CJK character at the cut does not become a broken char.
 */
export function cutToLength(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const last = cut.charCodeAt(cut.length - 1);
  return last >= 0xd800 && last <= 0xdbff ? cut.slice(0, -1) : cut;
}
