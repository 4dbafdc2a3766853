import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** axe's serious and critical violations, one readable line each (rule, help, up to 3 offending nodes with their HTML). */
export async function seriousViolations(page: Page): Promise<string[]> {
  // resultTypes: only violations are reported in full, which makes axe much faster on the SVG-heavy page.
  // Legacy mode runs axe.run() in the page: the app has no frames, so it checks the same nodes as the default
  // runPartial() + finishRun() in a second page, without shipping ~4 MB of partial results between them (3× faster here).
  const results = await new AxeBuilder({ page })
    .setLegacyMode(true)
    .options({ resultTypes: ['violations'] })
    .analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => {
      const nodes = v.nodes.slice(0, 3).map((n) => `${n.target.join(' ')} ${n.html.slice(0, 160)}`);
      return `[${v.impact}] ${v.id}: ${v.help} — ${v.nodes.length} node(s): ${nodes.join(' | ')}`;
    });
}
