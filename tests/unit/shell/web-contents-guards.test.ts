import { describe, expect, it, vi } from 'vitest';
import {
  guardWebContents,
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
    emit('will-navigate', 'https://valgo.app/help');
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('a tel:/mailto: link goes to the system (phone, mail app) instead of being navigated to', () => {
    const { emit, openExternal } = guarded();
    expect(emit('will-navigate', 'tel:+79123456789').preventDefault).toHaveBeenCalled();
    expect(emit('will-navigate', 'mailto:olga.sokolova@example.ru').preventDefault).toHaveBeenCalled();
    expect(openExternal.mock.calls).toEqual([['tel:+79123456789'], ['mailto:olga.sokolova@example.ru']]);
  });

  it('hands off only a clean tel:/mailto: address, and only from a top-level navigation', () => {
    const { emit, openExternal } = guarded();
    for (const url of ['mailto:a@example.com?attach=/etc/passwd', 'tel:+7;phone-context=evil', 'mailto:a@b@c.com']) {
      expect(emit('will-navigate', url).preventDefault, url).toHaveBeenCalled();
    }
    expect(emit('will-frame-navigate', 'tel:+79123456789').preventDefault).toHaveBeenCalled();
    expect(emit('will-redirect', 'mailto:a@example.com').preventDefault).toHaveBeenCalled();
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

  it("opens Valgo's own site, tel: and mailto: links with the system", () => {
    const { open, openExternal } = guarded();
    open('https://valgo.app/help');
    open('https://docs.valgo.app/recall');
    open('tel:+74951234567');
    open('mailto:clinic@example.com');
    expect(openExternal.mock.calls).toEqual([
      ['https://valgo.app/help'],
      ['https://docs.valgo.app/recall'],
      ['tel:+74951234567'],
      ['mailto:clinic@example.com'],
    ]);
  });

  it('opens no other web page', () => {
    const { open, openExternal } = guarded();
    for (const url of ['https://example.com/help', 'http://valgo.app/', 'https://valgo.app.evil.example/']) {
      expect(open(url), url).toEqual({ action: 'deny' });
    }
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('opens nothing for other schemes', () => {
    const { open, openExternal } = guarded();
    for (const url of [
      'file:///etc/passwd',
      'javascript:alert(1)',
      'app://valgo/index.html',
      'smb://server/share',
      'mailto:a@example.com?body=hi',
      'not a url',
    ]) {
      open(url);
    }
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('a failing openExternal is logged, not thrown', async () => {
    const failure = new Error('no browser');
    const { open, logError } = guarded(vi.fn(async () => Promise.reject(failure)));
    expect(open('https://valgo.app/')).toEqual({ action: 'deny' });
    await vi.waitFor(() => expect(logError).toHaveBeenCalledWith(failure));
  });
});

describe('webviews', () => {
  it('prevents every <webview> from attaching', () => {
    const { emit } = guarded();
    expect(emit('will-attach-webview').preventDefault).toHaveBeenCalled();
  });
});
