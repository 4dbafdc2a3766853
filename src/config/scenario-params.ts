/** The URL parameters that pick a mock-API scenario; they are view parameters, not claim filters. */
export const SCENARIO_PARAMS = ['scenario', 'scenarioClaims'] as const;
