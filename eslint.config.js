// @ts-check
/**
 * Lint rules. Each non-default rule says why it is here.
 */
import eslintPluginAstro from 'eslint-plugin-astro';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

export default defineConfig(
  { ignores: ['dist/', '.astro/', '.casefile/', 'node_modules/', 'tests/fixtures/'] },
  ...tseslint.configs.recommended,
  ...eslintPluginAstro.configs.recommended,
  {
    rules: {
      // Unused names are usually leftovers; a leading underscore marks a deliberate discard.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      // Named exports only: files are named for what they hold, and names stay greppable.
      'no-restricted-exports': [
        'error',
        {
          restrictDefaultExports: {
            direct: true,
            named: true,
            defaultFrom: true,
            namedFrom: true,
            namespaceFrom: true,
          },
        },
      ],
    },
  },
  {
    // Config files must default-export by their tools' contract.
    files: ['*.config.{js,mjs,ts}', 'astro.config.mjs', 'eslint.config.js', 'vitest.config.ts'],
    rules: { 'no-restricted-exports': 'off' },
  },
  {
    // Schemas are loaded by the checker and the tests without Astro, so they may import only
    // astro/zod and each other (conventions: Starlight's schemas/).
    files: ['src/schemas/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(?!astro/zod$|\\./)',
              message: 'src/schemas may import only astro/zod and other schema modules.',
            },
          ],
        },
      ],
    },
  },
  {
    // src/lib is pure: no Astro runtime, so the checker runs without Astro and its cache.
    files: ['src/lib/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '^astro(?!/zod$)|^astro:', message: 'src/lib must not depend on Astro (only astro/zod).' },
          ],
        },
      ],
    },
  },
  {
    // Components take props and never query: only the site model module reads collections.
    files: ['src/components/**', 'src/layouts/**', 'src/pages/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'astro:content', message: 'Query through src/site/site-model.ts.' }] },
      ],
    },
  },
);
