import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { channelNames, contract } from '../../../shared/contract';

/*
 * Every string a channel takes goes through the text rules (issue 10): walks each channel's input
 * schema and offers every string field hostile text on its own. Each must be refused, or (look-up
 * fields) come out without the bad character. Enums, literals and pattern-checked fields (times,
 * logos, backup names) refuse it by their own rule; record keys are checked by their record's
 * refinement (only step ids pass) and are offered whole payloads by the fuzz test instead.
 */

const HOSTILE = ['Mi\u0000a', 'Li\ud800ly', 'No\u202evak', '\u200b', 'a\u2028b', 'x\u0085'];
/** Secrets are compared as typed: only text without a UTF-8 form is refused. */
const SECRETS = /(^|\.)(password|current|ownerPassword|adminPassword)$/;

type Def = { type: string } & Record<string, unknown>;
const defOf = (schema: unknown) => (schema as { _zod: { def: Def } })._zod.def;

/** [path, schema] for each string field: the string itself, or the pipe that transforms it. */
function stringFields(schema: z.ZodType, path: string, seen = new Set<unknown>()): [string, z.ZodType][] {
  if (seen.has(schema)) return [];
  seen.add(schema);
  const def = defOf(schema);
  const walk = (s: unknown, p = path) => stringFields(s as z.ZodType, p, seen);
  switch (def.type) {
    case 'string':
      return [[path, schema]];
    case 'pipe':
      return defOf(def.in).type === 'string' ? [[path, schema]] : [...walk(def.in), ...walk(def.out)];
    case 'object':
      return Object.entries(def.shape as Record<string, unknown>).flatMap(([k, v]) =>
        walk(v, path ? `${path}.${k}` : k),
      );
    case 'array':
      return walk(def.element, `${path}[]`);
    case 'union':
      return (def.options as unknown[]).flatMap((o) => walk(o));
    case 'record':
      return walk(def.valueType, `${path}{}`);
    case 'lazy':
      return walk((def.getter as () => unknown)());
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'catch':
    case 'nonoptional':
      return walk(def.innerType);
    default:
      return [];
  }
}

describe('every string of every channel input', () => {
  const fields = channelNames.flatMap((channel) =>
    stringFields(contract[channel].input as z.ZodType, '').map(([path, schema]) => ({ channel, path, schema })),
  );

  it('finds the string fields (the walk reaches into nested inputs)', () => {
    expect(fields.length).toBeGreaterThan(40);
    expect(fields.some((f) => f.channel === 'patients:create' && f.path === 'guardians[].email')).toBe(true);
    expect(fields.some((f) => f.channel === 'booklets:preview' && f.path === 'choices.stepNotes{}')).toBe(true);
  });

  it('refuses or cleans hostile text in each of them', () => {
    const letThrough: string[] = [];
    for (const { channel, path, schema } of fields) {
      for (const text of SECRETS.test(path) ? ['Li\ud800ly'] : HOSTILE) {
        const r = schema.safeParse(text);
        if (r.success && r.data === text) letThrough.push(`${channel} ${path}: ${JSON.stringify(text)}`);
      }
    }
    expect(letThrough).toEqual([]);
  });
});
