import type { Translation } from '../catalogue-types';
import type { exportEn } from './en';

/** The export buttons, in Korean. Machine-drafted: not yet reviewed by a Korean speaker (see review-status.ts). */
export const exportKo = {
  'export.csv': 'CSV로 내보내기',
  'export.json': 'JSON으로 내보내기',
  'export.exporting': {
    other: '주장 {count}건을 {format} 형식으로 내보내는 중…',
  },
  'export.exported': {
    other: '주장 {count}건을 {format} 형식으로 내보냈습니다',
  },
  'export.exportedWithoutOrigins': {
    other: '주장 {count}건을 {format} 형식으로 내보냈습니다(기원 라벨을 가져올 수 없어 기원 ID만 포함)',
  },
  'export.failed': '내보내기에 실패했습니다: {message}',
} as const satisfies Translation<typeof exportEn>;
