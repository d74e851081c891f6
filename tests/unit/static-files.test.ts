import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentTypeFor, resolveStaticPath } from '../../electron/static-files';

const root = path.resolve('/srv/renderer');

describe('resolveStaticPath', () => {
  it('maps / to index.html and plain paths inside the root', () => {
    expect(resolveStaticPath(root, '/')).toBe(path.join(root, 'index.html'));
    expect(resolveStaticPath(root, '/assets/app.js')).toBe(path.join(root, 'assets', 'app.js'));
  });

  it('refuses anything that leaves the root', () => {
    for (const p of ['/../x', '/%2e%2e/x', '/a/../../x', '/..%2fx', '/a%5c..%5cx', '/%00', '/%E0%A4%A']) {
      expect(resolveStaticPath(root, p), p).toBeNull();
    }
    expect(resolveStaticPath(root, '/../renderer-evil/x')).toBeNull();
  });

  it('names content types', () => {
    expect(contentTypeFor('a/b.js')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeFor('x.unknown')).toBe('application/octet-stream');
  });
});
