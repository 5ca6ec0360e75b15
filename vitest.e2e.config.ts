import { defineConfig } from 'vitest/config';

// End-to-end tier: the built extension in a real Chromium (see tests/e2e/README.md).
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
