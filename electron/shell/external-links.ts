/*
 * What Valgo hands to the system (plain Node: no Electron here, so it is unit-tested directly).
 * Only three kinds of address ever leave the app:
 * - `tel:` numbers (the recall list, a child's guardians, the diary) go to the phone app;
 * - `mailto:` one plain address (a guardian's e-mail) goes to the mail app, with no `?subject=`,
 *   `?body=` or `?attach=` (some mail apps attach local files named there);
 * - `https:` pages on Valgo's own documentation and support site, in the system browser.
 * Any other web page, any other scheme (file:, smb:, custom app schemes) is dropped: a link in
 * pasted text or a bug must not make the system open an arbitrary program or document.
 */

/** Hosts (and their subdomains) whose https pages may open in the system browser. */
export const EXTERNAL_WEB_HOSTS: readonly string[] = ['valgo.app'];

const TEL = /^tel:\+?[0-9]{3,20}$/;
// One address, no parameters: a local part and a domain without separators, quotes or spaces.
const MAILTO = /^mailto:[^\s@?#&,;:/\\<>"'%]{1,64}@[^\s@?#&,;:/\\<>"'%_]{1,253}\.[^\s@?#&,;:/\\<>"'%_.]{2,63}$/;

function isAllowedHost(host: string): boolean {
  return EXTERNAL_WEB_HOSTS.some((allowed) => host === allowed || host.endsWith(`.${allowed}`));
}

/** The address to hand to the system for `url`, or null when Valgo must not open it. */
export function externalTarget(url: string): string | null {
  if (url.length > 2048) return null;
  const lower = url.toLowerCase();
  if (lower.startsWith('tel:')) return TEL.test(url) ? url : null;
  if (lower.startsWith('mailto:')) return MAILTO.test(url) ? url : null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' || parsed.username || parsed.password || parsed.port) return null;
  return isAllowedHost(parsed.hostname) ? parsed.href : null;
}

/** `tel:` and `mailto:` addresses: the system's phone and mail apps, never a page to navigate to. */
export function isSystemHandoff(url: string): boolean {
  return /^(tel|mailto):/i.test(url);
}
