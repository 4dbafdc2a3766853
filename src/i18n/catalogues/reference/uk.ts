import type { Translation } from '../catalogue-types';
import type { referenceEn } from './en';

/**
 * The reference data's words, in Ukrainian. Machine-drafted: not yet reviewed by a Ukrainian speaker (see
 * review-status.ts).
 */
export const referenceUk = {
  'reference.Troops in Russia': 'Війська в Росії',
  'reference.personnel': 'осіб',
  'reference.North Korean troops sent to Russia': 'Північнокорейські війська, відправлені до Росії',
  'reference.North Korean military personnel reported to be in Russia.':
    'Північнокорейські військовослужбовці, які, за повідомленнями, перебувають у Росії.',
  'reference.Troops in Kursk region': 'Війська в Курській області',
  'reference.North Korean military personnel reported deployed to Russia’s Kursk region.':
    'Північнокорейські військовослужбовці, які, за повідомленнями, розгорнуті в Курській області Росії.',
  'reference.Troops projected or warned': 'Прогнозовані або попереджені війська',
  'reference.How many North Korean troops a speaker says may or will be sent: a projection or warning, not a count.':
    'Скільки північнокорейських військ, за словами мовця, може бути або буде відправлено: прогноз чи попередження, а не підрахунок.',
  'reference.Additional troops': 'Додаткові війська',
  'reference.North Korean troops reported sent to Russia in addition to, or to replace, earlier deployments.':
    'Північнокорейські війська, які, за повідомленнями, відправлено до Росії на додачу до попередніх розгортань або на їх заміну.',
  'reference.Casualties (killed or wounded)': 'Втрати (убиті або поранені)',
  'reference.casualties': 'втрат',
  'reference.North Korean troop losses': 'Втрати північнокорейських військ',
  'reference.North Korean troops reported killed or wounded; sources count and define casualties differently.':
    'Північнокорейські військові, які, за повідомленнями, загинули або були поранені; джерела рахують і визначають втрати по-різному.',
  'reference.Deaths': 'Загиблі',
  'reference.killed': 'загиблих',
  'reference.North Korean troops reported killed.': 'Північнокорейські військові, які, за повідомленнями, загинули.',
  'reference.Containers shipped': 'Відправлені контейнери',
  'reference.containers': 'контейнерів',
  'reference.Containers of munitions shipped': 'Відправлені контейнери з боєприпасами',
  'reference.Containers of munitions or related materiel reported shipped from North Korea to Russia, cumulative.':
    'Контейнери з боєприпасами чи пов’язаним майном, які, за повідомленнями, відправлено з Північної Кореї до Росії, наростальним підсумком.',
  'reference.Artillery shells shipped': 'Відправлені артилерійські снаряди',
  'reference.shells': 'снарядів',
  'reference.Artillery shells shipped (cumulative)': 'Відправлені артилерійські снаряди (наростальним підсумком)',
  'reference.Artillery rounds reported supplied by North Korea to Russia, cumulative; some figures are conversions from container counts.':
    'Артилерійські снаряди, які, за повідомленнями, Північна Корея поставила Росії, наростальним підсумком; деякі цифри перераховано з кількості контейнерів.',
  'reference.Shells per year': 'Снарядів на рік',
  'reference.shells a year': 'снарядів на рік',
  'reference.Artillery shells shipped per year': 'Відправлені артилерійські снаряди за рік',
  'reference.Reported yearly rate of North Korean artillery shell supply to Russia.':
    'Повідомлений річний темп постачання північнокорейських артилерійських снарядів до Росії.',
  'reference.Share of Russia’s artillery ammunition': 'Частка артилерійських боєприпасів Росії',
  'reference.percent': 'відсотків',
  'reference.North Korean share of Russia’s artillery ammunition':
    'Частка Північної Кореї в артилерійських боєприпасах Росії',
  'reference.Share of the artillery ammunition Russia uses that is said to come from North Korea.':
    'Частка артилерійських боєприпасів, які використовує Росія і які, як кажуть, надходять із Північної Кореї.',
  'reference.Ballistic missiles fired': 'Випущені балістичні ракети',
  'reference.missiles': 'ракет',
  'reference.North Korean ballistic missiles fired': 'Випущені північнокорейські балістичні ракети',
  'reference.North Korean ballistic missiles (KN-23/24) reported fired by Russia at Ukraine, cumulative.':
    'Північнокорейські балістичні ракети (KN-23/24), які, за повідомленнями, Росія випустила по Україні, наростальним підсумком.',
  'reference.Artillery systems supplied': 'Поставлені артилерійські системи',
  'reference.systems': 'систем',
  'reference.Self-propelled guns, rocket launchers and other artillery pieces reported supplied by North Korea to Russia.':
    'Самохідні гармати, реактивні системи залпового вогню та інші артилерійські засоби, які, за повідомленнями, Північна Корея поставила Росії.',
  'reference.Any munitions transfers': 'Будь-які передачі боєприпасів',
  'reference.statements': 'заяв',
  'reference.Statements on whether North Korea transferred any munitions to Russia at all, without a number.':
    'Заяви про те, чи передавала Північна Корея Росії боєприпаси взагалі, без числа.',
  'reference.Kim–Putin summit, Vostochny': 'Саміт Кім–Путін, Восточний',
  'reference.Kim Jong Un and Vladimir Putin meet at the Vostochny cosmodrome; the summit features public vows of mutual support.':
    'Кім Чен Ин і Володимир Путін зустрічаються на космодромі Восточний; на саміті публічно обіцяють взаємну підтримку.',
  'reference.Putin–Kim defence pact': 'Оборонний пакт Путіна й Кіма',
  'reference.Vladimir Putin and Kim Jong Un sign a defence pact under which the two states could support each other against external aggression.':
    'Володимир Путін і Кім Чен Ин підписують оборонний пакт, за яким дві держави можуть підтримувати одна одну в разі зовнішньої агресії.',
  'reference.Kyiv releases uniform video': 'Київ оприлюднює відео з одностроями',
  'reference.Ukraine’s Center for Strategic Communications and Information Security releases a video of presumed North Korean soldiers receiving Russian uniforms; its authenticity had not been independently verified.':
    'Центр стратегічних комунікацій та інформаційної безпеки України оприлюднює відео, на якому імовірні північнокорейські солдати отримують російські однострої; його автентичність незалежно не перевірено.',
  'reference.Russia, DPRK confirm troops': 'Росія і КНДР підтверджують війська',
  "reference.Russia’s Chief of the General Staff, then the Central Military Commission of the Workers' Party of Korea, acknowledge that North Korean troops fought in the Kursk region, without giving numbers.":
    'Начальник Генерального штабу Росії, а потім Центральна військова комісія Трудової партії Кореї визнають, що північнокорейські війська воювали в Курській області, не називаючи чисел.',
} as const satisfies Translation<typeof referenceEn>;
