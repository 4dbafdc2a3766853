import type { SourceMessages } from '../catalogue-types';

/** The embed view (a chart view in another site's page), in English, the source language. */
export const embedEn = {
  'embed.heading': 'Claimwatch: North Korea’s support to Russia’s war, reported figures',
  'embed.lede': 'Every point is a claim someone made, not an established fact. A warning is never a count.',
  'embed.fullView': 'Open the full view, with every source and quote',
  'embed.methodology': 'How claims are recorded',
  'embed.opensNewTab': '(opens a new tab)',
} as const satisfies SourceMessages<'embed'>;
