import { commonEn } from './common/en';
import { shellEn } from './shell/en';
import { vocabEn } from './vocab/en';
import { formatEn } from './format/en';
import { filtersEn } from './filters/en';
import { chartsEn } from './charts/en';
import { panelEn } from './panel/en';
import { tableEn } from './table/en';
import { exportEn } from './export/en';
import { briefingEn } from './briefing/en';
import { replayEn } from './replay/en';
import { embedEn } from './embed/en';
import { signinEn } from './signin/en';
import { routesEn } from './routes/en';
import { referenceEn } from './reference/en';
import type { Catalogue } from './en';

/**
 * The messages of the first view and the views it opens without a page of their own, in English: what the
 * browser loads for a page in this language. The messages of pages with their own route load with them (page-messages.ts).
 */
export const enCore: Partial<Catalogue> = {
  ...commonEn,
  ...shellEn,
  ...vocabEn,
  ...formatEn,
  ...filtersEn,
  ...chartsEn,
  ...panelEn,
  ...tableEn,
  ...exportEn,
  ...briefingEn,
  ...replayEn,
  ...embedEn,
  ...signinEn,
  ...routesEn,
  ...referenceEn,
};
