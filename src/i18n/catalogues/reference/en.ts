import type { SourceMessages } from '../catalogue-types';

/**
 * Claimwatch's own words about its reference data (metrics, chart groups, units, events), keyed by the English text as
 * the default dataset has it: `referenceText()` shows the page's language for these, and any other text (a metric an
 * analyst added or renamed) as written.
 */
export const referenceEn = {
  'reference.Troops in Russia': 'Troops in Russia',
  'reference.personnel': 'personnel',
  'reference.North Korean troops sent to Russia': 'North Korean troops sent to Russia',
  'reference.North Korean military personnel reported to be in Russia.':
    'North Korean military personnel reported to be in Russia.',
  'reference.Troops in Kursk region': 'Troops in Kursk region',
  'reference.North Korean military personnel reported deployed to Russia’s Kursk region.':
    'North Korean military personnel reported deployed to Russia’s Kursk region.',
  'reference.Troops projected or warned': 'Troops projected or warned',
  'reference.How many North Korean troops a speaker says may or will be sent: a projection or warning, not a count.':
    'How many North Korean troops a speaker says may or will be sent: a projection or warning, not a count.',
  'reference.Additional troops': 'Additional troops',
  'reference.North Korean troops reported sent to Russia in addition to, or to replace, earlier deployments.':
    'North Korean troops reported sent to Russia in addition to, or to replace, earlier deployments.',
  'reference.Casualties (killed or wounded)': 'Casualties (killed or wounded)',
  'reference.casualties': 'casualties',
  'reference.North Korean troop losses': 'North Korean troop losses',
  'reference.North Korean troops reported killed or wounded; sources count and define casualties differently.':
    'North Korean troops reported killed or wounded; sources count and define casualties differently.',
  'reference.Deaths': 'Deaths',
  'reference.killed': 'killed',
  'reference.North Korean troops reported killed.': 'North Korean troops reported killed.',
  'reference.Containers shipped': 'Containers shipped',
  'reference.containers': 'containers',
  'reference.Containers of munitions shipped': 'Containers of munitions shipped',
  'reference.Containers of munitions or related materiel reported shipped from North Korea to Russia, cumulative.':
    'Containers of munitions or related materiel reported shipped from North Korea to Russia, cumulative.',
  'reference.Artillery shells shipped': 'Artillery shells shipped',
  'reference.shells': 'shells',
  'reference.Artillery shells shipped (cumulative)': 'Artillery shells shipped (cumulative)',
  'reference.Artillery rounds reported supplied by North Korea to Russia, cumulative; some figures are conversions from container counts.':
    'Artillery rounds reported supplied by North Korea to Russia, cumulative; some figures are conversions from container counts.',
  'reference.Shells per year': 'Shells per year',
  'reference.shells a year': 'shells a year',
  'reference.Artillery shells shipped per year': 'Artillery shells shipped per year',
  'reference.Reported yearly rate of North Korean artillery shell supply to Russia.':
    'Reported yearly rate of North Korean artillery shell supply to Russia.',
  'reference.Share of Russia’s artillery ammunition': 'Share of Russia’s artillery ammunition',
  'reference.percent': 'percent',
  'reference.North Korean share of Russia’s artillery ammunition':
    'North Korean share of Russia’s artillery ammunition',
  'reference.Share of the artillery ammunition Russia uses that is said to come from North Korea.':
    'Share of the artillery ammunition Russia uses that is said to come from North Korea.',
  'reference.Ballistic missiles fired': 'Ballistic missiles fired',
  'reference.missiles': 'missiles',
  'reference.North Korean ballistic missiles fired': 'North Korean ballistic missiles fired',
  'reference.North Korean ballistic missiles (KN-23/24) reported fired by Russia at Ukraine, cumulative.':
    'North Korean ballistic missiles (KN-23/24) reported fired by Russia at Ukraine, cumulative.',
  'reference.Artillery systems supplied': 'Artillery systems supplied',
  'reference.systems': 'systems',
  'reference.Self-propelled guns, rocket launchers and other artillery pieces reported supplied by North Korea to Russia.':
    'Self-propelled guns, rocket launchers and other artillery pieces reported supplied by North Korea to Russia.',
  'reference.Any munitions transfers': 'Any munitions transfers',
  'reference.statements': 'statements',
  'reference.Statements on whether North Korea transferred any munitions to Russia at all, without a number.':
    'Statements on whether North Korea transferred any munitions to Russia at all, without a number.',
  'reference.Kim–Putin summit, Vostochny': 'Kim–Putin summit, Vostochny',
  'reference.Kim Jong Un and Vladimir Putin meet at the Vostochny cosmodrome; the summit features public vows of mutual support.':
    'Kim Jong Un and Vladimir Putin meet at the Vostochny cosmodrome; the summit features public vows of mutual support.',
  'reference.Putin–Kim defence pact': 'Putin–Kim defence pact',
  'reference.Vladimir Putin and Kim Jong Un sign a defence pact under which the two states could support each other against external aggression.':
    'Vladimir Putin and Kim Jong Un sign a defence pact under which the two states could support each other against external aggression.',
  'reference.Kyiv releases uniform video': 'Kyiv releases uniform video',
  'reference.Ukraine’s Center for Strategic Communications and Information Security releases a video of presumed North Korean soldiers receiving Russian uniforms; its authenticity had not been independently verified.':
    'Ukraine’s Center for Strategic Communications and Information Security releases a video of presumed North Korean soldiers receiving Russian uniforms; its authenticity had not been independently verified.',
  'reference.Russia, DPRK confirm troops': 'Russia, DPRK confirm troops',
  "reference.Russia’s Chief of the General Staff, then the Central Military Commission of the Workers' Party of Korea, acknowledge that North Korean troops fought in the Kursk region, without giving numbers.":
    "Russia’s Chief of the General Staff, then the Central Military Commission of the Workers' Party of Korea, acknowledge that North Korean troops fought in the Kursk region, without giving numbers.",
} as const satisfies SourceMessages<'reference'>;
