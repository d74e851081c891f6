/*
 * The structural rules `npm run check:structure` enforces, as pure functions over a dependency
 * tree (dpdm's shape: file -> its imports, paths relative to the repository root) so that
 * tests/unit/structure/ can check each rule against small hand-made trees.
 */
import type { DependencyTree } from 'dpdm';

export const MAX_LINES = 400;

/** The only files that may import 'electron' (everything else runs under plain Node tests). */
export function mayImportElectron(file: string): boolean {
  return file === 'electron/main.ts' || file === 'electron/preload.ts' || file.startsWith('electron/shell/');
}

export interface Violation {
  rule: string;
  detail: string;
}

const isPackage = (id: string): boolean => id.startsWith('node_modules/');

/** The npm package a resolved id belongs to (`node_modules/@scope/name/...` -> `@scope/name`). */
export function packageOf(id: string): string {
  const parts = id.slice('node_modules/'.length).split('/');
  return parts[0]!.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]!;
}

/** Every import cycle dpdm reports, as `a -> b -> a`. */
export function cycleViolations(circulars: readonly (readonly string[])[]): Violation[] {
  return circulars.map((cycle) => ({ rule: 'import cycle', detail: [...cycle, cycle[0]].join(' -> ') }));
}

/** Which folders may import which: one arrow per pair, never both ways. */
function layerRule(from: string, to: string, request: string): string | null {
  const within = (file: string, folder: string): boolean => file.startsWith(folder);
  if (request === 'electron' || request.startsWith('electron/')) {
    return mayImportElectron(from)
      ? null
      : "only electron/main.ts, electron/preload.ts and electron/shell/** import 'electron'";
  }
  if (within(from, 'renderer/') && within(to, 'electron/')) return 'renderer/ never imports electron/';
  if (within(from, 'electron/') && within(to, 'renderer/')) return 'electron/ never imports renderer/';
  if (within(from, 'shared/') && (within(to, 'electron/') || within(to, 'renderer/'))) {
    return 'shared/ imports only shared/ and packages';
  }
  if (within(from, 'shared/contract/') && within(to, 'shared/plan/')) {
    return 'shared/plan imports shared/contract, never the reverse';
  }
  return null;
}

/** Imports that cross a layer the wrong way (type-only imports count too). */
export function layerViolations(tree: DependencyTree): Violation[] {
  const found: Violation[] = [];
  for (const [from, deps] of Object.entries(tree)) {
    if (!deps || isPackage(from)) continue;
    for (const dep of deps) {
      const rule = layerRule(from, dep.id ?? '', dep.request);
      if (rule) found.push({ rule, detail: `${from} imports '${dep.request}'` });
    }
  }
  return found;
}

/**
 * The preload must stay a few kilobytes: at run time (type-only imports erased) it may reach
 * 'electron' and shared/contract/channel-names.ts, never zod or the contract's schemas.
 */
export function preloadViolations(runtimeTree: DependencyTree, entry = 'electron/preload.ts'): Violation[] {
  const found: Violation[] = [];
  const seen = new Set<string>();
  const visit = (file: string, path: readonly string[]): void => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const dep of runtimeTree[file] ?? []) {
      const id = dep.id;
      if (!id) continue;
      const via = [...path, id].join(' -> ');
      if (isPackage(id)) {
        if (packageOf(id) !== 'electron') found.push({ rule: 'preload carries only channel names', detail: via });
      } else if (id.startsWith('shared/contract/') && id !== 'shared/contract/channel-names.ts') {
        found.push({ rule: 'preload carries only channel names', detail: via });
      } else {
        visit(id, [...path, id]);
      }
    }
  };
  visit(entry, [entry]);
  return found;
}

/** Source files over MAX_LINES lines. */
export function sizeViolations(lineCounts: ReadonlyMap<string, number>): Violation[] {
  return [...lineCounts]
    .filter(([, lines]) => lines > MAX_LINES)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([file, lines]) => ({ rule: `no source file over ${MAX_LINES} lines`, detail: `${file}: ${lines} lines` }));
}

/** One block per rule, offenders listed under it. */
export function formatReport(violations: readonly Violation[]): string {
  const byRule = new Map<string, string[]>();
  for (const { rule, detail } of violations) byRule.set(rule, [...(byRule.get(rule) ?? []), detail]);
  return [...byRule]
    .map(([rule, details]) => `✗ ${rule} (${details.length}):\n${details.map((d) => `    ${d}`).join('\n')}`)
    .join('\n');
}
