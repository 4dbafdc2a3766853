import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/** axe's serious and critical violations, one readable line each (rule, help, up to 3 offending nodes with their HTML). */
export async function seriousViolations(page: Page): Promise<string[]> {
  // resultTypes: only violations are reported in full, which makes axe much faster on the SVG-heavy page.
  const results = await new AxeBuilder({ page }).options({ resultTypes: ['violations'] }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => {
      const nodes = v.nodes.slice(0, 3).map((n) => `${n.target.join(' ')} ${n.html.slice(0, 160)}`);
      return `[${v.impact}] ${v.id}: ${v.help} — ${v.nodes.length} node(s): ${nodes.join(' | ')}`;
    });
}
