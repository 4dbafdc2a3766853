import type { ClaimEvent } from '../event-schema';

const SEED_000 = 'Seed text 000 (analysis, mid-March 2024; data/seeds/000_2efb9bcb8ec12389.txt)';
const SEED_001 = 'Seed text 001 (news article, autumn 2024; data/seeds/001_0b06b8b90ed33c77.txt)';

/**
 * Dated context drawn on the charts. Every date, label and quote comes from the seed texts or the
 * research notes; where they give no exact day, the precision says so.
 */
export const CONTEXT_EVENTS: ClaimEvent[] = [
  {
    id: 'vostochny-summit',
    date: '2023-09',
    dateBasis: 'The seed text says "in September 2023"; it gives no day.',
    label: 'Kim–Putin summit, Vostochny',
    description: 'Kim Jong Un and Vladimir Putin meet at the Vostochny cosmodrome, with public vows of mutual support.',
    source: { outlet: SEED_000, url: null, quote: 'the high profile meeting between Kim Jong Un and Vladimir Putin in September 2023. That summit, held at the Vostochny cosmodrome' },
    claimIds: [],
    topics: [],
  },
  {
    id: 'defence-pact',
    date: '2024',
    dateBasis: 'The seed text, written in autumn 2024, says the pact was "signed earlier this year"; it gives no month.',
    label: 'Defence pact signed',
    description: 'Putin and Kim Jong Un sign a defence pact under which the two states would support each other against external aggression.',
    source: { outlet: SEED_001, url: null, quote: 'a defense pact signed earlier this year between Vladimir Putin and Kim Jong Un' },
    claimIds: [],
    topics: [],
  },
  {
    id: 'uniform-video',
    date: '2024-10',
    dateBasis:
      'Inferred month: the seed article that reports the release cites the NIS figure of 18 Oct 2024 (C040) and Zelensky’s warning of 17 Oct 2024 (C043); it gives no release date.',
    label: 'Ukraine releases uniform video',
    description: 'Ukraine’s Center for Strategic Communications releases a video of presumed North Korean soldiers receiving Russian uniforms; not independently verified.',
    source: { outlet: SEED_001, url: null, quote: 'For Ukraine, this video is important because it shows North Korea participating in the war not just with weapons, but now also with personnel' },
    claimIds: [],
    topics: ['troops'],
  },
  {
    id: 'deployment-acknowledged',
    date: '2025-04-26',
    dateBasis: 'Gerasimov’s statement was posted by the Kremlin on Saturday 26 Apr 2025 (C065); KCNA followed on 28 Apr 2025 (C066).',
    label: 'Russia, DPRK acknowledge troops',
    description: 'Russia’s chief of general staff, then North Korea’s party military commission, acknowledge that North Korean troops fought in the Kursk region, without giving numbers.',
    source: { outlet: 'NK News (note C065)', url: 'https://www.nknews.org/2025/04/in-a-first-russia-confirms-north-koreas-involvement-in-ukraine-war/', quote: 'The DPRK fighters demonstrated high professionalism in liberating the Kursk region from the Ukrainian Armed Forces' },
    claimIds: ['C065', 'C066'],
    topics: ['troops'],
  },
];
