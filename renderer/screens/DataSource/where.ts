import type { DataSource } from '../../../shared/contract';

/** "host:port/database" of a server source (what the sign-in screen and Settings show). */
export function serverWhere(source: DataSource): string {
  return source.kind === 'server' ? `${source.host}:${source.port}/${source.database}` : '';
}
