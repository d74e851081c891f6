import { z } from 'zod';
import { ANYONE } from './access';
import { lineText, optionalLineText } from './text';

/*
 * What only the desktop app can do for a form: the system dialog that chooses a file or a folder
 * (the practice CA certificate, a backup folder). The path comes from the dialog in main, never
 * from the renderer; the field it fills is then checked on save as a typed path would be.
 */

/** `caFile`: one existing .pem / .crt / .cer file; `folder`: a folder (the dialog may create one). */
export const PathKind = z.enum(['caFile', 'folder']);
export type PathKind = z.infer<typeof PathKind>;

export const ChoosePathInput = z.object({
  kind: PathKind,
  /** The dialog's title, in the renderer's language. */
  title: lineText(200),
  /** Where the dialog starts (the field's current path); ignored unless absolute. */
  defaultPath: optionalLineText(1000).optional(),
});
export type ChoosePathInput = z.input<typeof ChoosePathInput>;

export const ChosenPath = z.object({
  /** The absolute path chosen; null when the dialog was cancelled. */
  path: z.string().nullable(),
});
export type ChosenPath = z.infer<typeof ChosenPath>;

export const desktopChannels = {
  /**
   * Opens the system dialog and answers the path chosen. The first-run server form needs it before
   * anyone can sign in, so main allows it to the administrator, or to anyone while no staff
   * account exists; browser mode has no dialog and refuses.
   */
  'desktop:choose-path': { input: ChoosePathInput, output: ChosenPath, access: ANYONE },
} as const;
