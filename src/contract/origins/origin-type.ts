import type { SpeakerType } from '../vocabulary';
import type { OriginType } from './origin-schema';

/** Words that name the kind of event, in the languages reports on this subject use. */
const IMAGERY = /\b(satellite|imagery|images?|photos?|photographs?|video|footage)\b|위성|영상|사진|відео|видео|фото/iu;
const INTERVIEW = /\b(interview|interviewed|podcast|told)\b|인터뷰|інтерв|интервью/iu;
const BRIEFING = /\b(briefing|briefed|brief)\b|브리핑|보고|брифінг|брифинг/iu;
const CLOSED_DOOR =
  /\b(closed-door|private|parliamentary|committee|lawmakers?|intelligence|classified)\b|비공개|정보위/iu;
const STATEMENT =
  /\b(statement|press|conference|announcement|announced|remarks|address|speech|spokes(person|man|woman)|telegram|post|readout|notice|comments?|said)\b|성명|발표|기자회견|заява|заявление|звернення|обращение/iu;
const PRESS = /\b(press|news) (conference|statement|release)\b|기자회견|보도자료|пресс-конференц|пресконференц/iu;
const DOCUMENT =
  /\b(report|fact sheet|assessment|update|written answers?|analysis|releases?|data|dossier|document|letter|filing|study|estimate)\b|보고서|звіт|доклад|отчёт|отчет/iu;

/**
 * The type of the event a chain head names. A briefing is an intelligence briefing when the
 * owner is an intelligence service or the words say so ("closed-door", "parliamentary"); otherwise
 * an official statement. Heads that name no event ("Budanov", "Western intelligence sources") are unknown.
 */
export function originTypeOf(head: string, ownerType: SpeakerType | null): OriginType {
  if (IMAGERY.test(head)) return 'imagery_video';
  if (INTERVIEW.test(head)) return 'interview';
  if (PRESS.test(head)) return 'official_statement';
  if (BRIEFING.test(head))
    return ownerType === 'intelligence_service' || CLOSED_DOOR.test(head)
      ? 'intelligence_briefing'
      : 'official_statement';
  if (DOCUMENT.test(head)) return 'document';
  if (STATEMENT.test(head)) return 'official_statement';
  return 'unknown';
}

/** Heads that quote people nobody names: two of them are one event only when the same outlet first reported both. */
const ANONYMOUS = /\b(anonymous|unnamed|unidentified|sources?|officials?|insiders?)\b|소식통|관계자|джерел|источник/iu;

export const isAnonymousHead = (head: string): boolean => ANONYMOUS.test(head);
