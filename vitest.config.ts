import { defineConfig } from 'vitest/config';

// Unit tests live beside the code they test; end-to-end specs (tests/e2e) belong to Playwright.
export default defineConfig({
  test: {
    include: ['shared/**/*.test.ts', 'electron/**/*.test.ts', 'renderer/**/*.test.{ts,tsx}', 'tests/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    pool: 'forks',
  },
});
