/** What the repository states about licences, and no more. */
export function MethodologyLicences() {
  return (
    <>
      <h3>Licences</h3>
      <ul>
        <li>
          No licence is stated for the research notes, the seed texts or the default dataset: the repository has no
          licence file, its package declares no licence, and neither the notes’ description nor the seed texts mention
          one.
        </li>
        <li>
          Apart from the licences of the software libraries it uses, the only licence the repository states is the
          API’s: its contract document (OpenAPI) declares it “Proprietary: all rights reserved”.
        </li>
        <li>
          The quoted words, figures and attributions come from the outlets and speakers named with each claim.
          Claimwatch reproduces short excerpts for reference, each with a link to the original page; the repository
          records no licence or permission for them. Anyone reusing a quote should take it from the original page, under
          that page’s terms.
        </li>
      </ul>
    </>
  );
}
