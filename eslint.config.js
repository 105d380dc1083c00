// Lint: typescript-eslint (type-aware), React hooks, and the layer rule that keeps
// shared/ <- renderer/, shared/ <- server/ <- electron/ pointing one way.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import layers from './tools/eslint-plugin-layers/index.js';
import { layerMap } from './tools/eslint-plugin-layers/layer-map.js';

const root = import.meta.dirname;

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'release/**',
      'node_modules/**',
      'test/fixtures/**',
      'coverage/**',
      '.cache/**',
      // Personal scratch scripts (git-ignored).
      '.scratch/**',
    ],
  },
  js.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    extends: [tseslint.configs.strictTypeChecked, tseslint.configs.stylisticTypeChecked],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: root } },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  { files: ['renderer/**/*.tsx', 'renderer/**/*.ts'], ...reactHooks.configs.flat.recommended },
  {
    // The family page stops pointer, touch and mouse events before React (decision 0076):
    // a handler for them in the code it renders would never run (onClick is the way).
    files: [
      'renderer/family/**/*.tsx',
      'renderer/components/**/*.tsx',
      'renderer/calls/**/*.tsx',
      'renderer/content/**/*.tsx',
    ],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            'JSXAttribute[name.name=/^on((Mouse|Pointer)(Enter|Leave|Over|Out|Move|Down|Up|Cancel)|(Got|Lost)PointerCapture|Touch(Start|Move|End|Cancel))(Capture)?$/]',
          message:
            'The family page never hands pointer, touch or mouse events to React (renderer/components/touch/pointer-noise.ts): use onClick.',
        },
      ],
    },
  },
  {
    files: ['**/*.{ts,tsx,js,mjs,cjs}'],
    plugins: { layers },
    rules: { 'layers/allowed-imports': ['error', { root, layers: layerMap }] },
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: { ...globals.node } },
  },
);
