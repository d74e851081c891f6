import fc from 'fast-check';
import type { z } from 'zod';
import { addDays, addMonths, localToday } from '../../../shared/calendar';

/*
 * Payload generators for the boundary fuzz test: values read off each channel's input schema
 * (zod 4 definitions), mutations of a valid payload, and the hostile strings and far dates that
 * once passed validation (issue 10 item 5).
 */

const today = localToday();

/** Strings a field accepts somewhere in the contract, so generated payloads often get past parsing. */
export const validStrings = [
  '',
  'Mia',
  'Novak',
  'Olga Sokolova',
  'Ёлкина-Д’Арк',
  'Some notes\nwith a second line',
  today,
  addDays(today, 1),
  addDays(today, -30),
  addMonths(today, 3),
  '2020-05-17',
  '09:30',
  '17:00',
  'M02',
  'C01',
  'part_a',
  'a@b.co',
  'olga@example.com',
  '+7 912 345-67-89',
  '8 916 123 45 67',
  'fuzzadmin',
  'fuzz-admin-password',
  'A4',
  'en',
  'ru',
  'GB',
  '1-' + today.slice(2, 4) + today.slice(5, 7) + today.slice(8, 10) + '-1',
];

const LONE = ['\ud800', '\udbff', '\udc00', '\udfff'];
const CONTROLS = ['\u0000', '\u0001', '\u0007', '\b', '\u000b', '\f', '\r', '\u001b', '\u007f', '\u0085', '\u009b'];
const BIDI = [
  '\u202a',
  '\u202b',
  '\u202c',
  '\u202d',
  '\u202e',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
  '\u200e',
  '\u200f',
  '\u061c',
  '\u2028',
  '\u2029',
];
const INVISIBLE = [
  '\u200b',
  '\u200c',
  '\u200d',
  '\u00ad',
  '\ufeff',
  '\u2060',
  '\u2063',
  '\ufe0f',
  '\u034f',
  '\u3164',
  '\udb40\udc41',
  '\udb40\udd00',
];

const far = (months: number) => addMonths(today, months);

/** Fixed hostile values: each one passed validation or crashed a handler before issue 10. */
export const hostileStrings = [
  'Li\ud800ly',
  '\udc00Anna',
  'Nov\udbffak',
  ...LONE,
  ...CONTROLS,
  'Mi\u0000a',
  'a\u0000b',
  '\u0000',
  '\t',
  '\n',
  'line\r\nbreak',
  ...BIDI.map((c) => `No${c}vak`),
  '\u202eevil.pdf',
  ...INVISIBLE,
  INVISIBLE.join(''),
  ' \u200b ',
  '\u200b\u200c\u200d\u2060\ufeff',
  '   ',
  '\u00a0\u3000',
  'a'.repeat(128 * 1024),
  'x@' + 'a.'.repeat(40_000) + ' ',
  'é'.repeat(5001),
  '"',
  '""*',
  '*',
  'NEAR(a b)',
  'a OR b',
  '^a',
  '-',
  '(',
  'AND',
  '\u0000*',
  '9999-12-31',
  '0001-01-01',
  '0000-00-00',
  '1899-12-31',
  '1900-01-01',
  '2200-12-31',
  '2201-01-01',
  '+02024-01-01',
  '2024-02-30',
  far(-121),
  far(-119),
  far(119),
  far(121),
  `${far(121)}T10:00`,
  '24:00',
  '23:60',
  '9:30',
  '__proto__',
  'constructor',
  'toString',
  '1-991231-1',
  '999999999-000000-99',
];

/** Any single code unit, lone surrogates included, in short strings. */
const codeUnits = fc
  .array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 12 })
  .map((units) => String.fromCharCode(...units));

/** A valid-looking word with one hostile character somewhere in it. */
const spliced = fc
  .tuple(fc.constantFrom(...validStrings), fc.constantFrom(...LONE, ...CONTROLS, ...BIDI, ...INVISIBLE), fc.nat())
  .map(([s, c, at]) => {
    const i = s.length ? at % (s.length + 1) : 0;
    return s.slice(0, i) + c + s.slice(i);
  });

export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constantFrom(...hostileStrings), weight: 5 },
  { arbitrary: spliced, weight: 3 },
  { arbitrary: codeUnits, weight: 2 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 20 }), weight: 1 },
);

const numbers = fc.oneof(
  { arbitrary: fc.integer({ min: 0, max: 6 }), weight: 4 },
  {
    arbitrary: fc.constantFrom(-1, 0.5, 2 ** 31, 2 ** 53, -(2 ** 53), 1e308, Number.NaN, Infinity, -Infinity, -0),
    weight: 2,
  },
  { arbitrary: fc.integer(), weight: 1 },
  { arbitrary: fc.double(), weight: 1 },
);

