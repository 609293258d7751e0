// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';

export default tseslint.config(
  // Build output and the staging folders of builds (scripts/build.ts), running or interrupted.
  { ignores: ['dist/', '.astro/', 'node_modules/', 'test-results/', '.dist-*/', '.bench-dist-*/', '**/*.building-*/', '**/*.old-*/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
);
