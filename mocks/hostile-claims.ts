import type { Claim } from '../src/api/claim-schema';
import type { Dataset } from '../src/api/dataset-schema';
import { syntheticClaims } from './synthetic-claims';

/**
 * SYNTHETIC hostile claims for the "hostile" scenario and the tests: texts that try to inject
 * markup or script, reorder text with bidi controls or hide characters, and addresses that are
 * not web addresses or imitate one. Rendered correctly, each shows as plain text and runs nothing.
 */
export const HOSTILE_STRINGS = {
  scriptTag: '<script>window.__claimwatchPwned = "script"</script>',
  imgOnError: '<img src=x onerror="window.__claimwatchPwned = \'img\'">',
  svgOnLoad: '"><svg onload="window.__claimwatchPwned = \'svg\'"></svg>',
  bidiOverride: 'Reported by \u202Eecruos lacol\u202C (bidi override)',
  zeroWidth: 'Zero\u200Bwidth\u200Djoined\uFEFF text',
  mixedScripts: '북한군 병력 — войска — قوات (synthetic)',
  longUnbroken: 'x'.repeat(300),
} as const;

export const HOSTILE_URLS = [
  'javascript:window.__claimwatchPwned="link"',
  'data:text/html,<script>window.__claimwatchPwned="data"</script>',
  'https://www.reuters.com@evil.example/article',
  'JaVaScRiPt:window.__claimwatchPwned="case"',
] as const;

export function hostileClaims(metrics: { id: string; topic: Claim['topic'] }[]): Claim[] {
  const texts = Object.values(HOSTILE_STRINGS);
  return syntheticClaims(texts.length, metrics, 666).map((claim, index) => {
    const text = texts[index] ?? '';
    return {
      ...claim,
      id: `HOSTILE-${index + 1}`,
      speaker: { ...claim.speaker, name: text.slice(0, 200), organisation: `Synthetic hostile source ${index + 1}: ${text}`.slice(0, 200) },
      source: { ...claim.source, url: HOSTILE_URLS[index % HOSTILE_URLS.length] ?? null },
      quote: { text, language: null },
      notes: `SYNTHETIC hostile test record: ${text}`,
    };
  });
}

/** The default dataset plus the hostile claims. */
export function hostileDataset(base: Dataset): Dataset {
  return { ...base, description: `${base.description} Plus SYNTHETIC hostile test records.`, claims: [...base.claims, ...hostileClaims(base.metrics)] };
}
