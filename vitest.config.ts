import { defineConfig } from 'vitest/config';

/** Tests that read the built site share one clean build, made before they start. */
const builtSite = { globalSetup: ['tests/helpers/build-site-once.ts'], fileParallelism: false };

export default defineConfig({
  test: {
    // Build tests run Astro; give them room on a slow CI machine.
    testTimeout: 120_000,
    // Two files at a time, even on two cores: Vitest's default (cores − 1) ran the unit files one
    // by one, and much of their time is spent in child processes and I/O (unit stage 378 s in CI,
    // 260 s with two). The site and browser projects stay one file at a time (fileParallelism).
    maxWorkers: 2,
    hookTimeout: 180_000,
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/**/*.test.ts'], exclude: ['tests/site/**', 'tests/browser/**'] },
      },
      {
        // Checks of the built files: links and fragments, HTML validity, weight, reflow, reproducibility.
        extends: true,
        test: { name: 'site', include: ['tests/site/**/*.test.ts'], ...builtSite },
      },
      {
        // Real Chromium against the built site: axe, search, filters, keyboard, themes.
        extends: true,
        test: { name: 'browser', include: ['tests/browser/**/*.test.ts'], ...builtSite },
      },
    ],
  },
});
