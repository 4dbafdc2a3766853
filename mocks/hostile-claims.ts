import type { Claim } from '../src/contract/claim-schema';
import type { Dataset } from '../src/contract/dataset-schema';
import { syntheticClaims } from './synthetic-claims';

/**
 * SYNTHETIC hostile claims for the "hostile" scenario and the tests: texts that try to inject
 * markup or script, reorder text with bidi controls or hide characters, and addresses that are
 * not web addresses or imitate one. Rendered correctly, each shows as plain text, isolated from
 * its neighbours, and runs nothing.
 */
export const HOSTILE_STRINGS = {
  scriptTag: '<script>window.__claimwatchPwned = "script"</script>',
  imgOnError: '<img src=x onerror="window.__claimwatchPwned = \'img\'">',
  svgOnLoad: '"><svg onload="window.__claimwatchPwned = \'svg\'"></svg>',
  /** A right-to-left override that is never closed: unisolated, it reverses everything after it. */
  bidiOverride: 'Reported by \u202Eecruos lacol (bidi override, never closed)',
  zeroWidth: 'Zero\u200Bwidth\u200Djoined\uFEFF text',
  mixedScripts: '북한군 병력 — войска — قوات (synthetic)',
  longUnbroken: 'x'.repeat(300),
  longQuote: `A long synthetic quote, ${'that goes on and on about figures nobody can check, '.repeat(5)}and ends here.`,
} as const;

type HostileKey = keyof typeof HOSTILE_STRINGS;

/** Only multi-line fields (quotes, notes, figure texts) may hold bidi controls and zero-width characters. */
const MULTI_LINE_ONLY: readonly HostileKey[] = ['bidiOverride', 'zeroWidth'];

export const HOSTILE_URLS = [
  'javascript:window.__claimwatchPwned="link"',
  'data:text/html,<script>window.__claimwatchPwned="data"</script>',
  'https://www.reuters.com@evil.example/article',
  'JaVaScRiPt:window.__claimwatchPwned="case"',
] as const;

/**
 * Records whose single-line fields carry a bidi override or a zero-width character: the contract
 * refuses them (`hidden_character`), so the client sets them aside and reports each with its field.
 */
export const HOSTILE_SET_ASIDE: Record<string, string[]> = {
  'HOSTILE-SET-ASIDE-1': ['speaker.name'],
  'HOSTILE-SET-ASIDE-2': ['speaker.role', 'source.outlet'],
};

/** The hostile records: every hostile string in a quote, a note and a field it is valid in; the two set-aside records last. */
export function hostileClaims(metrics: { id: string; topic: Claim['topic'] }[]): Claim[] {
  const keys = Object.keys(HOSTILE_STRINGS) as HostileKey[];
  const base = syntheticClaims(keys.length + 2, metrics, 666);
  const valid = keys.map((key, index): Claim => {
    const claim = base[index] as Claim;
    const text = HOSTILE_STRINGS[key];
    const multiLineOnly = MULTI_LINE_ONLY.includes(key);
    // Single-line fields get the string where the contract allows it, else a hostile-but-valid one.
    const oneLine = (multiLineOnly ? HOSTILE_STRINGS.mixedScripts : text).slice(0, 150);
    return {
      ...claim,
      id: `HOSTILE-${index + 1}`,
      // A figure in words: drawn as a label on the chart, where it too must stay isolated.
      figure: multiLineOnly
        ? { value: null, low: null, high: null, text, qualifier: null, bound: 'exact', unit: null }
        : claim.figure,
      speaker: {
        ...claim.speaker,
        name: oneLine,
        role: key === 'mixedScripts' ? text : null,
        organisation: `Synthetic hostile source ${index + 1}: ${oneLine}`.slice(0, 200),
      },
      source: {
        ...claim.source,
        url: HOSTILE_URLS[index % HOSTILE_URLS.length] ?? null,
        outlet: `Synthetic outlet: ${oneLine}`.slice(0, 200),
      },
      provenance: [`Synthetic hostile source ${index + 1}`, oneLine],
      quote: { text, language: key === 'mixedScripts' ? 'ko' : null },
      notes: `SYNTHETIC hostile test record: ${text}`,
    };
  });
  const setAside = (index: number, patch: (claim: Claim) => Partial<Claim>): Claim => {
    const claim = base[keys.length + index] as Claim;
    return { ...claim, id: `HOSTILE-SET-ASIDE-${index + 1}`, ...patch(claim) };
  };
  return [
    ...valid,
    setAside(0, (claim) => ({
      speaker: {
        ...claim.speaker,
        name: 'Kim \u202Enuj-gnoJ',
        organisation: 'Synthetic hostile source 10: name with a bidi override',
      },
      quote: { text: 'SYNTHETIC: this record must be set aside, never shown', language: null },
    })),
    setAside(1, (claim) => ({
      speaker: {
        ...claim.speaker,
        role: 'Spokes\u200Bperson',
        organisation: 'Synthetic hostile source 11: outlet with a bidi override',
      },
      source: { ...claim.source, outlet: 'Evil \u202Emoc.elpmaxe' },
      quote: { text: 'SYNTHETIC: this record must be set aside, never shown', language: null },
    })),
  ];
}

/** The default dataset plus the hostile claims (two of them invalid on purpose: served as they are, set aside by the client). */
export function hostileDataset(base: Dataset): Dataset {
  return {
    ...base,
    description: `${base.description} Plus SYNTHETIC hostile test records.`,
    claims: [...base.claims, ...hostileClaims(base.metrics)],
  };
}
