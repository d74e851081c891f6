/*
 * Every contract channel's name as plain data. The preload refuses other names with this list
 * alone, so it carries no zod and no schema. It cannot drift from the contract: index.ts fails to
 * compile if the names differ, and tests/unit/structure/channel-names.test.ts checks the exact
 * list and order against Object.keys(contract). Keep this file free of imports.
 */
export const CHANNEL_NAMES = [
  'patients:search',
  'patients:get',
  'patients:record',
  'patients:create',
  'patients:update',
  'patients:archive',
  'patients:duplicates',
  'settings:get',
  'settings:update',
  'app:info',
  'clinicians:list',
  'clinicians:create',
  'clinicians:update',
  'assessments:create',
  'assessments:update',
  'assessments:list',
  'assessments:history',
  'booklets:draft',
  'booklets:preview',
  'booklets:issue',
  'booklets:list',
  'booklets:reprint',
  'booklets:reissue',
  'diary:setup:get',
  'diary:hours:set',
  'diary:closed-days:set',
  'appointment-types:list',
  'appointment-types:save',
  'appointments:range',
  'appointments:get',
  'appointments:patient',
  'appointments:create',
  'appointments:check',
  'appointments:move',
  'appointments:set-status',
  'appointments:cancel',
  'appointments:book-plan',
  'appointments:unbook-plan',
  'appointments:unclosed',
  'appointments:close-out',
  'slots:next',
  'slots:propose',
  'recall:list',
  'recall:contacted',
  'recall:contacts',
  'appointments:card',
  'appointments:ics',
  'diary:day-list',
  'care-plans:current',
  'care-plans:list',
  'care-plans:schedule',
  'patients:export',
  'adherence:sheet',
  'adherence:save',
  'adherence:summary',
  'adherence:history',
] as const;

export type ChannelName = (typeof CHANNEL_NAMES)[number];

const known: ReadonlySet<string> = new Set(CHANNEL_NAMES);

/** True for a contract channel's name (own names only: not `__proto__`, `toString`, ...). */
export function isChannelName(name: unknown): name is ChannelName {
  return typeof name === 'string' && known.has(name);
}
