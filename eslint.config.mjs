// ESLint with typescript-eslint's strict, type-checked rules over every TypeScript file of the
// tree, run by `npm test` (deploy/local/test.sh). Formatting is Prettier's (.prettierrc.json).
// Where a rule is tuned below, the comment says why; no file turns a rule off for itself.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'coverage/**',
      'test-output/**',
      '.data/**',
      'deploy/local/.kafka/**',
      'apps/child-welfare-service/src/dashboard/public/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // Numbers and booleans read fine in messages ("3 children", "attempt 2"); objects and nullables still may not.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true, allowBoolean: true }],
      // Nest modules are empty classes carrying their decorator.
      '@typescript-eslint/no-extraneous-class': ['error', { allowWithDecorator: true }],
      // Response DTO classes describe a shape to Swagger; the services answer plain objects of that shape.
      '@typescript-eslint/no-unsafe-class-instance-assignment': 'off',
      // `_name` marks a binding kept on purpose (a destructured field left out of a copy).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      // `() => void sideEffect()` and one-line arrows returning a void call are how the code says "no value here".
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true, ignoreVoidOperator: true }],
      '@typescript-eslint/no-meaningless-void-operator': 'off',
    },
  },
  {
    // Tests read HTTP answers (supertest's `body` is `any`) and assert on them; a non-null
    // assertion there is the test saying what it expects, and a failed expectation says more
    // than a type guard would. A test double implements an async interface with answers it has
    // at hand: `async` without `await` is that interface's shape, not a forgotten wait.
    files: ['**/*.spec.ts', 'test/**/*.ts', '**/*.testing.ts', '**/testing/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    files: ['**/*.js', '**/*.cjs', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
    // Keeps disableTypeChecked's parser options (no project service for plain JavaScript) beside the globals.
    languageOptions: {
      ...tseslint.configs.disableTypeChecked.languageOptions,
      globals: { module: 'readonly', require: 'readonly', process: 'readonly', console: 'readonly', __dirname: 'readonly' },
    },
  },
);
