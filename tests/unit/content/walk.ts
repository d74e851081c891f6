/** Helpers for walking booklet texts as plain data. */

export interface Leaf {
  /** Dotted path, array indexes included: `steps.M02.instructions.1`. */
  path: string;
  value: string;
}

/** Every string in `node`, with its path. */
export function leaves(node: unknown, path = ''): Leaf[] {
  if (typeof node === 'string') return [{ path, value: node }];
  if (node === null || typeof node !== 'object') return [];
  return Object.entries(node).flatMap(([key, child]) => leaves(child, path ? `${path}.${key}` : key));
}

/**
 * The structure of `node` with the strings left out: a nested description of keys, array lengths
 * and nulls. Two locales with equal shapes have the same keys, the same nulls and lists of the same length.
 */
export function shape(node: unknown): unknown {
  if (typeof node === 'string') return 'string';
  if (node === null) return null;
  if (Array.isArray(node)) return node.map(shape);
  if (typeof node === 'object') {
    return Object.fromEntries(
      Object.keys(node)
        .sort()
        .map((key) => [key, shape((node as Record<string, unknown>)[key])]),
    );
  }
  return typeof node;
}

/** Every array of strings in `node` (the `Sentences` printed as one paragraph), with its path. */
export function paragraphs(node: unknown, path = ''): { path: string; sentences: string[] }[] {
  if (node === null || typeof node !== 'object') return [];
  if (Array.isArray(node) && node.every((item) => typeof item === 'string')) {
    return [{ path, sentences: node as string[] }];
  }
  return Object.entries(node).flatMap(([key, child]) => paragraphs(child, path ? `${path}.${key}` : key));
}

/** The sentences of a text: split after . ! ? followed by a space. */
export function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.!?…])\s+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Lower case, letters and digits only, single spaces: for comparing wording, not punctuation. */
export function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/[^\p{L}\p{N}']+/gu, ' ')
    .replace(/'/g, '')
    .trim()
    .replace(/\s+/g, ' ');
}
