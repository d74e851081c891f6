import { z } from 'zod';
import type { DataSource } from '../../../shared/contract';

/** "host:port/database" of a server source (what the sign-in screen and Settings show). */
export function serverWhere(source: DataSource): string {
  return source.kind === 'server' ? `${source.host}:${source.port}/${source.database}` : '';
}

/** A port as typed into a form (text), checked and turned into the contract's number. */
export const TypedPort = z
  .string()
  .trim()
  .regex(/^\d{1,5}$/, { message: 'port' })
  .transform(Number)
  .pipe(z.number().min(1, { message: 'port' }).max(65535, { message: 'port' }));
