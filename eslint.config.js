// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import { importX } from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import globals from 'globals';
import { readdirSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The features, read from the folders of src/features: a new feature is fenced in by itself. */
const FEATURES = readdirSync(fileURLToPath(new URL('./src/features', import.meta.url)), {
  withFileTypes: true,
})
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Local rules, small enough not to need a plugin package. `kebab-case-files`: every file and
 * folder name is lowercase words joined by hyphens (`role-comparison.tsx`,
 * `compare-model.test.ts`), so imports never differ by case between macOS and Linux.
 */
const stackwise = {
  rules: {
    'kebab-case-files': {
      meta: {
        type: 'suggestion',
        docs: { description: 'File and folder names are kebab-case.' },
        schema: [],
        messages: {
          file: 'File name "{{name}}" is not kebab-case: use lowercase words joined by hyphens, like "role-comparison.tsx".',
          folder:
            'Folder name "{{name}}" is not kebab-case: use lowercase words joined by hyphens, like "ssr-portal".',
        },
      },
      /** @param {import('eslint').Rule.RuleContext} context */
      create(context) {
        const path = relative(context.cwd, context.filename);
        if (path.startsWith('..')) return {};
        const parts = path.split(sep);
        const file = parts.pop() ?? '';
        return {
          Program(node) {
            for (const folder of parts)
              if (!folder.startsWith('.') && !KEBAB.test(folder))
                context.report({ node, messageId: 'folder', data: { name: folder } });
            // Every dot-separated part: the name and its suffixes (.test, .config, .d).
            if (!file.split('.').every((part) => KEBAB.test(part)))
              context.report({ node, messageId: 'file', data: { name: file } });
          },
        };
      },
    },
  },
};

/**
 * Code flows one way (ARCHITECTURE.md): lib -> content/engine/share/embed -> store -> components
 * -> features -> app. These zones make lint fail when someone breaks it.
 */
const PURE = ['src/engine', 'src/share', 'src/embed'];
const UI_AND_STATE = ['src/app', 'src/features', 'src/components', 'src/store'];
const REACT_PACKAGES = [
  'react',
  'react-dom',
  'react-dom/*',
  'react-router',
  'zustand',
  'zustand/*',
];

/** Browser code (pure modules included) may import content types, never the pipeline itself. */
const BUILD_TIME_CONTENT = {
  regex: '(^|/)content/(schema|parse|checks|compile|load|vite-plugin)(\\.ts)?$',
  message:
    'Build-time content code must not reach the browser bundle; import types from content/types.ts.',
  allowTypeImports: true,
};

const zones = [
  // Pure layers: no UI, no store, no app.
  ...PURE.map((target) => ({
    target,
    from: UI_AND_STATE,
    message: 'Pure modules (engine, share, embed) must not import UI, store or app code.',
  })),
  {
    target: 'src/engine',
    from: ['src/share', 'src/embed'],
    message: 'The engine depends on content types only.',
  },
  // content/ is the base: it knows nothing above it.
  {
    target: 'src/content',
    from: [...UI_AND_STATE, ...PURE],
    message:
      'content/ is the base layer; it must not import engine, share, embed, store or UI code.',
  },
  // Embedding has two homes: src/embed (the message protocol, and the loader that uses it) and
  // src/features/embed (everything page-side). The loader is bundled alone into dist/embed.js
  // with a 3 KB budget: it imports the protocol and nothing else, and nothing imports it.
  {
    target: 'src/embed/loader',
    from: 'src',
    except: ['./embed/protocol.ts', './embed/loader'],
    message: 'The embed loader (dist/embed.js) may import src/embed/protocol.ts only.',
  },
  {
    target: [
      'src/app',
      'src/features',
      'src/components',
      'src/store',
      'src/engine',
      'src/share',
      'src/content',
      'src/lib',
      'src/embed/protocol.ts',
    ],
    from: 'src/embed/loader',
    message: 'The embed loader is bundled on its own into dist/embed.js; nothing imports it.',
  },
  { target: 'src/lib', from: ['src/!(lib)/**/*'], message: 'lib/ imports nothing internal.' },
  {
    target: 'src/components',
    from: ['src/app', 'src/features', 'src/store', 'src/engine', 'src/share'],
    message: 'Components are props-only: they import lib/ and content types only.',
  },
  {
    target: 'src/store',
    from: ['src/app', 'src/features', 'src/components'],
    message: 'The store holds no UI.',
  },
  {
    target: 'src/features',
    from: ['src/app'],
    message: 'Features never import the app composition root.',
  },
  // Features never import a sibling feature (one zone per folder of src/features).
  ...FEATURES.map((f) => ({
    target: `src/features/${f}`,
    from: ['src/features/!(' + f + ')/**/*'],
    message: 'A feature never imports another feature; move shared parts to components/.',
  })),
];

export default tseslint.config(
  {
    ignores: [
      'dist',
      'node_modules',
      'coverage',
      'test-results',
      'playwright-report',
      'screenshots',
      'public',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'import-x': importX, stackwise },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones }],
      'stackwise/kebab-case-files': 'error',
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-default-export': 'off',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat['recommended-latest'],
  },
  {
    // Pure modules: no React, no DOM, no store, no zod at run time.
    files: [
      'src/engine/**/*.ts',
      'src/share/**/*.ts',
      'src/embed/**/*.ts',
      'src/features/embed/*-model.ts',
      'src/features/*/*-model.ts',
      'src/content/types.ts',
      'src/content/vocabulary.ts',
    ],
    // The loader runs in the portal's page: it needs the DOM (and is bounded by its own zone).
    ignores: ['**/*.test.ts', 'src/embed/loader/**'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [...REACT_PACKAGES.filter((p) => !p.includes('*')), 'zod'].map((name) => ({
            name,
            message: 'Pure modules must not depend on React, the router, the store or zod.',
          })),
          patterns: [
            {
              group: ['react-dom/*', 'zustand/*'],
              message: 'Pure modules must not depend on React or the store.',
            },
            BUILD_TIME_CONTENT,
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'localStorage',
        'sessionStorage',
        'navigator',
        'location',
      ],
    },
  },
  {
    // Browser code: zod, YAML and Markdown stay at build time.
    files: ['src/**/*.{ts,tsx}'],
    ignores: [
      'src/content/schema.ts',
      'src/content/parse.ts',
      'src/content/checks.ts',
      'src/content/compile.ts',
      'src/content/load.ts',
      'src/content/vite-plugin.ts',
      'src/**/*.test.{ts,tsx}',
      'src/engine/**',
      'src/share/**',
      'src/embed/**',
      // Pure modules: the block above restricts their imports, build-time content code included.
      'src/features/*/*-model.ts',
      'src/content/types.ts',
      'src/content/vocabulary.ts',
      'src/test-setup.ts',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            'yaml',
            'unified',
            'remark-parse',
            'remark-rehype',
            'rehype-sanitize',
            'rehype-stringify',
          ].map((name) => ({
            name,
            message: 'Content parsing happens at build time; read src/content/catalog.ts instead.',
          })),
          patterns: [
            BUILD_TIME_CONTENT,
            {
              group: ['zod'],
              message: 'Validation happens at build time; zod must not reach the browser bundle.',
              allowTypeImports: true,
            },
          ],
        },
      ],
    },
  },
  {
    files: ['e2e/**/*.ts', 'scripts/**/*.ts', '*.config.ts', '*.config.js'],
    rules: { 'no-console': 'off', 'react-hooks/rules-of-hooks': 'off' },
  },
);
