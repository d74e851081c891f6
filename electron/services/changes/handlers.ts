import type { Handlers } from '../../dispatch';
import type { ChangeFeed } from './feed';

/** The live-update channel: keys of what changed since the caller's last position. */
export function changeHandlers(feed: ChangeFeed): Pick<Handlers, 'changes:wait'> {
  return {
    // Kept per session, so a closed window's call can be answered (feed.cancel).
    'changes:wait': ({ after }, ctx) => feed.waitFor(ctx.session, after),
  };
}