/** Any JSON-ish value, mostly the wrong type for where it lands. */
export const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: hostileString, weight: 6 },
  { arbitrary: fc.constantFrom(...validStrings), weight: 2 },
  { arbitrary: numbers, weight: 3 },
  { arbitrary: fc.constantFrom(true, false, null, undefined, [], {}, [null], { '': '' }), weight: 2 },
  { arbitrary: fc.array(hostileString, { maxLength: 3 }), weight: 1 },
);

const leafString = fc.oneof(
  { arbitrary: fc.constantFrom(...validStrings), weight: 3 },
  { arbitrary: hostileString, weight: 3 },
);

type Def = { type: string } & Record<string, unknown>;
const defOf = (schema: unknown) => (schema as { _zod: { def: Def } })._zod.def;

/** Values shaped by `schema` (mostly), with wrong types and hostile strings mixed in. */
export function fromSchema(schema: z.ZodType, depth = 0): fc.Arbitrary<unknown> {
  if (depth > 8) return anyValue;
  const typed = typedFrom(schema, depth);
  return fc.oneof({ arbitrary: typed, weight: 12 }, { arbitrary: anyValue, weight: 1 });
}

function typedFrom(schema: z.ZodType, depth: number): fc.Arbitrary<unknown> {
  const def = defOf(schema);
  const inner = (key: string) => fromSchema(def[key] as z.ZodType, depth + 1);
  switch (def.type) {
    case 'string':
      return leafString;
    case 'number':
      return numbers;
    case 'boolean':
      return fc.boolean();
    case 'enum':
      return fc.constantFrom(...Object.values(def.entries as Record<string, unknown>));
    case 'literal':
      return fc.constantFrom(...(def.values as unknown[]));
    case 'object': {
      const shape = def.shape as Record<string, z.ZodType>;
      const fields: Record<string, fc.Arbitrary<unknown>> = {};
      for (const [key, field] of Object.entries(shape)) fields[key] = fromSchema(field, depth + 1);
      return fc.record(fields);
    }
    case 'array':
      return fc.array(inner('element'), { maxLength: 4 });
    case 'union':
      return fc.oneof(...(def.options as z.ZodType[]).map((o) => fromSchema(o, depth + 1)));
    case 'optional':
    case 'default':
    case 'prefault':
      return fc.option(inner('innerType'), { nil: undefined, freq: 3 });
    case 'nullable':
      return fc.option(inner('innerType'), { nil: null, freq: 3 });
    case 'readonly':
    case 'catch':
    case 'nonoptional':
      return inner('innerType');
    case 'pipe':
      return inner('in');
    case 'lazy':
      return fromSchema((def.getter as () => z.ZodType)(), depth + 1);
    case 'record':
      return fc.dictionary(
        fc.oneof(fc.constantFrom('M02', 'M08', 'X01', 'B01', 'C01', 'C02', 'M99'), hostileString),
        inner('valueType'),
        { maxKeys: 3 },
      );
    default:
      return anyValue;
  }
}

type Json = unknown;

/** Every path to a value inside `value` (the root excluded), parents before children. */
function paths(value: Json, prefix: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return value.flatMap((v, i) => [[...prefix, i], ...paths(v, [...prefix, i])]);
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => [[...prefix, k], ...paths(v, [...prefix, k])]);
  return [];
}

function setAt(root: Json, path: (string | number)[], replacement: unknown): Json {
  const copy = structuredClone(root) as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  if (replacement === undefined && !Array.isArray(node)) delete node[last];
  else node[last] = replacement;
  return copy;
}

/** A valid payload with one to three values replaced (or, now and then, left as it is). */
export function mutationsOf(sample: Json): fc.Arbitrary<unknown> {
  const all = paths(sample);
  if (all.length === 0) return fc.oneof(fc.constant(sample), anyValue);
  const replacement = fc.oneof(
    { arbitrary: anyValue, weight: 3 },
    { arbitrary: fc.constantFrom(...validStrings), weight: 1 },
    { arbitrary: fc.integer({ min: 0, max: 4 }), weight: 1 },
  );
  const edits = fc.array(fc.tuple(fc.nat(), replacement), { minLength: 1, maxLength: 3 });
  return fc.oneof(
    { arbitrary: fc.constant(sample), weight: 2 },
    {
      arbitrary: edits.map((list) => {
        let payload = sample;
        for (const [at, value] of list) {
          const candidates = paths(payload);
          if (candidates.length) payload = setAt(payload, candidates[at % candidates.length]!, value);
        }
        return payload;
      }),
      weight: 9,
    },
  );
}
