import fc from 'fast-check';

/** At least this many generated payloads go through every parser (issue 6). */
export const PROPERTY_RUNS = 10_000;

/** Strings an attacker or a broken feed might send: markup, script, bidi and zero-width tricks, controls, look-alike numbers. */
export const hostileString = fc.oneof(
  fc.constantFrom(
    '<script>alert(1)</script>',
    '"><img src=x onerror=alert(1)>',
    'javascript:alert(1)',
    '\u202Eevil\u202C',
    'a\u200Bb\uFEFF',
    '\u0000\u0007\u001B[31m',
    '1,500',
    '11.000',
    '=cmd|calc',
    '__proto__',
    'constructor',
    '9'.repeat(400),
    '2024-02-30',
    '9999-12-31',
    '',
    ' ',
  ),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
);

/** Any JSON value, with hostile strings mixed in. */
export const hostileJson = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    hostileString,
    fc.double(),
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.oneof(hostileString, fc.string({ maxLength: 8 })), tie('value'), { maxKeys: 4 }),
  ),
})).value;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every path to a value inside a JSON object (objects and arrays), for mutating valid records. */
function paths(value: Json, prefix: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== 'object') return [prefix];
  const children = Array.isArray(value)
    ? value.map((v, i) => paths(v, [...prefix, i]))
    : Object.entries(value).map(([k, v]) => paths(v, [...prefix, k]));
  return [prefix, ...children.flat()];
}

/** A valid record with one to three fields replaced by hostile values or removed: near-valid input, the kind that finds bugs. */
export function mutated(record: unknown) {
  const base = JSON.parse(JSON.stringify(record)) as Json;
  const all = paths(base).filter((p) => p.length > 0);
  const change = fc.record({ path: fc.constantFrom(...all), value: fc.option(hostileJson, { nil: undefined }) });
  return fc.array(change, { minLength: 1, maxLength: 3 }).map((changes) => {
    const copy = JSON.parse(JSON.stringify(base)) as Json;
    for (const { path, value } of changes) {
      let node: Json = copy;
      for (const key of path.slice(0, -1)) {
        if (node === null || typeof node !== 'object') break;
        node = (node as Record<string, Json>)[key as string] ?? null;
      }
      const last = path.at(-1) as string;
      if (node !== null && typeof node === 'object') {
        if (value === undefined) delete (node as Record<string, Json>)[last];
        else (node as Record<string, unknown>)[last] = value;
      }
    }
    return copy;
  });
}
