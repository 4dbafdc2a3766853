import { expect, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';

/** The sizes the export menu offers, in CSS px (its PNGs are twice these). */
export const PRESETS = [
  { label: '16:9 slide (1920×1080)', width: 1920, height: 1080 },
  { label: 'A4 landscape (297×210 mm)', width: 1123, height: 794 },
  { label: 'Social 1200×675', width: 1200, height: 675 },
] as const;

/** Clicks one of a chart's export buttons and reads the file it downloads. */
export async function download(figure: Locator, button: 'SVG' | 'PNG'): Promise<Buffer> {
  const [file] = await Promise.all([
    figure.page().waitForEvent('download'),
    figure.getByRole('button', { name: button, exact: true }).click(),
  ]);
  return readFileSync(await file.path());
}

/** Width and height from a PNG's IHDR chunk. */
export function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(1, 4).toString('ascii'), 'a PNG signature').toBe('PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

export interface ParsedExport {
  parseError: string | null;
  keyItems: number;
  /** "[n] <claim id> · …" lines of the sources, in document order. */
  footnotes: { n: number; id: string }[];
  /** Every label inside the drawing, with the number it shows and whether that number is hidden. */
  labels: { id: string; n: number | null; hidden: boolean; text: string }[];
}

/** Parses an exported SVG with the browser's own XML parser. */
export function parseExport(page: Page, svg: string): Promise<ParsedExport> {
  return page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
    const chart = doc.querySelector(':root > svg');
    const footnotes = [...doc.querySelectorAll('text')]
      .filter((t) => !chart?.contains(t))
      .map((t) => /^\[(\d+)\] (\S+) · /.exec(t.textContent ?? ''))
      .filter((m) => m !== null)
      .map((m) => ({ n: Number(m[1]), id: m[2] ?? '' }));
    const labels = [...doc.querySelectorAll('text.chart-label')].map((t) => {
      const number = t.querySelector('.chart-label__number');
      const digits = t.classList.contains('chart-label--number')
        ? (t.textContent ?? '').trim()
        : (/^\[(\d+)\] $/.exec(number?.textContent ?? '')?.[1] ?? '');
      return {
        id: t.getAttribute('data-label-for') ?? '',
        n: /^\d+$/.test(digits) ? Number(digits) : null,
        hidden: number?.getAttribute('display') === 'none',
        text: t.textContent ?? '',
      };
    });
    return {
      parseError: doc.querySelector('parsererror')?.textContent ?? null,
      keyItems: doc.querySelectorAll('g.chart-key .chart-key__item').length,
      footnotes,
      labels,
    };
  }, svg);
}
