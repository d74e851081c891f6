import { QueryClient } from '@tanstack/react-query';
import { CallFailed } from '../api';

/*
 * One cache for everything the screens read from main. Main is on this computer, so reads are
 * cheap: a cached answer is shown at once and checked again whenever a screen mounts
 * (`staleTime` 0), and every write marks the reads it can change as stale (renderer/data/hooks.ts).
 * A refusal from main (validation, not found, conflict) is an answer, not a hiccup: never retried.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 0,
        gcTime: 5 * 60_000,
        refetchOnWindowFocus: false,
        retry: (failures, error) => !(error instanceof CallFailed) && failures < 1,
      },
      mutations: { retry: false },
    },
  });
}
