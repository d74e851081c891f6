/* English strings of live updates across desks (the reconnecting banner). */
export const liveEn = {
  'live.reconnecting': 'Reconnecting…',
  'live.kept': 'What you type is kept; the screen updates when the connection is back.',
};
