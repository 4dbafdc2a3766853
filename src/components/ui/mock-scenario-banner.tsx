import { useState } from 'react';
import { MOCK_SCENARIOS } from '../../../mocks/scenario-schema';
import { requestedMockScenario } from '@/config/mock-scenario';

/** Says plainly when the mock API is misbehaving on purpose (a demo or test scenario), and how to stop it. */
export function MockScenarioBanner() {
  const [scenario] = useState(() => requestedMockScenario());
  if (scenario === null) return null;
  const description =
    scenario.name === 'large'
      ? `The API holds ${scenario.claims.toLocaleString('en-GB')} SYNTHETIC claims, not real reporting.`
      : MOCK_SCENARIOS[scenario.name];
  return (
    <div className="scenario-banner" role="status">
      <p>
        <strong>Demo scenario “{scenario.name}”:</strong> {description}
      </p>
      <a className="button button--quiet" href="?scenario=normal">
        Back to normal data
      </a>
    </div>
  );
}
