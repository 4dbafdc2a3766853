import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const css = readFileSync(join(__dirname, 'app.css'), 'utf8');

/** The declarations of the first rule with exactly this selector, as written. */
function declarationsOf(selector: string): string {
  const start = css.indexOf(`${selector} {`);
  if (start < 0) throw new Error(`app.css has no rule for ${selector}`);
  const body = css.slice(css.indexOf('{', start) + 1, css.indexOf('}', start));
  return body
    .split(';')
    .map((d) => d.trim())
    .filter(Boolean)
    .join(';\n');
}

describe('the dark theme', () => {
  it('is the same before the app loads (the system theme) as once it has applied the choice', () => {
    const chosen = declarationsOf(":root[data-theme='dark']");
    expect(chosen).toContain('--bg');
    expect(declarationsOf(':root:not([data-theme])')).toBe(chosen);
  });
});
