import type { Locale } from '@/contract/locale';
import { QUALIFIER_BOUNDS, SPEAKER_TYPES, TOPICS, type QualifierBound, type Topic } from '@/contract/vocabulary';
import type { MessageKey } from '@/i18n/catalogues/en';
import { useLocale } from '@/i18n/locale-store';
import { useT } from '@/i18n/translate';
import { SPEAKER_TYPE_LABELS } from '@/lib/labels';
import { MethodologySection } from './methodology-section';

/** What a qualifier makes of a number, in words (the contract's QUALIFIER_BOUNDS). */
const BOUND_WORDS: Record<QualifierBound, MessageKey> = {
  exact: 'methodology.records.bound.exact',
  approximate: 'methodology.records.bound.approximate',
  at_least: 'methodology.records.bound.atLeast',
  at_most: 'methodology.records.bound.atMost',
  range: 'methodology.records.bound.range',
};

/** The topics (the contract's TOPICS), in words. */
const TOPIC_WORDS: Record<Topic, MessageKey> = {
  troops: 'methodology.records.topic.troops',
  munitions: 'methodology.records.topic.munitions',
};

/**
 * A label as it reads inside a sentence: each word lower-cased, except abbreviations written in capitals ("ЗМІ");
 * Korean has no case.
 */
function inSentence(label: string, locale: Locale): string {
  return label
    .split(' ')
    .map((word) => (word.length > 1 && word === word.toLocaleUpperCase(locale) ? word : word.toLocaleLowerCase(locale)))
    .join(' ');
}

/** "troops or munitions", as the page's language lists alternatives. */
function alternatives(words: string[], locale: Locale): string {
  // English as before, without Intl (see format-number.ts on the first Intl formatter's cost).
  if (locale === 'en') return words.join(' or ');
  return new Intl.ListFormat(locale, { type: 'disjunction' }).format(words);
}

/** Every field a claim carries, in plain words (src/contract/claim-schema.ts). */
export function MethodologyRecords() {
  const t = useT();
  const locale = useLocale();
  const types = SPEAKER_TYPES.map((type) => inSentence(SPEAKER_TYPE_LABELS[type], locale)).join(', ');
  const bounds = QUALIFIER_BOUNDS.map((bound) => t(BOUND_WORDS[bound])).join(', ');
  const topics = alternatives(
    TOPICS.map((topic) => t(TOPIC_WORDS[topic])),
    locale,
  );
  return (
    <MethodologySection id="records">
      <p>{t('methodology.records.intro')}</p>
      <dl className="methodology__terms">
        <div>
          <dt>{t('methodology.records.whoTerm')}</dt>
          <dd>{t('methodology.records.who', { types })}</dd>
        </div>
        <div>
          <dt>{t('methodology.records.citeTerm')}</dt>
          <dd>{t('methodology.records.cite')}</dd>
        </div>
        <div>
          <dt>{t('methodology.records.whenTerm')}</dt>
          <dd>{t('methodology.records.when')}</dd>
        </div>
        <div>
          <dt>{t('methodology.records.whereTerm')}</dt>
          <dd>{t('methodology.records.where')}</dd>
        </div>
        <div>
          <dt>{t('methodology.records.figureTerm')}</dt>
          <dd>{t('methodology.records.figure', { bounds })}</dd>
        </div>
        <div>
          <dt>{t('methodology.records.aboutTerm')}</dt>
          <dd>{t('methodology.records.about', { topics })}</dd>
        </div>
        <div>
          <dt>{t('methodology.records.readTerm')}</dt>
          <dd>{t('methodology.records.read')}</dd>
        </div>
        <div>
          <dt>{t('methodology.records.linksTerm')}</dt>
          <dd>{t('methodology.records.links')}</dd>
        </div>
      </dl>
    </MethodologySection>
  );
}
