/*
 * Valgo needs no camera, microphone, location, notifications, USB, clipboard reading or any other
 * browser permission, so every request is refused without asking the user. Electron's default is
 * to grant most of them silently.
 */

type PermissionRequestHandler = (
  webContents: unknown,
  permission: string,
  callback: (permissionGranted: boolean) => void,
) => void;

/** The part of Electron's `Session` used here. */
export interface PermissionSession {
  setPermissionRequestHandler(handler: PermissionRequestHandler | null): void;
  setPermissionCheckHandler(handler: ((webContents: unknown, permission: string) => boolean) | null): void;
}

/** Both handlers are needed: requests (prompting APIs) and checks (APIs that only query). */
export function denyAllPermissions(session: PermissionSession): void {
  session.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}
