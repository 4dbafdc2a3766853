// Two modules that import each other's types: a cycle, though type-only.
import type { B } from './chart-b';

export interface A {
  b: B | null;
}
