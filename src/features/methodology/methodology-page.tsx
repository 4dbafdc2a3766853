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
  return (
    <article className="methodology">
      <h1>Methodology</h1>
      <p className="methodology__lede">
        How Claimwatch records reported claims about North Korea’s support to Russia’s war, and the rules it applies to
        them. A claim is a report that someone said something, not an established fact. The lists of kinds, states and
        grades below are drawn from the code itself, and the demo and the project’s server apply the same rules from the
        same code.
      </p>
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
