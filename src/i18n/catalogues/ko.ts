import { commonKo } from './common/ko';
import { shellKo } from './shell/ko';
import { vocabKo } from './vocab/ko';
import { formatKo } from './format/ko';
import { filtersKo } from './filters/ko';
import { chartsKo } from './charts/ko';
import { panelKo } from './panel/ko';
import { tableKo } from './table/ko';
import { editorKo } from './editor/ko';
import { importKo } from './import/ko';
import { exportKo } from './export/ko';
import { briefingKo } from './briefing/ko';
import { compareKo } from './compare/ko';
import { sourcesKo } from './sources/ko';
import { methodologyKo } from './methodology/ko';
import { replayKo } from './replay/ko';
import { embedKo } from './embed/ko';
import { signinKo } from './signin/ko';
import { routesKo } from './routes/ko';
import { referenceKo } from './reference/ko';
import type { Catalogue } from './en';

/** Every message in Korean, loaded on demand (load-catalogue.ts). */
export const ko: Catalogue = {
  ...commonKo,
  ...shellKo,
  ...vocabKo,
  ...formatKo,
  ...filtersKo,
  ...chartsKo,
  ...panelKo,
  ...tableKo,
  ...editorKo,
  ...importKo,
  ...exportKo,
  ...briefingKo,
  ...compareKo,
  ...sourcesKo,
  ...methodologyKo,
  ...replayKo,
  ...embedKo,
  ...signinKo,
  ...routesKo,
  ...referenceKo,
};
