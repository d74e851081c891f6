import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { joinChannels } from '../../../shared/contract/join-channels';

const patients = {
  'patients:get': { input: z.object({ id: z.number() }), output: z.string(), access: 'anyone' },
  'patients:list': { input: z.object({}), output: z.array(z.string()), access: 'anyone' },
} as const;
const settings = { 'settings:get': { input: z.object({}), output: z.boolean(), access: 'anyone' } } as const;
const rogue = { 'patients:get': { input: z.object({}), output: z.number(), access: 'anyone' } } as const;

describe('joinChannels', () => {
  it('keeps every channel of every map, in order, with its own schemas', () => {
    const joined = joinChannels(patients, settings);
    expect(Object.keys(joined)).toEqual(['patients:get', 'patients:list', 'settings:get']);
    expect(joined['patients:get']).toBe(patients['patients:get']);
    expect(joined['settings:get']).toBe(settings['settings:get']);
    // The joined type keeps each schema's type (this line would not compile otherwise).
    const output: z.ZodString = joined['patients:get'].output;
    expect(output.parse('Mia')).toBe('Mia');
  });

  it('throws, naming the channel, when two maps declare the same name', () => {
    // @ts-expect-error a duplicated channel does not compile either (tests are type-checked)
    expect(() => joinChannels(patients, settings, rogue)).toThrow('Contract channel "patients:get" is declared twice.');
  });

  it('refuses a duplicate even between non-adjacent maps and never returns a partial map', () => {
    let joined: unknown = 'untouched';
    expect(() => {
      // @ts-expect-error a duplicated channel does not compile either
      joined = joinChannels(rogue, settings, patients);
    }).toThrow(/"patients:get"/);
    expect(joined).toBe('untouched');
  });

  it('joins nothing into an empty map', () => {
    expect(joinChannels()).toEqual({});
  });
});
