import { commonKo } from './common/ko';
import { shellKo } from './shell/ko';
import { vocabKo } from './vocab/ko';
import { formatKo } from './format/ko';
import { filtersKo } from './filters/ko';
import { chartsKo } from './charts/ko';
import { panelKo } from './panel/ko';
import { tableKo } from './table/ko';
import { exportKo } from './export/ko';
import { briefingKo } from './briefing/ko';
import { replayKo } from './replay/ko';
import { embedKo } from './embed/ko';
import { signinKo } from './signin/ko';
import { routesKo } from './routes/ko';
import { referenceKo } from './reference/ko';
import type { Catalogue } from './en';

/**
 * The messages of the first view and the views it opens without a page of their own, in Korean: what the
 * browser loads for a page in this language. The messages of pages with their own route load with them (page-messages.ts).
 */
export const koCore: Partial<Catalogue> = {
  ...commonKo,
  ...shellKo,
  ...vocabKo,
  ...formatKo,
  ...filtersKo,
  ...chartsKo,
  ...panelKo,
  ...tableKo,
  ...exportKo,
  ...briefingKo,
  ...replayKo,
  ...embedKo,
  ...signinKo,
  ...routesKo,
  ...referenceKo,
};
