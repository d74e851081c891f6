import type { Kysely } from 'kysely';
import type { ChannelParsedInput, ChosenPath } from '../../../shared/contract';
import type { Database } from '../../db/schema';
import type { CallContext } from '../../dispatch';
import type { DesktopActions } from '../../desktop-actions';
import { AppError } from '../errors';
import { staffCount } from '../staff/staff';

/*
 * "Browse…" beside a path field: the system dialog in main chooses the path and the renderer only
 * fills its field with it. Saving the field runs the same checks as a typed path (the CA file's
 * PEM check, the backup folder's writability).
 */

/**
 * Who may open the dialog: the administrator (the forms that have a path are theirs), or anyone
 * at first run while no staff account exists (the server form before the administrator is made).
 */
async function mayChoose(db: Kysely<Database>, ctx: CallContext): Promise<void> {
  if (ctx.user?.role === 'admin') return;
  if (!ctx.user && (await staffCount(db)) === 0) return;
  throw new AppError(
    ctx.user ? 'DENIED' : 'SIGNED_OUT',
    ctx.user ? 'Only the administrator may choose these paths.' : 'Please sign in first.',
  );
}

export async function choosePath(
  db: Kysely<Database>,
  desktop: DesktopActions | undefined,
  { kind, title, defaultPath }: ChannelParsedInput<'desktop:choose-path'>,
  ctx: CallContext,
): Promise<ChosenPath> {
  if (!desktop?.choosePath) {
    throw new AppError('VALIDATION', 'Choosing a file or folder needs the desktop app; type the full path instead.');
  }
  await mayChoose(db, ctx);
  const path = await desktop.choosePath({ kind, title, ...(defaultPath ? { defaultPath } : {}) });
  return { path };
}
