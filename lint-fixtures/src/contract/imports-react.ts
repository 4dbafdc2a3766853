// The contract -> React.
import { useMemo } from 'react';

export const memo = useMemo;
