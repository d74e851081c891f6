import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contract } from '../../../shared/contract';
import { CHANNEL_NAMES, isChannelName } from '../../../shared/contract/channel-names';

describe("the preload's plain channel list", () => {
  it("names exactly the contract's channels, in the contract's order", () => {
    // On failure: copy the received list into shared/contract/channel-names.ts.
    expect([...CHANNEL_NAMES]).toEqual(Object.keys(contract));
  });

  it('has no duplicates', () => {
    expect(new Set(CHANNEL_NAMES).size).toBe(CHANNEL_NAMES.length);
  });

  it('accepts every contract channel and nothing else', () => {
    for (const name of Object.keys(contract)) expect(isChannelName(name)).toBe(true);
    for (const name of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', '', 'PATIENTS:GET', 'valgo:invoke']) {
      expect(isChannelName(name)).toBe(false);
    }
    expect(isChannelName(42)).toBe(false);
    expect(isChannelName(undefined)).toBe(false);
  });

  it('imports nothing (so the preload bundles no zod and no schema)', () => {
    const source = readFileSync(new URL('../../../shared/contract/channel-names.ts', import.meta.url), 'utf8');
    expect(source).not.toMatch(/^\s*(import|export\s+.*\bfrom\b)/m);
    expect(source).not.toMatch(/\brequire\(|\bimport\(/);
  });
});
