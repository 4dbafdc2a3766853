import { commonEn } from './common/en';
import { shellEn } from './shell/en';
import { vocabEn } from './vocab/en';
import { formatEn } from './format/en';
import { filtersEn } from './filters/en';
import { chartsEn } from './charts/en';
import { panelEn } from './panel/en';
import { tableEn } from './table/en';
import { editorEn } from './editor/en';
import { importEn } from './import/en';
import { exportEn } from './export/en';
import { briefingEn } from './briefing/en';
import { compareEn } from './compare/en';
import { sourcesEn } from './sources/en';
import { methodologyEn } from './methodology/en';
import { replayEn } from './replay/en';
import { embedEn } from './embed/en';
import { signinEn } from './signin/en';
import { routesEn } from './routes/en';
import { referenceEn } from './reference/en';
import type { Translation } from './catalogue-types';

/** Every message in English: the source language, in the first load's bundle. */
export const en = {
  ...commonEn,
  ...shellEn,
  ...vocabEn,
  ...formatEn,
  ...filtersEn,
  ...chartsEn,
  ...panelEn,
  ...tableEn,
  ...editorEn,
  ...importEn,
  ...exportEn,
  ...briefingEn,
  ...compareEn,
  ...sourcesEn,
  ...methodologyEn,
  ...replayEn,
  ...embedEn,
  ...signinEn,
  ...routesEn,
  ...referenceEn,
};

export type MessageKey = keyof typeof en;
/** A catalogue: every key of the English one. */
export type Catalogue = Translation<typeof en>;
