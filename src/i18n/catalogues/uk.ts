import { commonUk } from './common/uk';
import { shellUk } from './shell/uk';
import { vocabUk } from './vocab/uk';
import { formatUk } from './format/uk';
import { filtersUk } from './filters/uk';
import { chartsUk } from './charts/uk';
import { panelUk } from './panel/uk';
import { tableUk } from './table/uk';
import { editorUk } from './editor/uk';
import { importUk } from './import/uk';
import { exportUk } from './export/uk';
import { briefingUk } from './briefing/uk';
import { compareUk } from './compare/uk';
import { sourcesUk } from './sources/uk';
import { methodologyUk } from './methodology/uk';
import { replayUk } from './replay/uk';
import { embedUk } from './embed/uk';
import { signinUk } from './signin/uk';
import { routesUk } from './routes/uk';
import { referenceUk } from './reference/uk';
import type { Catalogue } from './en';

/** Every message in Ukrainian, loaded on demand (load-catalogue.ts). */
export const uk: Catalogue = {
  ...commonUk,
  ...shellUk,
  ...vocabUk,
  ...formatUk,
  ...filtersUk,
  ...chartsUk,
  ...panelUk,
  ...tableUk,
  ...editorUk,
  ...importUk,
  ...exportUk,
  ...briefingUk,
  ...compareUk,
  ...sourcesUk,
  ...methodologyUk,
  ...replayUk,
  ...embedUk,
  ...signinUk,
  ...routesUk,
  ...referenceUk,
};
