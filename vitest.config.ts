import { defineConfig } from 'vitest/config';
import { V8_FLAGS } from './src/v8-flags.js';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30000,
    // The V8 flags the command and the Action run with (decision 0029).
    execArgv: [...V8_FLAGS],
  },
});
