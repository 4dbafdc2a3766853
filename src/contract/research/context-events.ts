import type { ClaimEvent } from '../event-schema';

/** data/seeds/000_2efb9bcb8ec12389.txt: an analysis written as of mid-March 2024. */
const SEED_000 = 'Seed text 000 (analysis, mid-March 2024)';
/** data/seeds/001_0b06b8b90ed33c77.txt: an undated news article citing reports of October 2024. */
const SEED_001 = 'Seed text 001 (news article, undated; cites October 2024 reports)';

/**
 * Dated context drawn on the charts. Every date, label, description and quote comes from the seed
 * texts in data/seeds/ or the research notes; quotes are verbatim; where they give no exact day,
 * the date keeps the precision they give and dateBasis says why.
 */
export const CONTEXT_EVENTS: ClaimEvent[] = [
  {
    id: 'vostochny-summit',
    date: '2023-09',
    dateBasis: 'Seed text 000 says the meeting was "in September 2023"; it gives no day.',
    label: 'Kim–Putin summit, Vostochny',
    description:
      'Kim Jong Un and Vladimir Putin meet at the Vostochny cosmodrome; the summit features public vows of mutual support.',
    source: {
      outlet: SEED_000,
      url: null,
      quote:
        'the high profile meeting between Kim Jong Un and Vladimir Putin in September 2023. That summit, held at the Vostochny cosmodrome',
    },
    claimIds: [],
    topics: [],
  },
  {
    id: 'defence-pact',
    date: '2024',
    dateBasis:
      'Seed text 001 says the pact was "signed earlier this year"; it gives no month, and the article, which cites reports of October 2024, is otherwise undated.',
    label: 'Putin–Kim defence pact',
    description:
      'Vladimir Putin and Kim Jong Un sign a defence pact under which the two states could support each other against external aggression.',
    source: {
      outlet: SEED_001,
      url: null,
      quote: 'a defense pact signed earlier this year between Vladimir Putin and Kim Jong Un',
    },
    claimIds: [],
    topics: [],
  },
  {
    id: 'uniform-video',
    date: '2024-10',
    dateBasis:
      'Inferred month: seed text 001, which reports the release, cites the NIS figure reported on 18 Oct 2024 (C040) and Zelensky’s warning of 17 Oct 2024 (C043); it gives no release date.',
    label: 'Kyiv releases uniform video',
    description:
      'Ukraine’s Center for Strategic Communications and Information Security releases a video of presumed North Korean soldiers receiving Russian uniforms; its authenticity had not been independently verified.',
    source: {
      outlet: SEED_001,
      url: null,
      quote:
        'a video has surfaced showing North Korean soldiers gearing up with fresh Russian military attire, courtesy of a Ukrainian government release',
    },
    claimIds: [],
    topics: ['troops'],
  },
  {
    id: 'deployment-acknowledged',
    date: '2025-04-26',
    dateBasis:
      'Gerasimov’s statement was posted by the Kremlin on Saturday 26 Apr 2025 (C065); the KCNA statement followed on Monday 28 Apr 2025 (C066).',
    label: 'Russia, DPRK confirm troops',
    description:
      "Russia’s Chief of the General Staff, then the Central Military Commission of the Workers' Party of Korea, acknowledge that North Korean troops fought in the Kursk region, without giving numbers.",
    source: {
      outlet: 'NK News',
      url: 'https://www.nknews.org/2025/04/in-a-first-russia-confirms-north-koreas-involvement-in-ukraine-war/',
      quote:
        'The DPRK fighters demonstrated high professionalism in liberating the Kursk region from the Ukrainian Armed Forces',
    },
    claimIds: ['C065', 'C066'],
    topics: ['troops'],
  },
];
