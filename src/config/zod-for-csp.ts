// The build resolves "zod" here (vite.config.ts) so that the flag is set before zod evaluates.
import './zod-jitless-flag';
export * from 'zod/v4';
export { z, z as default } from 'zod/v4';
