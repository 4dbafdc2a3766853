// The build resolves "zod/mini" here (vite.config.ts), as it does "zod", so that the flag is set before zod evaluates.
import './zod-jitless-flag';
export * from 'zod/v4/mini';
export { z } from 'zod/v4/mini';
