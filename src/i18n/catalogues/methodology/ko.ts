import type { Translation } from '../catalogue-types';
import type { methodologyEn } from './en';

/** The methodology page, in Korean. Machine-drafted: not yet reviewed by a Korean speaker (see review-status.ts). */
export const methodologyKo = {
  'methodology.backToCharts': '← 차트로 돌아가기',
  'methodology.title': '방법론',
  'methodology.lede':
    'Claimwatch가 러시아의 전쟁에 대한 북한의 지원에 관해 보도된 주장을 어떻게 기록하고, 어떤 규칙을 적용하는지 설명합니다. 주장이란 누군가가 무엇을 말했다는 보도이며 확정된 사실이 아닙니다. 아래의 종류, 상태, 등급 목록은 코드 자체에서 가져온 것이며, 데모와 프로젝트 서버는 같은 코드로 같은 규칙을 적용합니다.',
  'methodology.contents': '이 페이지의 내용',

  'methodology.section.records': '주장에 기록되는 내용',
  'methodology.section.kinds': '수치의 종류',
  'methodology.section.states': '검증 상태',
  'methodology.section.grades': '등급',
  'methodology.section.contradictions': '모순과 일치',
  'methodology.section.conversion': '연구 노트에서 데이터셋으로',
  'methodology.section.asKnownOn': '특정 날짜에 알려진 내용',
  'methodology.section.sources': '출처와 라이선스',

  'methodology.records.intro':
    '모든 주장은 수치와 함께 누가 말했는지, 누구를 인용했는지, 언제 말했는지, 어디에서 읽었는지를 기록합니다.',
  'methodology.records.whoTerm': '누가 말했는가',
  'methodology.records.who':
    '발언자의 이름과 직책(밝혀진 경우), 보도가 주장을 귀속한 그대로의 기관(“NIS, per Yonhap”), 발언자의 국가, 그리고 출처 유형: {types}. 기관은 보도가 어떤 표기를 썼든 출처 등록부의 한 항목과도 연결됩니다.',
  'methodology.records.citeTerm': '누구를 인용했는가',
  'methodology.records.cite': '출처가 밝힌 그대로의 인용 사슬이며, 가장 바깥쪽이 마지막입니다.',
  'methodology.records.whenTerm': '언제',
  'methodology.records.when':
    '주장이 나온 날짜. 출처가 밝힌 일·월·연도까지만 기록하며 지어낸 날짜로 채우지 않고, 그 날짜를 어떻게 정했는지도 함께 기록합니다. 수치가 가리키는 날짜가 다르면 그 날짜도 기록합니다. 어떤 날짜도 미래일 수 없습니다.',
  'methodology.records.whereTerm': '어디에서 읽었는가',
  'methodology.records.where': '매체, 페이지의 주소·날짜·언어, 그리고 발췌한 경우 짧은 원문 인용문.',
  'methodology.records.figureTerm': '수치',
  'methodology.records.figure':
    '단일 숫자, 범위(양 끝이 모두 주어지고 하한이 상한보다 크지 않음), 또는 말로만 된 표현(“several hundred”). 단위는 표현된 그대로, 한정어도 표현된 그대로(“more than”, “up to”) 기록하며, 한정어가 숫자를 어떻게 규정하는지도 기록합니다: {bounds}.',
  'methodology.records.bound.exact': '정확(밝힌 숫자 그대로)',
  'methodology.records.bound.approximate': '근사',
  'methodology.records.bound.atLeast': '이상(하한)',
  'methodology.records.bound.atMost': '이하(상한)',
  'methodology.records.bound.range': '범위',
  'methodology.records.aboutTerm': '무엇에 관한 것인가',
  'methodology.records.about': '주제({topics})와 지표. 지표는 집계 대상이며, 주장이 어느 차트에 표시될지를 정합니다.',
  'methodology.records.topic.troops': '병력',
  'methodology.records.topic.munitions': '탄약',
  'methodology.records.readTerm': '읽는 방법',
  'methodology.records.read': '수치의 종류, 이력을 포함한 검증 상태, 등급. 각각 아래에서 설명합니다.',
  'methodology.records.linksTerm': '연결과 메모',
  'methodology.records.links': '관련 주장, 모순되는 주장, 메모, 그리고 가져오기 과정에서 제기된 경고.',

  'methodology.kinds.intro':
    '모든 주장은 한 가지 종류의 수치입니다. 종류는 그 숫자가 무엇인지를 말해 주므로, 경고가 집계로 읽히거나 부인이 확인으로 읽히는 일이 없습니다. 차트에서는 표지의 윤곽선이 종류를 나타내며, 각 차트 옆의 범례가 그 차트에 쓰인 윤곽선을 설명합니다.',
  'methodology.kinds.rulesHeading': '종류에 따른 규칙',
  'methodology.kinds.ruleFuture':
    '전망 또는 경고만이 그 주장을 담은 보도 이후의 날짜에 대한 수치를 제시할 수 있습니다(“up to 12,000 by December”).',
  'methodology.kinds.ruleAgreement':
    'Claimwatch가 서로 일치하는 주장을 찾을 때, 전망 또는 경고는 다른 전망 또는 경고와만 비교하고, 그 밖의 수치는 전망이 아닌 수치와만 비교합니다.',
  'methodology.kinds.ruleNoNumber':
    '숫자가 없는 주장(부인, 확인, “several hundred”)은 0의 위치가 아니라 차트 그래프 영역 위의 띠에 표시됩니다.',
  'methodology.kinds.ruleCumulative':
    '누적 합계는 계속 쌓이는 합계입니다. 같은 지표의 이전 누적 합계보다 낮아지거나 비율(“per week”)로 표현된 누적 합계에는 경고가 붙습니다.',

  'methodology.states.intro':
    '모든 주장에는 하나의 검증 상태가 있으며, 여기에는 가장 강한 것부터 가장 약한 것 순으로 나열합니다. 차트에서 상태는 표지의 모양과 채우기로 나타나며 흑백으로도 구별할 수 있습니다. 색은 지표를 구별하는 데에만 쓰입니다.',
  'methodology.states.recordedHeading': '상태를 기록하는 방법',
  'methodology.states.recorded':
    '상태는 수치에서 추론하지 않고 기록합니다. 각 주장은 상태 이력을 보관합니다. 모든 변경에는 날짜, 변경 전후의 상태, 제시된 사유, 기록한 사람이 남습니다. 첫 항목은 주장이 처음 보도될 때의 상태입니다.',
  'methodology.states.ruleServer':
    '상태는 프로젝트 서버에서 로그인한 분석가나 관리자만 바꿀 수 있습니다. 세 글자 이상의 사유가 필요한 상태 변경을 통해서이거나, 주장을 덮어쓰면서 자체 사유를 기록하는 가져오기를 통해서입니다. 어느 쪽이든 변경은 이력에 추가됩니다. 주장의 내용을 편집해도 상태는 바뀌지 않습니다. 데모는 읽기 전용입니다.',
  'methodology.states.ruleRemoving':
    '주장을 삭제하는 것은 철회입니다. 상태가 ‘철회’로 바뀌고, 기록과 그 이력은 남습니다.',
  'methodology.states.ruleResearch':
    '연구 노트는 처음부터 철회된 상태로 보도될 수 없습니다. 그 상태는 언제나 나중에야 옵니다.',
  'methodology.states.ruleWords':
    '누가 주장에 이의를 제기했는지, 그리고 이후 주장의 위상이 어떻게 바뀌었는지는 상태 옆에 글로 남깁니다(“이후 전개”). 그 글 자체가 상태를 바꾸지는 않습니다.',
  'methodology.states.ruleCorroborated':
    '‘교차 확인’은 기록된 그대로의 상태입니다. 뒷받침하는 보도들이 실제로 독립적인지는 따로 확인합니다. <link>모순과 일치</link>를 보십시오.',

  'methodology.grades.intro':
    '주장에는 애드미럴티(NATO) 등급이 붙을 수 있습니다. 출처의 신뢰도는 A부터 F까지의 문자로, 정보의 신빙성은 1부터 6까지의 숫자로 나타냅니다. 두 가지는 따로 관리되며, 어느 한쪽이 없을 수도 있습니다. 등급은 문자 다음에 숫자 순으로 읽으며(“B2”), 등급이 없는 주장은 “등급 없음”으로 표시됩니다.',
  'methodology.grades.meanings':
    '두 척도의 통상적인 의미는 아래와 같습니다. Claimwatch는 문자와 숫자만 저장합니다. 그것이 어떻게 부여되었는지는 확인하지 않으며, 검증 상태에서 등급을 도출하거나 등급에서 상태를 도출하는 일은 결코 없습니다.',
  'methodology.grades.reliabilityHeading': '출처 신뢰도',
  'methodology.grades.reliability.A': '완전히 신뢰할 수 있음',
  'methodology.grades.reliability.B': '대체로 신뢰할 수 있음',
  'methodology.grades.reliability.C': '어느 정도 신뢰할 수 있음',
  'methodology.grades.reliability.D': '대체로 신뢰할 수 없음',
  'methodology.grades.reliability.E': '신뢰할 수 없음',
  'methodology.grades.reliability.F': '신뢰도를 판단할 수 없음',
  'methodology.grades.credibilityHeading': '정보 신빙성',
  'methodology.grades.credibility.1': '다른 출처로 확인됨',
  'methodology.grades.credibility.2': '사실일 가능성이 높음',
  'methodology.grades.credibility.3': '사실일 수 있음',
  'methodology.grades.credibility.4': '의심스러움',
  'methodology.grades.credibility.5': '사실일 가능성이 낮음',
  'methodology.grades.credibility.6': '진위를 판단할 수 없음',
  'methodology.grades.whereHeading': '등급의 출처',
  'methodology.grades.whereNotes':
    '연구 노트에는 등급이 없고 등급을 지어내지도 않으므로, 기본 데이터셋의 모든 주장은 등급이 없습니다.',
  'methodology.grades.whereImport':
    '등급은 JSON 또는 CSV로 가져온 주장(<code>grade_reliability</code> 및 <code>grade_credibility</code> 열)이나 서버 API를 통해 작성된 주장에 포함될 수 있습니다. 주장 입력 양식은 주장의 등급을 그대로 유지합니다.',
  'methodology.grades.whereFilter':
    '등급 필터는 문자, 숫자 또는 둘 다로 범위를 좁힙니다(“B”와 “2”를 고르면 B2 등급의 주장이 남습니다). “등급 없음”은 등급이 없는 주장을 남깁니다.',

  'methodology.contradictions.heading': '기록된 모순',
  'methodology.contradictions.intro':
    '두 주장은 데이터에 그렇게 기록되어 있을 때 서로 모순됩니다. 이때 각 주장은 상대를 모순되는 주장으로 나열하고, 주장 패널과 비교 보기는 그 쌍을 보여 줍니다. 기본 데이터셋에서 모순은 다음 두 규칙에서만 나옵니다.',
  'methodology.contradictions.ruleDenial': '확인과 관련된 ‘부인’ 또는 ‘부인하지 않음’ 주장.',
  'methodology.contradictions.ruleNote':
    '다른 주장을 거명하며 서로 상충한다고 말하는 문장(“contradiction”, “conflicts with”, “lower than”, “higher than”, “differs”)이 있는 연구 노트.',
  'methodology.contradictions.exception':
    '모순은 어느 주장의 상태도 바꾸지 않습니다. 다만 연구 노트를 변환할 때 한 가지 예외가 있습니다. 관련 주장 중에 같은 국가의 발언자가 한 확인이 있는 부인(부인했던 내용을 자기 쪽이 인정한 경우)은 그 확인이 나온 날에 ‘철회’가 되며, 그 이력에 이유가 남습니다.',
  'methodology.agreement.heading': '일치',
  'methodology.agreement.intro': '다음 조건이 모두 충족되면 다른 주장이 어떤 주장의 수치를 뒷받침합니다.',
  'methodology.agreement.sameMetric': '같은 지표를 집계한다.',
  'methodology.agreement.sameKind': '둘 다 전망 또는 경고이거나, 둘 다 아니다.',
  'methodology.agreement.days': {
    other: '두 수치가 가리키는 날짜(수치 자체의 날짜, 없으면 주장이 나온 날짜)의 차이가 최대 {count}일이다.',
  },
  'methodology.agreement.tolerance': '두 수치의 차이가 {percent}% 이내이거나, 밝혀진 범위가 겹친다.',
  'methodology.agreement.notContradicting': '어느 쪽도 상대를 모순되는 주장으로 기록하지 않았다.',
  'methodology.agreement.limits': {
    other:
      '숫자나 날짜가 없는 주장은 뒷받침을 주지도 받지도 않습니다. 각 주장은 시간상 가장 가까운 것부터 최대 {count}건의 뒷받침하는 주장을 유지합니다.',
  },

  'methodology.origins.heading': '독립성: 하나의 사건, 하나의 목소리',
  'methodology.origins.intro':
    '하나의 브리핑을 보도한 네 매체는 네 개가 아니라 하나의 목소리입니다. 그래서 Claimwatch는 주장을 기원별로 묶습니다. 기원이란 브리핑, 성명, 보고서, 영상, 인터뷰처럼 주장의 인용 사슬에서 첫 번째 고리를 말합니다. 두 주장은 다음을 모두 갖출 때 기원을 공유합니다.',
  'methodology.origins.sameOwner': '같은 주체: 첫 번째 고리가 거명한 등록 기관, 그것이 없으면 발언자가 연결된 기관.',
  'methodology.origins.sameKind': '같은 종류의 사건.',
  'methodology.origins.matchingLink':
    '일치하는 첫 번째 고리: 사건의 종류를 밝히지 않은 경우에는 같은 문구, 익명의 인물을 인용한 경우에는 같은 최초 보도자까지.',
  'methodology.origins.sameDay':
    '같은 날 또는 인접한 날. 묶음의 첫날부터 세므로, 매일 이어지는 성명이 사슬처럼 하나의 사건으로 이어지지 않습니다.',
  'methodology.origins.unknown':
    '날짜가 일 단위까지 알려지지 않은 주장은 다른 주장과 묶이지 않습니다. 인용 사슬이 없거나, 인용 사슬과 발언자 어느 쪽도 등록 기관을 거명하지 않는 주장은 기원이 알려지지 않은 것이며, 추측으로 병합되지 않습니다. 프로젝트 서버에서 분석가는 묶음을 확인·분리·병합할 수 있고, 각 결정은 사유와 함께 기록됩니다.',
  'methodology.origins.supportIntro': '이어서 뒷받침을 기원에 따라 분류합니다.',
  'methodology.origins.independentTerm': '독립',
  'methodology.origins.independent':
    '다른 기관의 다른 기원에서 나온 뒷받침. 이것만이 독립적인 교차 확인으로 계산됩니다.',
  'methodology.origins.sameOriginTerm': '같은 기원',
  'methodology.origins.sameOrigin': '같은 사건의 반복으로, 대개 다른 매체가 전한 것입니다. 표시하되 계산하지 않습니다.',
  'methodology.origins.sameOrganisationTerm': '같은 기관',
  'methodology.origins.sameOrganisation':
    '같은 기관의 다른 발언: 독립적이지 않은 재진술입니다. 표시하되 계산하지 않습니다.',
  'methodology.origins.unknownTerm': '기원 불명',
  'methodology.origins.unknownOrigin': '어느 한쪽의 기원을 알 수 없어 독립성을 판단할 수 없습니다. 따로 나열합니다.',
  'methodology.origins.filters':
    '필터로 독립적으로 교차 확인된 주장만 남길 수 있습니다. 차트는 한 기원의 반복을 하나의 표지로 접을 수 있지만, 정확히 일치할 때(같은 지표, 종류, 수치, 한정어)에만 그렇게 합니다. 그 기원의 다른 수치는 별도의 표지로 남고 서로 연결됩니다. 비교 보기는 각 기간의 분포를 주장 기준과 독립 기원 기준으로 모두 보여 줍니다.',

  'methodology.warnings.heading': '주장이 서로 어긋날 때의 경고',
  'methodology.warnings.intro':
    '일부 불일치는 주장에 경고로 표시될 뿐, 주장을 거부하는 사유가 되지는 않습니다. 주장 패널이 경고를 보여 주고, 가져오기 경고 필터로 찾을 수 있습니다. 기본 데이터셋에도 같은 검사를 적용합니다.',
  'methodology.warnings.oneOrigin':
    '‘교차 확인’으로 표시되어 있지만, 뒷받침하는 주장이 모두 그 주장 자신의 기원이나 기관을 되풀이할 뿐 독립된 기원의 뒷받침이 없습니다. 주장을 읽을 때마다 새로 계산하므로 결코 낡은 정보가 되지 않습니다.',
  'methodology.warnings.sameSpeaker': '같은 발언자가 같은 날 같은 지표에 대해 다른 수치를 제시했습니다.',
  'methodology.warnings.cumulativeBelow':
    '같은 지표의 이전 누적 합계보다 낮은 누적 합계: 누적 합계는 줄어들 수 없습니다.',
  'methodology.warnings.jump': '같은 지표의 이전 최대 수치보다 10배 넘게 큰 수치.',
  'methodology.warnings.rate': '비율로 표현된 누적 합계(“per week”, “in the last month”).',

  'methodology.conversion.intro':
    '데모가 보여 주고 새 서버가 처음에 갖는 기본 데이터셋은 <code>data/research/reported-claims.json</code>에 있는 공개 보도에 관한 연구 노트 64건(2023–2025년)과 <code>data/seeds/</code>에 있는 기초 텍스트 2건으로 만듭니다. <code>npm run data:build</code> 명령이 이를 <code>data/default-dataset.json</code>으로 변환하며, 그 파일이 현재의 변환 결과와 다르면 테스트가 실패합니다. 나중에 서버로 가져오는 연구 노트도 같은 변환을 거칩니다. 변환은 원문에 충실하며, 어떤 수치도 덧붙이지 않습니다.',
  'methodology.conversion.eachTerm': '노트마다 따로',
  'methodology.conversion.each':
    '모든 노트는 노트 형식에 맞는지 검사합니다. 형식에 맞지 않거나 ID가 중복된 노트는 노트 자체의 필드 이름으로 모든 사유를 밝혀 거부합니다. 조용히 빠뜨리는 일은 없으며, 거부된 노트가 하나라도 있으면 빌드는 아무것도 쓰지 않습니다.',
  'methodology.conversion.fieldsTerm': '필드 대 필드',
  'methodology.conversion.fields':
    '각 노트는 하나의 주장이 되며, 발언자, 매체, 주소, 날짜, 인용 사슬, 인용문, 검증은 노트에 적힌 그대로입니다.',
  'methodology.conversion.datesTerm': '날짜',
  'methodology.conversion.dates':
    '주장 날짜는 노트의 정확한 날짜이며, 없으면 노트가 제시한 정밀도의 대략적인 날짜입니다(월은 월로 남습니다). 둘 다 없는 노트는 날짜 없이 남아 차트 옆에 나열되며, 페이지 자체의 날짜는 표시하되 주장 날짜로 쓰지 않습니다.',
  'methodology.conversion.qualifiersTerm': '한정어',
  'methodology.conversion.qualifiers':
    '표현은 적힌 그대로 보존하며, 그 표현이 숫자를 어떻게 규정하는지는 문구에서 읽어 냅니다. Claimwatch가 인식하지 못하는 표현은 더 확실한 쪽이 아니라 근사로 읽고, 경고를 붙입니다.',
  'methodology.conversion.verificationTerm': '검증',
  'methodology.conversion.verification':
    '첫 이력 항목은 보도 시점의 상태로, 주장이 나온 날짜로 기록되고 노트의 근거가 함께 남습니다. 도출되는 변경은 하나뿐입니다. 자기 쪽의 확인과 모순되는 부인은 ‘철회’가 됩니다(<link>모순과 일치</link> 참조). 그 밖의 모든 주장은 보도될 때의 상태를 유지하고, 이후 위상이 어떻게 바뀌었는지는 글로 남깁니다. 파병을 인정했다고 해서 누군가의 숫자가 확인되는 것은 아닙니다.',
  'methodology.conversion.linksTerm': '연결',
  'methodology.conversion.links':
    '두 주장이 모두 있으면 관련 연결은 양방향으로 만듭니다. 데이터셋에 없는 ID는 보존하되 이 데이터셋에 없는 것으로 표시합니다. 모순은 위에서 설명한 두 규칙에서 나옵니다.',
  'methodology.conversion.gradesTerm': '등급',
  'methodology.conversion.grades': '노트에는 등급이 없으므로 지어내지 않습니다.',
  'methodology.conversion.importTerm': '그다음, 여느 가져오기와 마찬가지로',
  'methodology.conversion.import':
    '각 기관을 출처 등록부와 연결하고, 위에서 설명한 경고를 붙이고, 기원과 뒷받침을 계산합니다.',
  'methodology.conversion.presentationTerm': '주장이 아닌 표현 요소',
  'methodology.conversion.presentation':
    '지표 이름, 단위, 차트 묶음, 개연성 상한은 코드 안의 목록에서 가져옵니다. 차트에 표시되는 날짜가 있는 배경 사건은 각각 기초 텍스트나 노트를 원문 그대로 인용합니다. 이들이 정확한 날짜를 밝히지 않으면 사건은 그들이 밝힌 정밀도를 유지합니다.',

  'methodology.asKnownOn.intro':
    '<em>알려진 시점 기준</em> 필터(링크에서는 <code>asof=YYYY-MM-DD</code>)는 각 주장이 기록한 날짜로 재구성하여, 과거 어느 날의 상황을 그날 그대로 보여 줍니다.',
  'methodology.asKnownOn.made':
    '그날이 끝날 때까지 확실히 나온 주장만 남깁니다. 월이나 연도까지만 날짜가 있는 주장은 그 월이나 연도가 끝난 뒤에 포함되며, 날짜가 없는 주장은 제외됩니다.',
  'methodology.asKnownOn.state':
    '각 주장은 이력에 따른 그날의 상태를 보여 줍니다. 처음 보도될 때의 상태에, 그날이나 그 이전 날짜의 이후 변경을 모두 반영한 것입니다. 날짜가 없거나 아직 끝나지 않은 월·연도로 날짜가 매겨진 변경은 제외됩니다.',
  'methodology.asKnownOn.later': '글로 기록된 이후 전개는 숨깁니다.',
  'methodology.asKnownOn.origins':
    '기원, 뒷받침, 단일 기원 경고는 그날 알려진 주장과 그 당시의 상태로 다시 계산합니다.',
  'methodology.asKnownOn.filters': '그런 다음 다른 필터가 그 상태에 적용됩니다.',
  'methodology.asKnownOn.pastView':
    '페이지는 과거 시점의 보기임을 분명히 밝히고 오늘로 돌아가는 방법을 제공합니다. 내보내기는 그 날짜를 메타데이터와 파일 이름에 기록합니다.',
  'methodology.asKnownOn.notACopy':
    '이것은 그날 그대로의 데이터 사본이 아닙니다. 주장과 그 이력에 담긴 날짜에 의존합니다. 나중에 입력되었지만 더 일찍 나온 주장은 과거 보기에 나타나고, 상태 변경은 입력된 시점이 아니라 그 변경에 주어진 날짜부터 적용되며, 주장의 그 밖의 모든 것(수치, 인용문, 출처, 연결)은 현재 기록된 그대로 표시됩니다.',

  'methodology.sources.whereRead':
    '모든 주장은 어디에서 읽었는지, 즉 매체, 페이지의 주소, 날짜, 언어를 밝힙니다. 주소는 일반적인 http(s) 주소일 때만 링크가 되며, 원래 페이지를 새 탭에서 엽니다. 많은 페이지는 최초 보도의 전재, 미러 또는 수집 사이트입니다. 인용 사슬은 페이지가 밝힌 그대로 누가 누구를 인용했는지를 기록합니다.',
  'methodology.sources.quotes':
    '인용문은 그 페이지들에서 원문 그대로 발췌한 짧은 글(노트 형식상 최대 25단어)로, 언어와 함께 매체 및 원문 링크 옆에 표시되어 각 주장을 확인할 수 있게 합니다. 모든 주장에 인용문이 있는 것은 아닙니다. 연구 노트는 각 페이지를 어떻게 읽었는지도 기록합니다. 현재 노트에 따르면 실시간 웹이 아니라 저장된 페이지 발췌본에서 읽었습니다. 이 기록은 노트에만 남고 주장으로 옮겨지지 않습니다.',
  'methodology.sources.registry':
    '주장을 하는 기관은 출처 등록부에 보관됩니다. 기관마다 하나의 항목이 있고, 보도에서 그 기관에 쓰는 표기들이 함께 기록되며, 출처 페이지에 나열됩니다. 주장은 보도가 쓴 그대로의 귀속을 유지합니다.',
  'methodology.sources.seeds':
    '두 기초 텍스트는 2024년 3월 중순 기준으로 작성된 분석 글과, 2024년 10월의 보도를 인용한 날짜 없는 뉴스 기사입니다. 저장소에는 둘 다 저자, 매체, 주소가 없습니다. Claimwatch는 이를 “Seed text 000”과 “Seed text 001”로 인용하며, 차트의 날짜가 있는 배경 사건에만 사용합니다.',
  'methodology.sources.scenarios':
    '데모의 테스트 시나리오는 합성 주장을 추가할 수 있습니다. 시나리오가 켜져 있으면 배너가 알려 주고, 합성 주장은 스스로 합성임을 밝히며, 결코 데이터셋의 일부가 되지 않습니다.',
  'methodology.licences.heading': '라이선스',
  'methodology.licences.none':
    '연구 노트, 기초 텍스트, 기본 데이터셋에는 라이선스가 명시되어 있지 않습니다. 저장소에는 라이선스 파일이 없고, 패키지도 라이선스를 선언하지 않으며, 노트 설명이나 기초 텍스트도 라이선스를 언급하지 않습니다.',
  'methodology.licences.api':
    '사용하는 소프트웨어 라이브러리의 라이선스를 제외하면, 저장소가 밝히는 유일한 라이선스는 API의 것입니다. API 계약 문서(OpenAPI)는 이를 “Proprietary: all rights reserved”(독점: 모든 권리 보유)로 선언합니다.',
  'methodology.licences.quotes':
    '인용된 말, 수치, 귀속은 각 주장과 함께 명시된 매체와 발언자에게서 나온 것입니다. Claimwatch는 참고용으로 짧은 발췌문을 원래 페이지 링크와 함께 싣지만, 저장소에는 이에 대한 라이선스나 허가가 기록되어 있지 않습니다. 인용문을 재사용하려면 원래 페이지에서 그 페이지의 이용 조건에 따라 가져와야 합니다.',
} as const satisfies Translation<typeof methodologyEn>;
