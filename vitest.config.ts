import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Build tests run Astro; give them room on a slow CI machine.
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});
