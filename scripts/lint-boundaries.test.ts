import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';
import { readdirSync } from 'node:fs';

// Proves the layering of ARCHITECTURE.md is enforced by lint, not by good intentions.
const eslint = new ESLint({ cwd: process.cwd() });

async function ruleIds(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

describe('import boundaries', { timeout: 60_000 }, () => {
  it('a pure engine module importing React fails lint', async () => {
    expect(
      await ruleIds(
        'src/engine/bad.ts',
        "import { useState } from 'react';\nexport const x = useState;\n",
      ),
    ).toContain('no-restricted-imports');
  });

  it('the engine importing UI or the store fails lint', async () => {
    expect(
      await ruleIds(
        'src/engine/bad.ts',
        "import { StatusBadge } from '../components/status-badge.tsx';\nexport const x = StatusBadge;\n",
      ),
    ).toContain('import-x/no-restricted-paths');
  });

  it('the engine touching the DOM fails lint', async () => {
    expect(await ruleIds('src/engine/bad.ts', 'export const t = document.title;\n')).toContain(
      'no-restricted-globals',
    );
  });

  it('browser code importing the build-time content pipeline or zod fails lint', async () => {
    expect(
      await ruleIds(
        'src/features/catalog/bad.ts',
        "import { parseFile } from '../../content/parse.ts';\nexport const x = parseFile;\n",
      ),
    ).toContain('no-restricted-imports');
    expect(
      await ruleIds(
        'src/features/catalog/bad.ts',
        "import * as z from 'zod';\nexport const x = z;\n",
      ),
    ).toContain('no-restricted-imports');
  });

  it('a feature model or the vocabulary importing React, the DOM, the content pipeline or zod fails lint', async () => {
    expect(
      await ruleIds(
        'src/features/compare/bad-model.ts',
        "import { useState } from 'react';\nexport const x = useState;\n",
      ),
    ).toContain('no-restricted-imports');
    expect(
      await ruleIds('src/features/result/bad-model.ts', 'export const w = window.innerWidth;\n'),
    ).toContain('no-restricted-globals');
    expect(
      await ruleIds(
        'src/features/compare/bad-model.ts',
        "import { parseFile } from '../../content/parse.ts';\nexport const x = parseFile;\n",
      ),
    ).toContain('no-restricted-imports');
    expect(
      await ruleIds(
        'src/content/vocabulary.ts',
        "import * as z from 'zod';\nexport const x = z;\n",
      ),
    ).toContain('no-restricted-imports');
  });

  it('a feature importing another feature fails lint', async () => {
    expect(
      await ruleIds(
        'src/features/start/bad.ts',
        "import { CatalogPage } from '../catalog/catalog-page.tsx';\nexport const x = CatalogPage;\n",
      ),
    ).toContain('import-x/no-restricted-paths');
  });

  // The zones come from the folders of src/features, so a feature added tomorrow is fenced in too.
  const features = readdirSync('src/features', { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name);

  it.each(features)('the feature %s importing a sibling feature fails lint', async (feature) => {
    // The rule checks resolved paths: import a real file of a sibling.
    const sibling = features.find((f) => f !== feature)!;
    const file = readdirSync(`src/features/${sibling}`).find((f) => /\.tsx?$/.test(f))!;
    expect(
      await ruleIds(
        `src/features/${feature}/bad.ts`,
        `import * as other from '../${sibling}/${file}';\nexport const x = other;\n`,
      ),
    ).toContain('import-x/no-restricted-paths');
  });

  it('the embed loader importing anything but the protocol fails lint', async () => {
    expect(
      await ruleIds(
        'src/embed/loader/bad.ts',
        "import { useWizardStore } from '../../store/wizard-store.ts';\nexport const x = useWizardStore;\n",
      ),
    ).toContain('import-x/no-restricted-paths');
    expect(
      await ruleIds(
        'src/embed/loader/bad.ts',
        "import { paths } from '../../lib/paths.ts';\nexport const x = paths;\n",
      ),
    ).toContain('import-x/no-restricted-paths');
    expect(
      await ruleIds(
        'src/embed/loader/ok.ts',
        "import { parsePageMessage } from '../protocol.ts';\nimport { hostTheme } from './host-theme.ts';\nexport const x = [parsePageMessage, hostTheme];\n",
      ),
    ).toEqual([]);
  });

  it('page-side code importing the embed loader fails lint', async () => {
    expect(
      await ruleIds(
        'src/features/embed/bad.ts',
        "import { keep } from '../../embed/loader/kept-answers.ts';\nexport const x = keep;\n",
      ),
    ).toContain('import-x/no-restricted-paths');
  });

  it('clean engine code passes', async () => {
    expect(
      await ruleIds(
        'src/engine/ok.ts',
        "import type { Catalog } from '../content/types.ts';\nexport const size = (c: Catalog) => c.technologies.length;\n",
      ),
    ).toEqual([]);
  });
});

describe('file names', { timeout: 60_000 }, () => {
  it.each([
    ['src/components/SideBySide.tsx', 'SideBySide.tsx'],
    ['src/features/result/role_comparison.tsx', 'role_comparison.tsx'],
    ['src/engine/scoreModel.test.ts', 'scoreModel.test.ts'],
  ])('%s is not kebab-case and fails lint, naming the file', async (path, name) => {
    const [result] = await eslint.lintText('export const x = 1;\n', { filePath: path });
    const message = result?.messages.find((m) => m.ruleId === 'stackwise/kebab-case-files');
    expect(message?.message).toContain(`"${name}" is not kebab-case`);
  });

  it('a folder that is not kebab-case fails lint', async () => {
    expect(await ruleIds('src/features/RolePicker/picker.tsx', 'export const x = 1;\n')).toContain(
      'stackwise/kebab-case-files',
    );
  });

  it('kebab-case names with suffixes pass', async () => {
    expect(
      await ruleIds('src/features/result/role-comparison-model.test.ts', 'export const x = 1;\n'),
    ).toEqual([]);
  });
});
