import { render, screen, within } from '@testing-library/react';
import { en } from '@/i18n/catalogues/en';
import { activateLocale } from '@/i18n/locale-store';
import { makeClaim } from '@/testing/make-claim';
import { ClaimDetails } from './claim-details';
import { CorroborationSection } from './corroboration-section';
import { OriginSection } from './origin-section';

const supporter = (id: string, originId: string) =>
  makeClaim({ id, originId, speaker: { ...makeClaim().speaker, organisation: `Org ${id}` } });

afterEach(() => activateLocale('en', en));

describe('the claim panel in Korean', () => {
  beforeEach(async () => activateLocale('ko', (await import('@/i18n/catalogues/ko')).ko));

  it('says the headings, facts and verdict in Korean, and keeps the data as written', () => {
    const claim = makeClaim({
      quote: { text: 'Войска КНДР уже в Курской области', language: 'ru' },
      source: { outlet: 'TSN', url: 'https://example.org/a', publishedOn: '2024-10-18', language: 'uk', archives: [] },
      corroboration: { independent: ['B', 'C', 'D'], sameOrigin: [], sameOwner: [], unknownOrigin: [] },
      originId: 'nis.1',
    });
    const known = [claim, supporter('B', 'us.1'), supporter('C', 'us.1'), supporter('D', 'uk.1')];
    render(<ClaimDetails claim={claim} knownClaims={known} onOpen={() => undefined} />);
    for (const term of ['발언자', '주장 일자', '출처', '등급', '인용 경로', '검증'])
      expect(screen.getByText(term)).toBeInTheDocument();
    expect(screen.getByText('등급 없음')).toBeInTheDocument();
    expect(screen.getByText('‘단일 출처’(으)로 보도됨')).toBeInTheDocument();
    const agreeing = screen.getByRole('region', { name: '일치하는 주장' });
    expect(agreeing).toHaveTextContent('독립적으로 교차 확인됨 (다른 기원 2개)');
    expect(agreeing).toHaveTextContent('31일 이내');
    // The quote and the outlet are data: as written, marked with their own language.
    expect(screen.getByText('Войска КНДР уже в Курской области').closest('blockquote')).toHaveAttribute('lang', 'ru');
    expect(screen.getByText('TSN')).toHaveAttribute('lang', 'uk');
    expect(screen.getByText(/\(언어: uk\)/)).toBeInTheDocument();
  });

  it('says an unknown origin in Korean', () => {
    render(<OriginSection claim={makeClaim({ originId: null })} onOpen={() => undefined} canDecide />);
    expect(screen.getByRole('heading', { name: '기원' })).toBeInTheDocument();
    expect(screen.getByText('기원 불명: 인용 경로에 알려진 최초 출처가 없습니다.')).toBeInTheDocument();
  });
});

describe('the claim panel in Ukrainian', () => {
  beforeEach(async () => activateLocale('uk', (await import('@/i18n/catalogues/uk')).uk));

  it('counts other origins with the plural form the number takes', () => {
    const claim = (independent: string[]) =>
      makeClaim({
        id: 'A',
        originId: 'nis.1',
        corroboration: { independent, sameOrigin: [], sameOwner: [], unknownOrigin: [] },
      });
    const two = claim(['B', 'C']);
    const { unmount } = render(
      <CorroborationSection
        claim={two}
        knownClaims={[two, supporter('B', 'us.1'), supporter('C', 'uk.1')]}
        onOpen={() => undefined}
      />,
    );
    expect(screen.getByRole('region', { name: 'Узгоджені твердження' })).toHaveTextContent(
      'Незалежно підтверджено (за даними 2 інших першоджерел)',
    );
    unmount();
    const one = claim(['B']);
    render(<CorroborationSection claim={one} knownClaims={null} onOpen={() => undefined} />);
    const agreeing = screen.getByRole('region', { name: 'Узгоджені твердження' });
    expect(agreeing).toHaveTextContent('(за даними 1 твердження з інших першоджерел)');
    expect(within(agreeing).getByText(/дата в межах 31 дня/)).toBeInTheDocument();
  });
});
