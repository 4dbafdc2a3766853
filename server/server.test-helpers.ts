/** Request parts the server tests share. */
export const json = (body: unknown) => ({
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
});

export const stateChange = { to: 'corroborated', rationale: 'Reported by two independent outlets' };
