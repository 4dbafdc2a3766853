import type { SourceEntity } from '../source-schema';
import type { SpeakerType } from '../vocabulary';

const source = (
  id: string,
  name: string,
  country: string | null,
  type: SpeakerType,
  aliases: string[],
): SourceEntity => ({ id, name, country, type, aliases });

/**
 * The organisations of the research notes (data/research/reported-claims.json) as entities: a
 * canonical name and every spelling the notes use, plus common real variants that can mean only
 * this organisation. Names that other countries also use ("Ministry of National Defense", "Joint
 * Chiefs of Staff") carry the country in brackets; the resolver matches them bare only when the
 * claim's country agrees (a bare name equal to the bracketed one is listed, and held to that
 * country). Combined attributions resolve to the organisation named first.
 */
export const SOURCE_REGISTRY_SEED: readonly SourceEntity[] = [
  // The notes' four labels are one agency: C004's "South Korean intelligence" is the November 2023
  // briefing the NIS gave lawmakers (a million shells, Rajin to Vladivostok); C041's "(NIS, per
  // outlets)" says so itself; C074 is an NIS notice with military officials alongside.
  source('kr-nis', 'National Intelligence Service (NIS)', 'KR', 'intelligence_service', [
    'National Intelligence Service (NIS); ROK military officials',
    'South Korean intelligence (NIS, per outlets)',
    'South Korean intelligence',
    'NIS',
    "South Korea's National Intelligence Service",
    "South Korea's NIS",
    'South Korean National Intelligence Service',
    'ROK National Intelligence Service',
    "South Korea's spy agency",
    'South Korean spy agency',
    "Seoul's spy agency",
    '국가정보원',
    '국정원',
  ]),
  // Not the NIS: C018's "ROK military intelligence" report is the Defense Intelligence Agency's,
  // submitted to Rep. Kang Dae-sik (Yonhap, 27 Aug 2024).
  source('kr-dia', 'Defense Intelligence Agency (South Korea)', 'KR', 'intelligence_service', [
    'ROK military intelligence',
    'ROK Defense Intelligence Agency',
    "South Korea's Defense Intelligence Agency",
    'South Korean Defense Intelligence Agency',
    'South Korean Military Intelligence Agency',
    '국방정보본부',
  ]),
  source('kr-mnd', 'Ministry of National Defense (South Korea)', 'KR', 'government', [
    'Ministry of National Defense',
    'ROK Ministry of National Defense',
    'ROK MND',
    "South Korea's Ministry of National Defense",
    'South Korean Ministry of National Defense',
    "South Korea's Defense Ministry",
    'South Korean Defense Ministry',
    'South Korean Ministry of Defense',
  ]),
  source('kr-jcs', 'Joint Chiefs of Staff (South Korea)', 'KR', 'military', [
    'Joint Chiefs of Staff',
    'ROK Joint Chiefs of Staff',
    'ROK JCS',
    "South Korea's Joint Chiefs of Staff",
    'South Korean Joint Chiefs of Staff',
    '합동참모본부',
  ]),
  source('ua-hur', 'Defence Intelligence of Ukraine (HUR)', 'UA', 'intelligence_service', [
    'Defence Intelligence of Ukraine',
    'Defense Intelligence of Ukraine',
    'HUR',
    'GUR',
    'Main Intelligence Directorate of Ukraine',
    'Main Intelligence Directorate of the Ministry of Defence of Ukraine',
    'Main Intelligence Directorate of the Ministry of Defense of Ukraine',
    'Defense Intelligence Directorate of the Ministry of Defense of Ukraine',
    'Ukrainian military intelligence',
    "Ukraine's military intelligence",
    "Ukraine's Defence Intelligence",
    'Головне управління розвідки Міністерства оборони України',
    'ГУР МО',
  ]),
  // The FT's source (C024) is not named: it could be HUR, the Foreign Intelligence Service or the SBU.
  source('ua-intelligence-unnamed', 'Ukrainian intelligence (agency not named)', 'UA', 'intelligence_service', [
    'Ukrainian intelligence assessment (shared with the Financial Times)',
    'Ukrainian intelligence assessment',
    'Ukrainian intelligence',
  ]),
  // C054 is Zelensky citing HUR and the Foreign Intelligence Service: the office is the speaker.
  source('ua-president-office', 'Office of the President of Ukraine', 'UA', 'government', [
    'Office of the President of Ukraine (citing HUR and Foreign Intelligence Service)',
    'President of Ukraine',
    'Presidential Office of Ukraine',
    'Ukrainian Presidential Office',
    "Ukraine's presidential office",
    'Офіс Президента України',
  ]),
  source('ua-prosecutor-general', 'Office of the Prosecutor General of Ukraine', 'UA', 'government', [
    "Prosecutor General's Office of Ukraine",
    "Ukraine's Prosecutor General's Office",
    "Ukrainian Prosecutor General's Office",
    'Офіс Генерального прокурора України',
  ]),
  // The NSDC in the notes' label is the parent council, not another speaker: "NSDC" alone does not resolve here.
  source('ua-ccd', 'Center for Countering Disinformation', 'UA', 'government', [
    'Center for Countering Disinformation (NSDC)',
    'Centre for Countering Disinformation',
    'Center for Countering Disinformation of the NSDC',
    "Ukraine's Center for Countering Disinformation",
    'Центр протидії дезінформації',
  ]),
  source('ua-government', 'Government of Ukraine', 'UA', 'government', [
    'Ukrainian government',
    "Ukraine's government",
  ]),
  source('us-state-department', 'US Department of State', 'US', 'government', [
    'U.S. Department of State',
    'United States Department of State',
    'US State Department',
    'State Department',
  ]),
  source('us-nsc', 'White House National Security Council', 'US', 'government', [
    'US National Security Council',
    'United States National Security Council',
    'White House NSC',
  ]),
  source('us-un-mission', 'United States Mission to the United Nations', 'US', 'government', [
    'US Mission to the UN',
    'US Mission to the United Nations',
    'USUN',
  ]),
  source('us-military', 'US military', 'US', 'military', [
    'US armed forces',
    'United States Armed Forces',
    'United States military',
  ]),
  source('ru-kremlin', 'Kremlin', 'RU', 'government', [
    'Kremlin press service',
    'Presidential Administration of Russia',
    'Кремль',
  ]),
  source('ru-security-council', 'Security Council of the Russian Federation', 'RU', 'government', [
    'Russian Security Council',
    'Security Council of Russia',
    'Совет безопасности Российской Федерации',
  ]),
  source('ru-armed-forces', 'Armed Forces of the Russian Federation', 'RU', 'military', [
    'Russian Armed Forces',
    'Russian military',
    'Вооружённые силы Российской Федерации',
  ]),
  source('kp-un-mission', 'Permanent Mission of the DPRK to the United Nations', 'KP', 'government', [
    'DPRK Mission to the UN',
    'DPRK Permanent Mission to the UN',
    'North Korean mission to the UN',
    "North Korea's UN mission",
  ]),
  // "DPRK / KCNA": statements of the party and state, carried by the state news agency.
  source('kp-kcna', 'Korean Central News Agency (KCNA)', 'KP', 'state_media', [
    'DPRK / KCNA',
    'KCNA',
    'Korean Central News Agency',
    '조선중앙통신',
  ]),
  source('gb-defence-intelligence', 'Defence Intelligence (UK Ministry of Defence)', 'GB', 'intelligence_service', [
    'UK Ministry of Defence (Defence Intelligence)',
    'UK Defence Intelligence',
    'British Defence Intelligence',
  ]),
  // The speaker type the notes give (think tank) is the OSC's; Reuters is its partner and the outlet.
  source('gb-open-source-centre', 'Open Source Centre', 'GB', 'think_tank', [
    'Reuters with a British think tank (Open Source Centre)',
  ]),
  source('jp-yomiuri-shimbun', 'The Yomiuri Shimbun', 'JP', 'media', [
    'The Yomiuri Shimbun analysis of CSIS data',
    '読売新聞',
  ]),
  source('msmt', 'Multilateral Sanctions Monitoring Team (MSMT)', null, 'multilateral_body', [
    'Multilateral Sanctions Monitoring Team (11 states)',
    'Multilateral Sanctions Monitoring Team',
    'MSMT',
  ]),
  source('nato', 'NATO', null, 'multilateral_body', [
    'North Atlantic Treaty Organization',
    'North Atlantic Treaty Organisation',
    'НАТО',
  ]),
  // Anonymous collectives stay apart from each other and from any named agency.
  source('western-intelligence-anonymous', 'Western intelligence sources (anonymous)', null, 'intelligence_service', [
    'Western intelligence sources',
    'anonymous Western intelligence sources',
  ]),
  source('western-governments-unnamed', 'Western governments (unnamed)', null, 'government', [
    'Western governments',
    'Western officials',
    'anonymous Western officials',
  ]),
];
