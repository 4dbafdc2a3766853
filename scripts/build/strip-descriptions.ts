import type { Plugin } from 'vite';

const CALL = 'described(';
const QUOTES = new Set(["'", '"', '`']);

/** The index just past the string literal starting at `start` (a template with `${` is not skipped: null). */
function endOfString(code: string, start: number): number | null {
  const quote = code[start];
  for (let i = start + 1; i < code.length; i += 1) {
    const c = code[i];
    if (c === '\\') i += 1;
    else if (quote === '`' && c === '$' && code[i + 1] === '{') return null;
    else if (c === quote) return i + 1;
  }
  return null;
}

/** Where the last top-level argument of the call opened at `open` starts and its ")" is, or null when unsure. */
function lastArgument(code: string, open: number): { from: number; to: number } | null {
  let depth = 0;
  const commas: number[] = [];
  for (let i = open; i < code.length; i += 1) {
    const c = code[i] as string;
    if (QUOTES.has(c)) {
      const end = endOfString(code, i);
      if (end === null) return null;
      i = end - 1;
    } else if (c === '(' || c === '[' || c === '{') depth += 1;
    else if (c === ')' || c === ']' || c === '}') {
      depth -= 1;
      if (depth !== 0) continue;
      const last = commas.at(-1);
      if (last === undefined) return null;
      if (code.slice(last + 1, i).trim() !== '') return { from: last + 1, to: i };
      const before = commas.at(-2);
      return before === undefined ? null : { from: before + 1, to: last };
    } else if (c === ',' && depth === 1) commas.push(i);
  }
  return null;
}

/** Only string literals joined by "+": anything else (a variable, a call) is left alone. */
function isOnlyStrings(text: string): boolean {
  let i = 0;
  let expectString = true;
  while (i < text.length) {
    const c = text[i] as string;
    if (/\s/.test(c)) i += 1;
    else if (expectString && QUOTES.has(c)) {
      const end = endOfString(text, i);
      if (end === null) return false;
      i = end;
      expectString = false;
    } else if (!expectString && c === '+') {
      i += 1;
      expectString = true;
    } else return false;
  }
  return !expectString;
}

/**
 * The code with every `described(schema, 'text')` description emptied: descriptions document the
 * API (docs/openapi.json, built in Node) and the browser never shows them. Calls whose description
 * is not plain string literals are left as they are.
 */
export function stripDescriptions(code: string): string {
  let out = '';
  let from = 0;
  for (let at = code.indexOf(CALL); at >= 0; at = code.indexOf(CALL, at + CALL.length)) {
    if (/[\w$.]/.test(code[at - 1] ?? '')) continue;
    const arg = lastArgument(code, at + CALL.length - 1);
    if (!arg || !isOnlyStrings(code.slice(arg.from, arg.to))) continue;
    out += `${code.slice(from, arg.from)} ''`;
    from = arg.to;
  }
  return out + code.slice(from);
}

/** A build-only plugin for the browser bundle: the contract's descriptions stay out of it. */
export function stripContractDescriptions(): Plugin {
  return {
    name: 'claimwatch:strip-contract-descriptions',
    apply: 'build',
    transform(code, id) {
      if (!/\/src\/contract\/[^?]*\.ts$/.test(id) || !code.includes(CALL)) return null;
      const stripped = stripDescriptions(code);
      try {
        this.parse(stripped);
      } catch {
        // A scan this simple could misread a regular expression with a quote in it: keep the file as it was.
        this.warn(`descriptions kept in ${id}: the stripped code did not parse`);
        return null;
      }
      return { code: stripped, map: null };
    },
  };
}
