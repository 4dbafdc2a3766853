import { useT } from '@/i18n/translate';
import { MethodologyContents } from './methodology-contents';
import { MethodologyRecords } from './methodology-records';
import { MethodologyKinds } from './methodology-kinds';
import { MethodologyStates } from './methodology-states';
import { MethodologyGrades } from './methodology-grades';
import { MethodologyAgreement } from './methodology-agreement';
import { MethodologyConversion } from './methodology-conversion';
import { MethodologyAsKnownOn } from './methodology-as-known-on';
import { MethodologySources } from './methodology-sources';

/** How claims are recorded and the rules applied to them; the vocabularies come from the contract itself. */
export function MethodologyPage() {
  const t = useT();
  return (
    <article className="methodology">
      <h1>{t('methodology.title')}</h1>
      <p className="methodology__lede">{t('methodology.lede')}</p>
      <MethodologyContents />
      <MethodologyRecords />
      <MethodologyKinds />
      <MethodologyStates />
      <MethodologyGrades />
      <MethodologyAgreement />
      <MethodologyConversion />
      <MethodologyAsKnownOn />
      <MethodologySources />
    </article>
  );
}
