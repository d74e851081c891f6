import { describe, expect, it, vi } from 'vitest';
import {
  guardWebContents,
  isExternalWebUrl,
  type GuardableContents,
  type NavigationEvent,
} from '../../../electron/shell/web-contents-guards';

type Listener = (event: NavigationEvent) => void;

/** A stand-in webContents that records the listeners and the window-open handler. */
function fakeContents() {
  const listeners = new Map<string, Listener[]>();
  let openHandler: ((details: { url: string }) => { action: string }) | null = null;
  const contents = {
    on: (event: string, listener: Listener) => {
      listeners.set(event, [...(listeners.get(event) ?? []), listener]);
      return contents;
    },
    setWindowOpenHandler: (handler: (details: { url: string }) => { action: string }) => {
      openHandler = handler;
    },
  };
  const emit = (name: string, url = '') => {
    const event = { url, preventDefault: vi.fn() };
    const registered = listeners.get(name) ?? [];
    expect(registered.length, `a '${name}' listener`).toBeGreaterThan(0);
    registered.forEach((listener) => listener(event));
    return event;
  };
  const open = (url: string) => {
    expect(openHandler, 'a window open handler').not.toBeNull();
    return openHandler!({ url });
  };
  return { contents: contents as unknown as GuardableContents, emit, open };
}

function guarded(openExternal = vi.fn(async (_url: string) => undefined), logError = vi.fn()) {
  const fake = fakeContents();
  guardWebContents(fake.contents, openExternal, logError);
  return { ...fake, openExternal, logError };
}

describe('navigation', () => {
  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])('%s: leaving app://valgo is prevented', (name) => {
    const { emit } = guarded();
    for (const url of [
      'https://example.com/',
      'http://127.0.0.1:3000/',
      'file:///etc/passwd',
      'app://other/index.html',
      'javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
    ]) {
      expect(emit(name, url).preventDefault, url).toHaveBeenCalled();
    }
  });

  it('in-app navigation is allowed', () => {
    const { emit } = guarded();
    expect(emit('will-navigate', 'app://valgo/index.html').preventDefault).not.toHaveBeenCalled();
    expect(emit('will-navigate', 'app://valgo/index.html#/patients').preventDefault).not.toHaveBeenCalled();
  });

  it('a prevented navigation does not open anything externally', () => {
    const { emit, openExternal } = guarded();
    emit('will-navigate', 'https://example.com/');
    expect(openExternal).not.toHaveBeenCalled();
  });
});

describe('new windows', () => {
  it('denies every window.open', () => {
    const { open } = guarded();
    for (const url of ['https://example.com/', 'app://valgo/index.html', 'file:///etc/passwd', 'about:blank']) {
      expect(open(url), url).toEqual({ action: 'deny' });
    }
  });

  it('opens http(s) links in the system browser', () => {
    const { open, openExternal } = guarded();
    open('https://example.com/help');
    open('http://example.org/');
    expect(openExternal.mock.calls).toEqual([['https://example.com/help'], ['http://example.org/']]);
  });

  it('opens nothing for other schemes', () => {
    const { open, openExternal } = guarded();
    for (const url of [
      'file:///etc/passwd',
      'javascript:alert(1)',
      'app://valgo/index.html',
      'smb://server/share',
      'mailto:a@b.c',
      'not a url',
    ]) {
      open(url);
    }
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('a failing openExternal is logged, not thrown', async () => {
    const failure = new Error('no browser');
    const { open, logError } = guarded(vi.fn(async () => Promise.reject(failure)));
    expect(open('https://example.com/')).toEqual({ action: 'deny' });
    await vi.waitFor(() => expect(logError).toHaveBeenCalledWith(failure));
  });
});

describe('webviews', () => {
  it('prevents every <webview> from attaching', () => {
    const { emit } = guarded();
    expect(emit('will-attach-webview').preventDefault).toHaveBeenCalled();
  });
});

describe('isExternalWebUrl', () => {
  it.each([
    ['https://example.com', true],
    ['http://example.com', true],
    ['HTTPS://EXAMPLE.COM', true],
    ['file:///x', false],
    ['javascript:void(0)', false],
    ['app://valgo/', false],
    ['', false],
  ])('%s -> %s', (url, expected) => expect(isExternalWebUrl(url)).toBe(expected));
});
