import type { ReactNode } from 'react';
import type { ChartLayout } from './chart-layout-types';

export interface ChartSurfaceProps {
  layout: ChartLayout;
  domain: [number, number];
  statementsOnly: boolean;
  /** The axes' type size in px. */
  fontSize: number;
  /** Our layers: marks, labels, key, hit area. */
  children: ReactNode;
}
