import type { Translation } from '../catalogue-types';
import type { referenceEn } from './en';

/** The reference data's words, in Korean. Machine-drafted: not yet reviewed by a Korean speaker (see review-status.ts). */
export const referenceKo = {
  'reference.Troops in Russia': '러시아 내 병력',
  'reference.personnel': '명',
  'reference.North Korean troops sent to Russia': '러시아에 파견된 북한군',
  'reference.North Korean military personnel reported to be in Russia.': '러시아에 있는 것으로 보도된 북한 군 병력.',
  'reference.Troops in Kursk region': '쿠르스크 지역 내 병력',
  'reference.North Korean military personnel reported deployed to Russia’s Kursk region.':
    '러시아 쿠르스크 지역에 배치된 것으로 보도된 북한 군 병력.',
  'reference.Troops projected or warned': '전망 또는 경고된 병력',
  'reference.How many North Korean troops a speaker says may or will be sent: a projection or warning, not a count.':
    '발언자가 파견될 수 있거나 파견될 것이라고 말하는 북한군 규모: 전망이나 경고이며 집계가 아님.',
  'reference.Additional troops': '추가 병력',
  'reference.North Korean troops reported sent to Russia in addition to, or to replace, earlier deployments.':
    '이전 파병에 더해, 또는 이를 교대하기 위해 러시아에 보내진 것으로 보도된 북한군.',
  'reference.Casualties (killed or wounded)': '사상자(전사 또는 부상)',
  'reference.casualties': '사상자',
  'reference.North Korean troop losses': '북한군 손실',
  'reference.North Korean troops reported killed or wounded; sources count and define casualties differently.':
    '전사하거나 부상한 것으로 보도된 북한군. 출처마다 사상자를 세고 정의하는 방식이 다름.',
  'reference.Deaths': '전사자',
  'reference.killed': '전사',
  'reference.North Korean troops reported killed.': '전사한 것으로 보도된 북한군.',
  'reference.Containers shipped': '운송된 컨테이너',
  'reference.containers': '컨테이너',
  'reference.Containers of munitions shipped': '운송된 탄약 컨테이너',
  'reference.Containers of munitions or related materiel reported shipped from North Korea to Russia, cumulative.':
    '북한에서 러시아로 운송된 것으로 보도된 탄약 또는 관련 물자 컨테이너, 누적.',
  'reference.Artillery shells shipped': '운송된 포탄',
  'reference.shells': '발',
  'reference.Artillery shells shipped (cumulative)': '운송된 포탄(누적)',
  'reference.Artillery rounds reported supplied by North Korea to Russia, cumulative; some figures are conversions from container counts.':
    '북한이 러시아에 공급한 것으로 보도된 포탄, 누적. 일부 수치는 컨테이너 수에서 환산한 것임.',
  'reference.Shells per year': '연간 포탄',
  'reference.shells a year': '연간 발',
  'reference.Artillery shells shipped per year': '연간 운송된 포탄',
  'reference.Reported yearly rate of North Korean artillery shell supply to Russia.':
    '보도된 북한의 대러시아 포탄 연간 공급량.',
  'reference.Share of Russia’s artillery ammunition': '러시아 포병 탄약 중 비중',
  'reference.percent': '퍼센트',
  'reference.North Korean share of Russia’s artillery ammunition': '러시아 포병 탄약 중 북한산 비중',
  'reference.Share of the artillery ammunition Russia uses that is said to come from North Korea.':
    '러시아가 사용하는 포병 탄약 중 북한에서 온 것으로 알려진 비중.',
  'reference.Ballistic missiles fired': '발사된 탄도미사일',
  'reference.missiles': '기',
  'reference.North Korean ballistic missiles fired': '발사된 북한 탄도미사일',
  'reference.North Korean ballistic missiles (KN-23/24) reported fired by Russia at Ukraine, cumulative.':
    '러시아가 우크라이나를 향해 발사한 것으로 보도된 북한 탄도미사일(KN-23/24), 누적.',
  'reference.Artillery systems supplied': '공급된 포병 체계',
  'reference.systems': '문',
  'reference.Self-propelled guns, rocket launchers and other artillery pieces reported supplied by North Korea to Russia.':
    '북한이 러시아에 공급한 것으로 보도된 자주포, 다연장로켓 발사대 및 기타 포.',
  'reference.Any munitions transfers': '탄약 이전 여부',
  'reference.statements': '건',
  'reference.Statements on whether North Korea transferred any munitions to Russia at all, without a number.':
    '북한이 러시아에 탄약을 이전했는지 여부에 관한 발언, 수치 없음.',
  'reference.Kim–Putin summit, Vostochny': '김정은–푸틴 정상회담, 보스토치니',
  'reference.Kim Jong Un and Vladimir Putin meet at the Vostochny cosmodrome; the summit features public vows of mutual support.':
    '김정은과 블라디미르 푸틴이 보스토치니 우주기지에서 만남. 정상회담에서 상호 지원을 공개적으로 다짐함.',
  'reference.Putin–Kim defence pact': '푸틴–김정은 방위 조약',
  'reference.Vladimir Putin and Kim Jong Un sign a defence pact under which the two states could support each other against external aggression.':
    '블라디미르 푸틴과 김정은이 외부 침략에 맞서 두 나라가 서로 지원할 수 있도록 하는 방위 조약에 서명함.',
  'reference.Kyiv releases uniform video': '키이우, 군복 영상 공개',
  'reference.Ukraine’s Center for Strategic Communications and Information Security releases a video of presumed North Korean soldiers receiving Russian uniforms; its authenticity had not been independently verified.':
    '우크라이나 전략커뮤니케이션·정보보안센터가 북한 군인으로 추정되는 이들이 러시아 군복을 받는 영상을 공개함. 진위는 독립적으로 검증되지 않았음.',
  'reference.Russia, DPRK confirm troops': '러시아·북한, 파병 확인',
  "reference.Russia’s Chief of the General Staff, then the Central Military Commission of the Workers' Party of Korea, acknowledge that North Korean troops fought in the Kursk region, without giving numbers.":
    '러시아 총참모장에 이어 조선노동당 중앙군사위원회가 북한군이 쿠르스크 지역에서 싸웠음을 인정함. 수치는 밝히지 않음.',
} as const satisfies Translation<typeof referenceEn>;
