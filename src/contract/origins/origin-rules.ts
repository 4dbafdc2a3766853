/** The warning on a claim marked corroborated whose every supporter repeats its own origin or organisation. */
export const ONE_ORIGIN_WARNING = 'corroborated_one_origin';

/** Another claim supports a figure when it refers to a date within a month and is within 15% of it. */
export const AGREEMENT = { days: 31, tolerance: 0.15 } as const;
