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

/** Where the browser-mode token waits for a reload: per origin (so per port) and per tab. */
const TOKEN_KEY = 'valgo-token';

/**
 * Browser mode: the per-run token from the address Valgo printed (`?token=`). It moves into this
 * tab's sessionStorage and out of the address bar (and so out of history and bookmarks); a reload
 * finds it there. The server never sets a cookie: cookies would reach every port on this host.
 */
function takeBrowserToken(): string | null {
  const params = new URLSearchParams(window.location.search);
  const fromAddress = params.get('token');
  if (fromAddress === null) {
    try {
      return window.sessionStorage.getItem(TOKEN_KEY);
    } catch {
      return null;
    }
  }
  try {
    window.sessionStorage.setItem(TOKEN_KEY, fromAddress);
  } catch {
    // Storage refused (private mode settings): the token lives in memory until the tab reloads.
  }
  params.delete('token');
  const search = params.toString();
  const { pathname, hash } = window.location;
  window.history.replaceState(window.history.state, '', `${pathname}${search ? `?${search}` : ''}${hash}`);
  return fromAddress;
}

function isEnvelope(value: unknown): value is Envelope<unknown> {
  if (typeof value !== 'object' || value === null || !('ok' in value)) return false;
  const v = value as { ok: unknown; error?: { code?: unknown; message?: unknown } };
  if (v.ok === true) return true;
  return v.ok === false && typeof v.error?.code === 'string' && typeof v.error.message === 'string';
}

function httpTransport(token: string | null): Transport {
  return async (channel, input, signal) => {
    let response: Response;
    try {
      response = await fetch(`api/${encodeURIComponent(channel)}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify(input ?? {}),
        credentials: 'omit',
        ...(signal ? { signal } : {}),
      });
    } catch (error) {
      if (signal?.aborted) throw error;
      return { ok: false, error: { code: 'INTERNAL', message: 'Valgo is not running. Start it again and reload.' } };
    }
    // Refusals come as envelopes too (with their own message); anything else is not Valgo talking.
    const body: unknown = await response.json().catch(() => null);
    if (isEnvelope(body)) return body;
    return { ok: false, error: { code: 'FORBIDDEN', message: `Valgo refused the request (${response.status}).` } };
  };
}

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
  return bridge ? (channel, input) => bridge.invoke(channel, input) : httpTransport(takeBrowserToken());
}
