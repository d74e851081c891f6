import { afterEach, describe, expect, it, vi } from 'vitest';
import { createApi, defaultTransport } from '../../renderer/api';

/*
 * Browser mode's transport: the token from the printed address moves into this tab's
 * sessionStorage and out of the address bar, and goes with every call as a bearer header (never
 * a cookie). What the server does with it is tested against the real server in
 * tests/unit/bridge/server.test.ts; here `fetch` only records what the page sends.
 */

interface Sent {
  url: string;
  init: RequestInit;
}

function recordFetch(reply: { status: number; body: unknown }): Sent[] {
  const sent: Sent[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init: RequestInit) => {
      sent.push({ url, init });
      return new Response(JSON.stringify(reply.body), {
        status: reply.status,
        headers: { 'Content-Type': 'application/json; charset=utf-8' },
      });
    }),
  );
  return sent;
}

afterEach(() => {
  vi.unstubAllGlobals();
  sessionStorage.clear();
  window.history.replaceState(null, '', '/');
});

describe('browser-mode transport', () => {
  it('takes the token from the address, drops it from the address bar, and sends it as a bearer', async () => {
    window.history.replaceState(null, '', '/?token=run-token-123&lang=ru#/children');
    const sent = recordFetch({ status: 200, body: { ok: true, value: { version: '1' } } });
    const api = createApi(defaultTransport());
    expect(window.location.search).toBe('?lang=ru');
    expect(window.location.hash).toBe('#/children');
    expect(sessionStorage.getItem('valgo-token')).toBe('run-token-123');
    await expect(api.call('app:info', {})).resolves.toEqual({ version: '1' });
    expect(sent[0]!.url).toBe('api/app%3Ainfo');
    expect(sent[0]!.init.headers).toEqual({
      'Content-Type': 'application/json',
      Authorization: 'Bearer run-token-123',
    });
    expect(sent[0]!.init.credentials).toBe('omit');
  });

  it('after a reload (no token in the address) uses the one this tab kept', async () => {
    sessionStorage.setItem('valgo-token', 'kept-token');
    const sent = recordFetch({ status: 200, body: { ok: true, value: {} } });
    await createApi(defaultTransport()).call('app:info', {});
    expect((sent[0]!.init.headers as Record<string, string>).Authorization).toBe('Bearer kept-token');
  });

  it("shows the server's refusal message", async () => {
    recordFetch({
      status: 401,
      body: { ok: false, error: { code: 'FORBIDDEN', message: 'Open the address printed by Valgo.' } },
    });
    await expect(createApi(defaultTransport()).call('app:info', {})).rejects.toThrow(
      'Open the address printed by Valgo.',
    );
  });

  it('answers something that is not an envelope with a refusal', async () => {
    recordFetch({ status: 502, body: 'Bad gateway' });
    await expect(createApi(defaultTransport()).call('app:info', {})).rejects.toMatchObject({
      error: { code: 'FORBIDDEN', message: 'Valgo refused the request (502).' },
    });
  });
});
