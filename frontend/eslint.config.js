// Lint rules of the dashboard. The import boundaries keep the layout of bulletproof-react:
// a feature reaches another only through the other's index.ts (what it exports on purpose);
// shared code (components/, lib/) knows no feature; nothing but the app imports the app.
import tseslint from 'typescript-eslint';

const INSIDE_ANOTHER_FEATURE = {
  group: ['@/features/*/**'],
  message: "Import another feature through its index ('@/features/<name>'), or move the shared piece to src/components or src/lib.",
};
const OUT_OF_THE_FEATURE = {
  group: ['../../**'],
  message: "A feature's files reach other features through '@/features/<name>', never by relative paths.",
};
const THE_APP = { group: ['@/app', '@/app/**'], message: 'Only the application itself imports src/app.' };
const ANY_FEATURE = {
  group: ['@/features', '@/features/**'],
  message: 'Shared code must not depend on a feature: pass what it needs in, or move it into the feature.',
};

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'src/api/schema.d.ts', 'test-results/**', 'playwright-report/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [INSIDE_ANOTHER_FEATURE, THE_APP] }] },
  },
  {
    files: ['src/features/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [INSIDE_ANOTHER_FEATURE, OUT_OF_THE_FEATURE, THE_APP] }] },
  },
  {
    files: ['src/components/**/*.{ts,tsx}', 'src/lib/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [ANY_FEATURE, THE_APP] }] },
  },
  {
    // The message set-up gathers each feature's messages from its i18n folder.
    files: ['src/i18n/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ ...INSIDE_ANOTHER_FEATURE, group: ['@/features/*/**', '!@/features/*/i18n', '!@/features/*/i18n/*'] }, THE_APP] },
      ],
    },
  },
  {
    // Tests may reach into a feature's fixtures and render the whole application.
    files: ['src/**/*.test.{ts,tsx}', 'src/test/**/*.{ts,tsx}', 'src/features/*/test/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
);
