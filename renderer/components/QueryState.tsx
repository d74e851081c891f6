import type { ReactNode } from 'react';
import type { UseQueryResult } from '@tanstack/react-query';
import { LoadFailed } from './LoadFailed';
import { PageLoading } from './PageLoading';

/**
 * A screen's data: the spinner while it first loads, the failure with "Try again", then the
 * screen itself. Later re-reads keep the screen on show (no flash).
 */
export function QueryState<T>({
  query,
  failedTitle,
  loading,
  children,
}: {
  query: UseQueryResult<T>;
  failedTitle: string;
  loading?: ReactNode;
  children: (value: T) => ReactNode;
}) {
  if (query.data !== undefined) return <>{children(query.data)}</>;
  if (query.isError) return <LoadFailed title={failedTitle} error={query.error} onRetry={() => void query.refetch()} />;
  return <>{loading ?? <PageLoading />}</>;
}
