import type { Envelope } from './envelope';

/** The one object the preload exposes as `window.valgo`. */
export interface ValgoBridge {
  invoke(channel: string, input: unknown): Promise<Envelope<unknown>>;
}
