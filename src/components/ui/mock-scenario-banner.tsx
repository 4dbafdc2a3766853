import { useState } from 'react';
import { MOCK_SCENARIOS } from '../../../mocks/scenario-schema';
import { requestedMockScenario } from '@/config/mock-scenario';
import { RichText } from '@/i18n/rich-text';
import { useT } from '@/i18n/translate';

/** Says plainly when the mock API is misbehaving on purpose (a demo or test scenario), and how to stop it. */
export function MockScenarioBanner() {
  const t = useT();
  const [scenario] = useState(() => requestedMockScenario());
  if (scenario === null) return null;
  // The scenarios' own descriptions are the mock's developer notes (mocks/scenario-schema.ts), shown as written.
  const description =
    scenario.name === 'large' ? t('common.scenarioLarge', { count: scenario.claims }) : MOCK_SCENARIOS[scenario.name];
  return (
    <div className="scenario-banner" role="status">
      <p>
        <RichText
          text={t('common.demoScenario', { name: scenario.name, description })}
          tags={{ strong: (inner) => <strong>{inner}</strong> }}
        />
      </p>
      <a className="button button--quiet" href="?scenario=normal">
        {t('common.backToNormalData')}
      </a>
    </div>
  );
}
