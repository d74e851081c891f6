import { describe, expect, it, vi } from 'vitest';
import { denyAllPermissions, type PermissionSession } from '../../../electron/shell/permission-guards';

function installed() {
  const session = { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn() };
  denyAllPermissions(session as PermissionSession);
  expect(session.setPermissionRequestHandler).toHaveBeenCalledTimes(1);
  expect(session.setPermissionCheckHandler).toHaveBeenCalledTimes(1);
  const request = session.setPermissionRequestHandler.mock.calls[0]![0];
  const check = session.setPermissionCheckHandler.mock.calls[0]![0];
  expect(request).toBeTypeOf('function');
  expect(check).toBeTypeOf('function');
  return { request, check };
}

const PERMISSIONS = ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'hid', 'unknown'];

describe('denyAllPermissions', () => {
  it.each(PERMISSIONS)('refuses a request for %s', (permission) => {
    const { request } = installed();
    const callback = vi.fn();
    request({}, permission, callback, {});
    expect(callback).toHaveBeenCalledTimes(1);
    expect(callback).toHaveBeenCalledWith(false);
  });

  it.each(PERMISSIONS)('answers false to a check for %s', (permission) => {
    const { check } = installed();
    expect(check(null, permission, 'app://valgo', {})).toBe(false);
  });
});
