// The layer rule, both as a function and through ESLint with the project's own config: a
// forbidden import must fail the lint.
import { ESLint } from 'eslint';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { violation } from '../../../../tools/eslint-plugin-layers/index.js';
import { layerMap } from '../../../../tools/eslint-plugin-layers/layer-map.js';

const root = join(import.meta.dirname, '../../../..');
const options = { root, layers: layerMap };
const at = (file: string) => join(root, file);

describe('violation', () => {
  it.each([
    ['shared/bridge/x.ts', 'node:fs'],
    ['shared/bridge/x.ts', 'fs'],
    ['shared/bridge/x.ts', 'electron'],
    ['shared/bridge/x.ts', 'react'],
    ['shared/bridge/x.ts', '../../server/local/local-service'],
    ['shared/bridge/x.ts', '../../renderer/bridge/connect'],
    ['renderer/doctor/x.tsx', 'node:path'],
    ['renderer/doctor/x.tsx', 'electron'],
    ['renderer/doctor/x.tsx', 'ws'],
    ['renderer/doctor/x.tsx', '../../server/local/local-service'],
    ['server/local/x.ts', 'electron'],
    ['server/local/x.ts', 'react-dom/client'],
    ['server/local/x.ts', '../../renderer/doctor/DoctorApp'],
    ['server/local/x.ts', '../../electron/main'],
    ['electron/x.ts', '../renderer/doctor/DoctorApp'],
  ])('%s may not import %s', (file, specifier) => {
    expect(violation(at(file), specifier, options)).toEqual(expect.any(String));
  });

  it.each([
    ['shared/bridge/x.ts', 'zod'],
    ['shared/bridge/x.ts', '../domain/languages'],
    ['renderer/doctor/x.tsx', 'react'],
    ['renderer/doctor/x.tsx', '../../shared/bridge/contract'],
    ['server/local/x.ts', 'node:fs'],
    ['server/local/x.ts', '../../shared/bridge/contract'],
    ['electron/x.ts', 'electron'],
    ['electron/x.ts', '../server/local/local-service'],
    ['test/unit/x.ts', 'electron'],
  ])('%s may import %s', (file, specifier) => {
    expect(violation(at(file), specifier, options)).toBeNull();
  });
});

describe('the project lint config', () => {
  it('fails a file in shared/ that imports node:fs or electron', async () => {
    const eslint = new ESLint({ cwd: root });
    const [result] = await eslint.lintText(
      "import { readFileSync } from 'node:fs';\nexport const x = require('electron');\n",
      { filePath: at('shared/layer-violation-probe.js') },
    );
    const messages = result?.messages.filter((m) => m.ruleId === 'layers/allowed-imports') ?? [];
    expect(messages.map((m) => m.line)).toEqual([1, 2]);
    expect(messages[0]?.severity).toBe(2);
  });
});
