import { makeClaim } from '@/testing/make-claim';
import { archiveDraftsFrom, archiveFieldOfPath, withArchives } from './archive-drafts';

/* SYNTHETIC captures (archive.example). */
describe('archive drafts', () => {
  it('start from the claim being edited', () => {
    const archives = [{ url: 'https://archive.example/a', capturedOn: '2025-03-12', sha256: null }];
    expect(archiveDraftsFrom(makeClaim({ source: { ...makeClaim().source, archives } }))).toEqual([
      { url: 'https://archive.example/a', capturedOn: '2025-03-12', sha256: '' },
    ]);
    expect(archiveDraftsFrom(null)).toEqual([]);
  });

  it('drop blank rows, and map an issue of a copy sent back to the row it came from', () => {
    const drafts = [
      { url: ' ', capturedOn: '', sha256: '' },
      { url: ' https://archive.example/b ', capturedOn: '2025-03-12', sha256: ' ' },
    ];
    const { body, rows } = withArchives({ source: { outlet: 'x' } }, drafts);
    expect(body.source).toEqual({
      outlet: 'x',
      archives: [{ url: 'https://archive.example/b', capturedOn: '2025-03-12', sha256: null }],
    });
    expect(rows).toEqual([1]);
    expect(archiveFieldOfPath('source.archives.0.url', rows)).toEqual({ row: 1, key: 'url' });
    expect(archiveFieldOfPath('source.archives', rows)).toBeNull();
    expect(archiveFieldOfPath('source.url', rows)).toBeNull();
  });
});
