import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, type Page } from '@playwright/test';

/**
 * axe-core (pinned) run in the page. Injected with evaluate, which the app's Content-Security-Policy
 * does not govern (a script tag would be refused, as it should be). Fails on critical and serious
 * violations, listing each rule and the first elements it names.
 */
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** `scope`: CSS selectors of the parts to check (what a change added); the whole page when left out. */
export async function expectNoSeriousA11yViolations(page: Page, context: string, scope?: string[]): Promise<void> {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async (include) => {
    const axe = (window as unknown as { axe: { run(context: unknown, options: object): Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(include ? { include: include.map((selector) => [selector]) } : document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map((n) => ({ target: n.target })) }));
  }, scope ?? null);
  const serious = violations.filter((v) => v.impact === 'critical' || v.impact === 'serious');
  const report = serious.map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`).join('\n');
  expect(serious, `${context}: axe-core found critical/serious violations:\n${report}`).toEqual([]);
}
