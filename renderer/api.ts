import type { CallError, Channel, ChannelInput, ChannelOutput, Envelope, ValgoBridge } from '../shared/contract';

/*
 * The renderer's only way to reach main, and the only file that touches `window.valgo`.
 * In Electron the preload provides `window.valgo` (IPC); in browser mode the same envelopes come
 * from the local bridge over HTTP. Either way every call resolves to an envelope.
 */

declare global {
  interface Window {
    valgo?: ValgoBridge;
  }
}

/** A failed call, thrown by `call` so screens can show `error.message` or field `issues`. */
export class CallFailed extends Error {
  constructor(readonly error: CallError) {
    super(error.message);
    this.name = 'CallFailed';
  }
}

/** One request; `signal` lets a read that is no longer wanted stop (HTTP only: IPC answers are cheap to drop). */
export type Transport = (channel: Channel, input: unknown, signal?: AbortSignal) => Promise<Envelope<unknown>>;

export interface Api {
  call<C extends Channel>(
    channel: C,
    input: ChannelInput<C>,
    options?: { signal?: AbortSignal },
  ): Promise<ChannelOutput<C>>;
}

const httpTransport: Transport = async (channel, input, signal) => {
  let response: Response;
  try {
    response = await fetch(`api/${encodeURIComponent(channel)}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(input ?? {}),
      credentials: 'same-origin',
      ...(signal ? { signal } : {}),
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    return { ok: false, error: { code: 'INTERNAL', message: 'Valgo is not running. Start it again and reload.' } };
  }
  if (!response.ok) {
    return { ok: false, error: { code: 'FORBIDDEN', message: `Valgo refused the request (${response.status}).` } };
  }
  return (await response.json()) as Envelope<unknown>;
};

/** An api over any transport; tests pass a fake one. */
export function createApi(transport: Transport): Api {
  return {
    async call(channel, input, options) {
      const envelope = await transport(channel, input, options?.signal);
      if (!envelope.ok) throw new CallFailed(envelope.error);
      return envelope.value as never;
    },
  };
}

export function defaultTransport(): Transport {
  const bridge = window.valgo;
  return bridge ? (channel, input) => bridge.invoke(channel, input) : httpTransport;
}
