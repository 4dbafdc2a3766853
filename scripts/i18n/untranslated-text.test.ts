import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { untranslatedText } from './untranslated-text';

describe('UI text outside the message catalogue', () => {
  it('finds JSX text and read attributes written in a component', () => {
    const root = mkdtempSync(join(tmpdir(), 'untranslated-'));
    try {
      mkdirSync(join(root, 'src'));
      writeFileSync(
        join(root, 'src', 'x.tsx'),
        `export const X = () => <p title="Hover text" data-x="kept">Hello {'there'} <b>{t('ok')}</b> CSV</p>;\n`,
      );
      expect(untranslatedText(root).map((f) => f.text)).toEqual(['Hover text', 'Hello', 'there']);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('finds none in the app: every UI string goes through the catalogue', () => {
    expect(untranslatedText(process.cwd())).toEqual([]);
  });
});
