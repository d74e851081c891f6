import { describe, expect, it } from 'vitest';
import { externalTarget, isSystemHandoff } from '../../../electron/shell/external-links';

describe('externalTarget', () => {
  it.each([
    ['tel:+79123456789', 'tel:+79123456789'],
    ['tel:0611112222', 'tel:0611112222'],
    ['mailto:olga.sokolova@example.ru', 'mailto:olga.sokolova@example.ru'],
    ['mailto:mira+clinic@mail.example.co.uk', 'mailto:mira+clinic@mail.example.co.uk'],
    ['https://valgo.app/help', 'https://valgo.app/help'],
    ['https://docs.valgo.app/recall#calls', 'https://docs.valgo.app/recall#calls'],
    ['HTTPS://VALGO.APP/', 'https://valgo.app/'],
  ])('%s is handed to the system as %s', (url, expected) => expect(externalTarget(url)).toBe(expected));

  it.each([
    'https://example.com/',
    'http://valgo.app/',
    'https://valgo.app.evil.example/',
    'https://evilvalgo.app/',
    'https://user:pass@valgo.app/',
    'https://valgo.app:8443/',
    'file:///etc/passwd',
    'smb://server/share',
    'javascript:alert(1)',
    'app://valgo/index.html',
    'ms-settings:',
    'tel:',
    'tel:+7 912',
    'tel:+7;phone-context=x',
    'tel:12',
    'mailto:',
    'mailto:a@example.com?attach=/etc/passwd',
    'mailto:a@example.com?body=hi',
    'mailto:a@example.com,b@example.com',
    'mailto:%61@example.com',
    'mailto:a@b@example.com',
    'mailto:a@localhost',
    'not a url',
    '',
    `https://valgo.app/${'a'.repeat(3000)}`,
  ])('%s is not opened', (url) => expect(externalTarget(url)).toBeNull());
});

describe('isSystemHandoff', () => {
  it.each([
    ['tel:+7', true],
    ['TEL:+7', true],
    ['mailto:a@b.cd', true],
    ['https://valgo.app', false],
    ['app://valgo/', false],
  ])('%s -> %s', (url, expected) => expect(isSystemHandoff(url)).toBe(expected));
});
