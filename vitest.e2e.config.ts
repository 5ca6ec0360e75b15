import { defineConfig } from 'vitest/config';

// End-to-end tier: the built extension in a real Chromium (see tests/e2e/README.md).
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // A real browser driven by key presses and timers: a test that fails is run once more, so a
    // missed key event (xdotool) or a slow poll does not fail the suite. Failing twice fails.
    retry: 1,
  },
});
