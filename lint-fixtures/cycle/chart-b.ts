import type { A } from './chart-a';

export interface B {
  a: A;
}
