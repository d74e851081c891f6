import type { Handlers } from '../../dispatch';
import type { ChangeFeed } from './feed';

/** The live-update channel: keys of what changed since the caller's last position. */
export function changeHandlers(feed: ChangeFeed): Pick<Handlers, 'changes:wait'> {
  return {
    'changes:wait': ({ after }) => feed.wait(after),
  };
}
