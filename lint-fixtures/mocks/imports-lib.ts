// The mock API -> src/lib (not the contract).
import { formatNumber } from '../src/lib/format';

export const format = formatNumber;
