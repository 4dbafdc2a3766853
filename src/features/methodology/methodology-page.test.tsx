import { render, screen, within } from '@testing-library/react';
import {
  CLAIM_KINDS,
  InformationCredibilitySchema,
  SourceReliabilitySchema,
  VERIFICATION_STATES,
} from '@/contract/vocabulary';
import {
  CLAIM_KIND_DESCRIPTIONS,
  CLAIM_KIND_LABELS,
  VERIFICATION_STATE_DESCRIPTIONS,
  VERIFICATION_STATE_LABELS,
} from '@/lib/labels';
import { en } from '@/i18n/catalogues/en';
import { activateLocale } from '@/i18n/locale-store';
import { MethodologyPage } from './methodology-page';

/** The anchors other pages and exports link to: removing or renaming one breaks their links. */
const REQUIRED_IDS = ['kinds', 'states', 'grades', 'contradictions', 'conversion', 'as-known-on', 'sources'];

/** Each term of a definition list in `container` with the definition that follows it. */
function entries(container: HTMLElement) {
  return within(container)
    .getAllByRole('term')
    .map((term) => ({ term: term.textContent ?? '', definition: term.nextElementSibling?.textContent ?? '' }));
}

/** The definition list right after a level-3 heading. */
function listAfter(name: string): HTMLElement {
  const list = screen.getByRole('heading', { level: 3, name }).nextElementSibling;
  if (!(list instanceof HTMLElement) || list.tagName !== 'DL') throw new Error(`no definition list after "${name}"`);
  return list;
}

describe('MethodologyPage', () => {
  beforeEach(() => {
    render(<MethodologyPage />);
  });

  it('is one article headed Methodology, with a section heading (h2) at each anchor', () => {
    expect(screen.getByRole('article')).toContainElement(
      screen.getByRole('heading', { level: 1, name: 'Methodology' }),
    );
    for (const id of REQUIRED_IDS) {
      const heading = document.getElementById(id);
      expect(heading?.tagName, `#${id}`).toBe('H2');
      expect(screen.getByRole('region', { name: heading?.textContent ?? '' })).toContainElement(heading);
    }
  });

  it('has headings in order: no level is skipped', () => {
    const levels = screen.getAllByRole('heading').map((h) => Number(h.tagName.slice(1)));
    expect(levels[0]).toBe(1);
    levels.slice(1).forEach((level, i) => expect(level - (levels[i] ?? 0)).toBeLessThanOrEqual(1));
  });

  it('lists every section in its table of contents, each link leading to that section’s heading', () => {
    const links = within(screen.getByRole('navigation', { name: 'On this page' })).getAllByRole('link');
    const targets = links.map((link) => {
      const href = link.getAttribute('href') ?? '';
      expect(href).toMatch(/^#/);
      const target = document.getElementById(href.slice(1));
      expect(target, href).not.toBeNull();
      expect(target?.textContent).toBe(link.textContent);
      return href.slice(1);
    });
    expect(targets).toEqual(expect.arrayContaining(REQUIRED_IDS));
    expect(targets).toEqual(screen.getAllByRole('heading', { level: 2 }).map((h) => h.id));
  });

  it('lists every verification state of the vocabulary, strongest first, with its label and definition', () => {
    const listed = entries(
      screen.getByRole('region', { name: 'Verification states' }).querySelector('dl') ?? document.body,
    );
    expect(listed).toHaveLength(VERIFICATION_STATES.length);
    VERIFICATION_STATES.forEach((state, i) => {
      expect(listed[i]?.term).toContain(VERIFICATION_STATE_LABELS[state]);
      expect(listed[i]?.term).toContain(state);
      expect(listed[i]?.definition).toContain(VERIFICATION_STATE_DESCRIPTIONS[state]);
    });
  });

  it('lists every kind of figure of the vocabulary with its label and definition', () => {
    const listed = entries(
      screen.getByRole('region', { name: 'Kinds of figure' }).querySelector('dl') ?? document.body,
    );
    expect(listed).toHaveLength(CLAIM_KINDS.length);
    CLAIM_KINDS.forEach((kind, i) => {
      expect(listed[i]?.term).toContain(CLAIM_KIND_LABELS[kind]);
      expect(listed[i]?.term).toContain(kind);
      expect(listed[i]?.definition).toContain(CLAIM_KIND_DESCRIPTIONS[kind]);
    });
  });

  it('lists exactly the grades the contract allows, each with a meaning', () => {
    const reliability = entries(listAfter('Source reliability'));
    expect(reliability.map((e) => e.term)).toEqual(SourceReliabilitySchema.options);
    const digits = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9].filter((n) => InformationCredibilitySchema.safeParse(n).success);
    const credibility = entries(listAfter('Information credibility'));
    expect(credibility.map((e) => e.term)).toEqual(digits.map(String));
    for (const { definition } of [...reliability, ...credibility]) expect(definition.length).toBeGreaterThan(3);
  });
});

describe('MethodologyPage in another language', () => {
  afterEach(() => {
    activateLocale('en', en);
  });

  it('reads in Korean: headings, contents, vocabulary and the paragraphs with links and code', async () => {
    activateLocale('ko', (await import('@/i18n/catalogues/ko')).ko);
    render(<MethodologyPage />);
    expect(screen.getByRole('heading', { level: 1, name: '방법론' })).toBeInTheDocument();
    const contents = screen.getByRole('navigation', { name: '이 페이지의 내용' });
    expect(within(contents).getByRole('link', { name: '검증 상태' })).toHaveAttribute('href', '#states');
    const states = screen.getByRole('region', { name: '검증 상태' });
    expect(within(states).getByText('교차 확인')).toBeInTheDocument();
    expect(within(states).getByRole('link', { name: '모순과 일치' })).toHaveAttribute('href', '#contradictions');
    expect(screen.getByRole('heading', { level: 3, name: '출처 신뢰도' })).toBeInTheDocument();
    expect(screen.getByText('data/default-dataset.json').tagName).toBe('CODE');
    expect(screen.getByText(/주제\(병력 또는 탄약\)와 지표/)).toBeInTheDocument();
    expect(screen.queryByText(/Verification states|Kinds of figure/)).toBeNull();
  });

  it('reads in Ukrainian, with its plural forms, lists and the case of abbreviations', async () => {
    activateLocale('uk', (await import('@/i18n/catalogues/uk')).uk);
    render(<MethodologyPage />);
    expect(screen.getByRole('heading', { level: 1, name: 'Методологія' })).toBeInTheDocument();
    expect(screen.getByText(/щонайбільше на 31 день;$/)).toBeInTheDocument();
    expect(screen.getByText(/щонайбільше 20 підкріплювальних тверджень/)).toBeInTheDocument();
    expect(screen.getByText(/Тема \(війська або боєприпаси\)/)).toBeInTheDocument();
    expect(screen.getByText(/тип джерела: уряд, розвідка, військові, ЗМІ, державні ЗМІ,/)).toBeInTheDocument();
    expect(screen.getByText('Як відомо на').tagName).toBe('EM');
  });
});
