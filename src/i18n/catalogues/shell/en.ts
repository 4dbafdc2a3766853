import type { SourceMessages } from '../catalogue-types';

/** The page's frame (header, footer, settings), in English, the source language. */
export const shellEn = {
  'shell.skipToCharts': 'Skip to the charts',
  'shell.title': 'North Korea’s support to Russia’s war: reported figures',
  'shell.ledeLong':
    'Every point is a claim someone made, not an established fact. Shape and fill show how well it is verified; the outline shows what kind of figure it is. A warning is never a count.',
  'shell.ledeShort': 'Every point is a claim someone made, not an established fact. A warning is never a count.',
  'shell.footer':
    'Data: 64 research notes on public reporting (2023–2025) and two seed texts, each claim with its outlet, address, date and quote. Nothing is added to what the sources say. <api>API contract (OpenAPI)</api>',
  'shell.language': 'Language',
  'shell.machineDrafted':
    'This translation was drafted by machine and has not yet been reviewed by a speaker of the language.',
  'shell.theme': 'Theme',
  'shell.themeSystem': 'System',
  'shell.themeLight': 'Light',
  'shell.themeDark': 'Dark',
} as const satisfies SourceMessages<'shell'>;
