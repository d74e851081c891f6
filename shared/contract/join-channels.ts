/*
 * Joins the per-domain channel maps into the one contract. A plain object spread would let a
 * second domain silently replace a channel of the first; this refuses it, at compile time (the
 * call does not type-check) and at run time (it throws naming the channel).
 */

import type { ChannelSpec } from './access';

/** Every entry declares input, output and access (shared/contract/access.ts). */
type ChannelMap = Readonly<Record<string, ChannelSpec>>;

/** Channel names declared by more than one of the maps. */
export type DuplicateChannels<
  Maps extends readonly ChannelMap[],
  Seen extends PropertyKey = never,
> = Maps extends readonly [infer Head extends ChannelMap, ...infer Tail extends readonly ChannelMap[]]
  ? Extract<keyof Head, Seen> | DuplicateChannels<Tail, Seen | keyof Head>
  : never;

type Joined<Maps extends readonly ChannelMap[]> = Maps extends readonly [
  infer Head extends ChannelMap,
  ...infer Tail extends readonly ChannelMap[],
]
  ? Head & Joined<Tail>
  : unknown;

type Flat<T> = { readonly [K in keyof T]: T[K] };

/** Makes the call fail to compile, naming the duplicated channel(s). */
type RefuseDuplicates<Maps extends readonly ChannelMap[]> = [DuplicateChannels<Maps>] extends [never]
  ? unknown
  : { readonly duplicateChannel: DuplicateChannels<Maps> };

/** One map holding every channel of `maps`; throws if two maps declare the same channel. */
export function joinChannels<const Maps extends readonly ChannelMap[]>(
  ...maps: Maps & RefuseDuplicates<Maps>
): Flat<Joined<Maps>> {
  const joined: Record<string, unknown> = {};
  for (const map of maps) {
    for (const name of Object.keys(map)) {
      if (Object.prototype.hasOwnProperty.call(joined, name)) {
        throw new Error(`Contract channel "${name}" is declared twice.`);
      }
      joined[name] = map[name];
    }
  }
  return joined as Flat<Joined<Maps>>;
}
