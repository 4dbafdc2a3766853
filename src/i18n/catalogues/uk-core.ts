import { commonUk } from './common/uk';
import { shellUk } from './shell/uk';
import { vocabUk } from './vocab/uk';
import { formatUk } from './format/uk';
import { filtersUk } from './filters/uk';
import { chartsUk } from './charts/uk';
import { panelUk } from './panel/uk';
import { tableUk } from './table/uk';
import { exportUk } from './export/uk';
import { briefingUk } from './briefing/uk';
import { replayUk } from './replay/uk';
import { embedUk } from './embed/uk';
import { signinUk } from './signin/uk';
import { routesUk } from './routes/uk';
import { referenceUk } from './reference/uk';
import type { Catalogue } from './en';

/**
 * The messages of the first view and the views it opens without a page of their own, in Ukrainian: what the
 * browser loads for a page in this language. The messages of pages with their own route load with them (page-messages.ts).
 */
export const ukCore: Partial<Catalogue> = {
  ...commonUk,
  ...shellUk,
  ...vocabUk,
  ...formatUk,
  ...filtersUk,
  ...chartsUk,
  ...panelUk,
  ...tableUk,
  ...exportUk,
  ...briefingUk,
  ...replayUk,
  ...embedUk,
  ...signinUk,
  ...routesUk,
  ...referenceUk,
};
