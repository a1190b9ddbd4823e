// The browser test's own run (`npm run test:browser`): kept out of `npm test`, which must pass
// on a machine without chromium.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/browser/**/*.browser.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // One browser, reports rendered one after another: the machine has few cores.
    fileParallelism: false,
  },
});
