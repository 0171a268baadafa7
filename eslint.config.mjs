// Lint: TypeScript recommended rules everywhere, plus the rule that keeps the
// scoring core pure (no env, no clock, no I/O, no adapters).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

// tsc compiles to CommonJS, where a local named `exports` or `module` shadows the
// module object and silently breaks every exported constant used in its scope.
const cjsShadowing = {
  selector: "VariableDeclarator[id.name=/^(exports|module|require)$/], FunctionDeclaration > Identifier.params[name=/^(exports|module|require)$/]",
  message: 'Do not name a local exports/module/require: it shadows the CommonJS module object in the build.',
};

const adapterImports = [
  { group: ['**/hubspot', '**/hubspot/**', '**/server', '**/server/**', '**/jobs', '**/jobs/**',
            '**/cli', '**/cli/**', '**/sandbox', '**/sandbox/**'],
    message: 'src/core is pure: it must not import adapters.' },
  { group: ['node:*', 'fs', 'fs/*', 'path', 'http', 'https', 'net', 'child_process', 'os', 'crypto',
            'express', 'node-cron', '@hubspot/*', 'better-sqlite3'],
    message: 'src/core is pure: no I/O or platform modules.' },
];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'build/**', '.hubspot-build/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', cjsShadowing],
    },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['src/core/**/*.ts'],
    ignores: ['src/core/**/*.test.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': ['error', { patterns: adapterImports }],
      'no-restricted-globals': ['error',
        { name: 'process', message: 'src/core is pure: pass configuration in, never read process.' },
        { name: 'fetch', message: 'src/core is pure: no network.' },
        { name: 'setTimeout', message: 'src/core is pure: no timers.' },
        { name: 'require', message: 'src/core uses static imports only.' }],
      'no-restricted-properties': ['error',
        { object: 'Date', property: 'now', message: 'src/core has no clock: asOf is an argument.' },
        { object: 'Math', property: 'random', message: 'src/core is deterministic.' },
        { object: 'performance', property: 'now', message: 'src/core has no clock.' }],
      'no-restricted-syntax': ['error', cjsShadowing,
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'src/core has no clock: new Date() without an argument reads the clock; asOf is an argument.' }],
    },
  },
);
