import { requestedMockScenario } from './mock-scenario';

describe('requestedMockScenario', () => {
  it('reads a scenario from the address and keeps it for the tab', () => {
    expect(requestedMockScenario('?scenario=slow')).toEqual({ name: 'slow', claims: 10_000 });
    expect(requestedMockScenario('')).toEqual({ name: 'slow', claims: 10_000 });
  });

  it('takes the size of the large scenario', () => {
    expect(requestedMockScenario('?scenario=large&scenarioClaims=100000')).toEqual({ name: 'large', claims: 100_000 });
  });

  it('normal clears the kept scenario', () => {
    requestedMockScenario('?scenario=offline');
    expect(requestedMockScenario('?scenario=normal')).toBeNull();
    expect(requestedMockScenario('')).toBeNull();
  });

  it.each(['?scenario=explode', '?scenario=large&scenarioClaims=-5', '?scenario=large&scenarioClaims=1e9'])(
    'ignores a bad request: %s',
    (search) => {
      expect(requestedMockScenario(search)).toBeNull();
    },
  );

  it('ignores something unreadable kept in storage', () => {
    sessionStorage.setItem('claimwatch:mock-scenario', '{not json');
    expect(requestedMockScenario('')).toBeNull();
  });
});
