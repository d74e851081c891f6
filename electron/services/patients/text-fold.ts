/**
 * Lower-case, accent-free form of a name, so "Émile", "emile" and "EMILE" sort and match alike.
 * Mirrors FTS5's `unicode61 remove_diacritics 2`, which folds the indexed text the same way
 * (including ё -> е and й -> и in Russian).
 */
export function foldText(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}
