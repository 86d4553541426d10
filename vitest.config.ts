import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Build tests run Astro; give them room on a slow CI machine.
    testTimeout: 120_000,
    hookTimeout: 180_000,
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/**/*.test.ts'], exclude: ['tests/browser/**'] },
      },
      {
        // Real Chromium against the built site: one build for the whole project (global-setup.ts).
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: ['tests/browser/global-setup.ts'],
          // Two cores: one Chromium per file at a time is what the machine can give.
          fileParallelism: false,
        },
      },
    ],
  },
});
