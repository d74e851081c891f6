/*
 * `npm run check:structure`: fails (exit 1) on an import cycle, an import across layers the
 * wrong way, 'electron' imported outside main.ts/preload.ts/shell, a preload that would bundle
 * the contract's schemas, or a source file over 400 lines. Prints every offender.
 */
import { readFileSync } from 'node:fs';
import { globFiles, parseCircular, parseDependencyTree } from 'dpdm';
import {
  cycleViolations,
  formatReport,
  layerViolations,
  preloadViolations,
  sizeViolations,
  type Violation,
} from './structure/rules';

const SOURCES = ['electron/**/*.ts', 'renderer/**/*.{ts,tsx}', 'shared/**/*.ts', 'scripts/**/*.{ts,mjs,js}'];

async function sourceFiles(): Promise<string[]> {
  const found = await Promise.all(SOURCES.map((pattern) => globFiles(pattern, process.cwd())));
  return [...new Set(found.flat())].sort();
}

function countLines(text: string): number {
  return text === '' ? 0 : text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
}

async function main(): Promise<void> {
  const started = Date.now();
  const files = await sourceFiles();
  const options = { context: process.cwd(), transform: false, onProgress: () => {} };
  // Every import, type-only ones included, from every source file (not only what main.ts reaches).
  const tree = await parseDependencyTree(
    files.filter((f) => !f.endsWith('.d.ts')),
    options,
  );
  // What the preload bundle really contains: type-only imports erased.
  const preloadTree = await parseDependencyTree(['electron/preload.ts'], { ...options, transform: true });

  const lineCounts = new Map(files.map((f) => [f, countLines(readFileSync(f, 'utf8'))] as const));
  const violations: Violation[] = [
    ...cycleViolations(parseCircular(tree)),
    ...layerViolations(tree),
    ...preloadViolations(preloadTree),
    ...sizeViolations(lineCounts),
  ];
  const took = `${files.length} files, ${Date.now() - started} ms`;
  if (violations.length === 0) {
    console.log(`check:structure: no cycles, layers respected, preload plain, no file over 400 lines (${took})`);
    return;
  }
  console.error(`check:structure: ${violations.length} problem(s) (${took})\n${formatReport(violations)}`);
  process.exitCode = 1;
}

await main();
