import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// Layering (see README "Folders"): shared imports nothing platform-specific; the renderer reaches
// main only through renderer/api.ts; only electron/main.ts, preload.ts and electron/shell
// may import electron, so every other main-process module runs under plain Node tests.
const noElectron = {
  name: 'electron',
  message: 'Only electron/main.ts, preload.ts and electron/shell/ import electron.',
};
const nodeBuiltins = {
  group: ['node:*', 'fs', 'path', 'os', 'http', 'child_process', 'crypto'],
  message: 'No Node APIs here.',
};

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            noElectron,
            { name: 'react', message: 'shared/ is UI-free.' },
            { name: 'kysely', message: 'shared/ has no database code.' },
          ],
          patterns: [
            nodeBuiltins,
            { group: ['**/electron/**', '**/renderer/**'], message: 'shared/ imports only shared/.' },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: [noElectron],
          patterns: [
            nodeBuiltins,
            { group: ['**/electron/**'], message: 'The renderer reaches main only through renderer/api.ts.' },
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "MemberExpression[object.name='window'][property.name='valgo']", message: 'Use renderer/api.ts.' },
      ],
    },
  },
  { files: ['renderer/api.ts'], rules: { 'no-restricted-syntax': 'off' } },
  {
    files: ['electron/**/*.ts'],
    ignores: ['electron/main.ts', 'electron/preload.ts', 'electron/shell/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [noElectron], patterns: [{ group: ['**/renderer/**'], message: 'Main never imports the renderer.' }] },
      ],
    },
  },
  {
    files: ['electron/main.ts', 'electron/shell/**/*.ts'],
    ignores: ['electron/shell/ipc.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'electron',
              importNames: ['ipcMain', 'ipcRenderer'],
              message: 'IPC goes through electron/shell/ipc.ts and electron/preload.ts.',
            },
          ],
          patterns: [{ group: ['**/renderer/**'], message: 'Main never imports the renderer.' }],
        },
      ],
    },
  },
  {
    files: ['tests/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
