/* English strings of a save refused because someone saved the record first (row versions). */
export const rowVersionEn = {
  'stale.byAt':
    'Changed by {name} at {time} since you opened it. Your changes are still here: look them over and save again.',
  'stale.at':
    'Changed on another desk at {time} since you opened it. Your changes are still here: look them over and save again.',
  'stale.unknown':
    'Changed on another desk since you opened it. Your changes are still here: look them over and save again.',
  'stale.loadTheirs': 'Load their version',
} as const;
