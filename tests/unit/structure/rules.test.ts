import { parseCircular, parseDependencyTree, type Dependency, type DependencyTree } from 'dpdm';
import { describe, expect, it } from 'vitest';
import {
  cycleViolations,
  formatReport,
  layerViolations,
  packageOf,
  preloadViolations,
  sizeViolations,
} from '../../../scripts/structure/rules';

/** A tree from `file: [[request, resolved id], ...]`. */
function tree(files: Record<string, [string, string | null][]>): DependencyTree {
  return Object.fromEntries(
    Object.entries(files).map(([issuer, deps]) => [
      issuer,
      deps.map(([request, id]) => ({ issuer, request, id, kind: 'StaticImport' as Dependency['kind'] })),
    ]),
  );
}

describe('import cycles', () => {
  it('reports a cycle dpdm finds, closing the loop', () => {
    const t = tree({
      'shared/a.ts': [['./b', 'shared/b.ts']],
      'shared/b.ts': [['./c', 'shared/c.ts']],
      'shared/c.ts': [['./a', 'shared/a.ts']],
    });
    expect(cycleViolations(parseCircular(t))).toEqual([
      { rule: 'import cycle', detail: 'shared/a.ts -> shared/b.ts -> shared/c.ts -> shared/a.ts' },
    ]);
  });

  it('reports nothing for a tree without cycles', () => {
    const t = tree({ 'shared/a.ts': [['./b', 'shared/b.ts']], 'shared/b.ts': [] });
    expect(cycleViolations(parseCircular(t))).toEqual([]);
  });
});

describe('layers', () => {
  const rulesOf = (t: DependencyTree) => layerViolations(t).map((v) => `${v.rule} | ${v.detail}`);

  it('allows the documented arrows', () => {
    const t = tree({
      'renderer/App.tsx': [['../shared/contract', 'shared/contract/index.ts']],
      'electron/main.ts': [
        ['electron', 'node_modules/electron/index.js'],
        ['./core', 'electron/core.ts'],
      ],
      'electron/preload.ts': [['electron', 'node_modules/electron/index.js']],
      'electron/shell/app-menu.ts': [['electron', 'node_modules/electron/index.js']],
      'shared/plan/program.ts': [['../contract/plans', 'shared/contract/plans.ts']],
      'electron/core.ts': [
        ['../shared/plan', 'shared/plan/index.ts'],
        ['zod', 'node_modules/zod/index.js'],
      ],
    });
    expect(rulesOf(t)).toEqual([]);
  });

  it('refuses each wrong arrow, naming the file and the import', () => {
    const t = tree({
      'renderer/api.ts': [['../electron/dispatch', 'electron/dispatch.ts']],
      'electron/services/x.ts': [['../../renderer/theme', 'renderer/theme.ts']],
      'shared/contract/care-plans.ts': [['../plan/types', 'shared/plan/types.ts']],
      'shared/plan/ids.ts': [['../../electron/db/schema', 'electron/db/schema.ts']],
      'electron/ipc.ts': [['electron', 'node_modules/electron/index.js']],
      'renderer/main.tsx': [['electron', 'node_modules/electron/index.js']],
    });
    expect(rulesOf(t)).toEqual([
      "renderer/ never imports electron/ | renderer/api.ts imports '../electron/dispatch'",
      "electron/ never imports renderer/ | electron/services/x.ts imports '../../renderer/theme'",
      "shared/plan imports shared/contract, never the reverse | shared/contract/care-plans.ts imports '../plan/types'",
      "shared/ imports only shared/ and packages | shared/plan/ids.ts imports '../../electron/db/schema'",
      "only electron/main.ts, electron/preload.ts and electron/shell/** import 'electron' | electron/ipc.ts imports 'electron'",
      "only electron/main.ts, electron/preload.ts and electron/shell/** import 'electron' | renderer/main.tsx imports 'electron'",
    ]);
  });
});

describe('the preload', () => {
  it('may reach electron and the plain channel list', () => {
    const t = tree({
      'electron/preload.ts': [
        ['electron', 'node_modules/electron/index.js'],
        ['./shell/valgo-bridge', 'electron/shell/valgo-bridge.ts'],
      ],
      'electron/shell/valgo-bridge.ts': [['../../shared/contract/channel-names', 'shared/contract/channel-names.ts']],
      'shared/contract/channel-names.ts': [],
    });
    expect(preloadViolations(t)).toEqual([]);
  });

  it('refuses the contract index (and so zod), showing the path', () => {
    const t = tree({
      'electron/preload.ts': [['./shell/valgo-bridge', 'electron/shell/valgo-bridge.ts']],
      'electron/shell/valgo-bridge.ts': [['../../shared/contract', 'shared/contract/index.ts']],
      'shared/contract/index.ts': [['zod', 'node_modules/zod/index.js']],
    });
    expect(preloadViolations(t).map((v) => v.detail)).toEqual([
      'electron/preload.ts -> electron/shell/valgo-bridge.ts -> shared/contract/index.ts',
    ]);
  });

  it('refuses any package but electron', () => {
    const t = tree({ 'electron/preload.ts': [['zod', 'node_modules/zod/index.js']] });
    expect(preloadViolations(t).map((v) => v.detail)).toEqual(['electron/preload.ts -> node_modules/zod/index.js']);
  });

  it('holds for the real preload (type-only imports erased, as the bundler does)', async () => {
    const real = await parseDependencyTree(['electron/preload.ts'], { context: process.cwd(), transform: true });
    expect(Object.keys(real)).toContain('shared/contract/channel-names.ts');
    expect(preloadViolations(real)).toEqual([]);
  });
});

describe('file sizes and the report', () => {
  it('lists files over 400 lines, sorted, and lets 400 pass', () => {
    const sizes = new Map([
      ['renderer/b.tsx', 401],
      ['shared/ok.ts', 400],
      ['electron/a.ts', 900],
    ]);
    expect(sizeViolations(sizes).map((v) => v.detail)).toEqual([
      'electron/a.ts: 900 lines',
      'renderer/b.tsx: 401 lines',
    ]);
  });

  it('groups offenders under their rule', () => {
    const report = formatReport([
      { rule: 'import cycle', detail: 'a -> b -> a' },
      { rule: 'no source file over 400 lines', detail: 'x.ts: 401 lines' },
      { rule: 'import cycle', detail: 'c -> d -> c' },
    ]);
    expect(report).toBe(
      '✗ import cycle (2):\n    a -> b -> a\n    c -> d -> c\n✗ no source file over 400 lines (1):\n    x.ts: 401 lines',
    );
  });

  it('names scoped and plain packages', () => {
    expect(packageOf('node_modules/@mui/material/index.js')).toBe('@mui/material');
    expect(packageOf('node_modules/electron/index.js')).toBe('electron');
  });
});
