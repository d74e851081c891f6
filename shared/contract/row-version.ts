import { z } from 'zod';

/**
 * A record's row version (electron/services/row-version.ts): outputs carry the version read, and
 * a save sends back the version it was based on; a save based on an older one is refused.
 */
export const RowVersion = z.number().int().positive();
export type RowVersion = z.infer<typeof RowVersion>;
