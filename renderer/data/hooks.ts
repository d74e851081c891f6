import {
  keepPreviousData,
  useMutation,
  useQuery,
  useQueryClient,
  type QueryClient,
  type UseMutationResult,
  type UseQueryResult,
} from '@tanstack/react-query';
import type { Channel, ChannelInput, ChannelOutput } from '../../shared/contract';
import { useApi } from '../api-context';

/*
 * Every read and write between the screens and main goes through these two hooks: a read is
 * cached under [domain, channel, input] (the domain is the channel's prefix: `patients`,
 * `appointments`, `care-plans` …) and a write invalidates the domains it changes, so every
 * screen showing them reads again — after adding the first clinician, the working hours know it.
 */

export type Domain = string;

/** `patients:search` → `patients`. */
export function domainOf(channel: Channel): Domain {
  return channel.slice(0, channel.indexOf(':'));
}

export function queryKeyOf<C extends Channel>(channel: C, input: ChannelInput<C>): readonly unknown[] {
  return [domainOf(channel), channel, input];
}

export interface ApiQueryOptions<C extends Channel, T> {
  enabled?: boolean;
  /** Keep showing the last answer while a new input loads (search as you type, week paging). */
  keepPrevious?: boolean;
  select?: (value: ChannelOutput<C>) => T;
  /** Read again every `refetchInterval` ms while shown (lists other desks change). */
  refetchInterval?: number;
}

/** A read from main, cached and shared by every screen that asks the same question. */
export function useApiQuery<C extends Channel, T = ChannelOutput<C>>(
  channel: C,
  input: ChannelInput<C>,
  options: ApiQueryOptions<C, T> = {},
): UseQueryResult<T> {
  const api = useApi();
  return useQuery({
    queryKey: queryKeyOf(channel, input),
    queryFn: ({ signal }) => api.call(channel, input, { signal }),
    enabled: options.enabled ?? true,
    ...(options.keepPrevious ? { placeholderData: keepPreviousData } : {}),
    ...(options.select ? { select: options.select } : {}),
    ...(options.refetchInterval ? { refetchInterval: options.refetchInterval } : {}),
  }) as UseQueryResult<T>;
}

export interface ApiMutationOptions<C extends Channel> {
  /**
   * The domains this write changes. Default: every domain (a write is rare and main is local, so
   * reading everything shown again is cheap and never leaves a screen stale).
   */
  invalidates?: Domain[];
  onSuccess?: (value: ChannelOutput<C>, input: ChannelInput<C>) => void;
}

/** A write to main; on success the reads of the domains it changes are marked stale and re-read. */
export function useApiMutation<C extends Channel>(
  channel: C,
  options: ApiMutationOptions<C> = {},
): UseMutationResult<ChannelOutput<C>, unknown, ChannelInput<C>> {
  const api = useApi();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: ChannelInput<C>) => api.call(channel, input),
    onSuccess: async (value, input) => {
      options.onSuccess?.(value, input);
      await invalidate(client, options.invalidates);
    },
  });
}

/** Marks reads stale (all, or those of `domains`); the ones on screen are read again at once. */
export function invalidate(client: QueryClient, domains?: Domain[]): Promise<void> {
  if (!domains) return client.invalidateQueries();
  return Promise.all(domains.map((d) => client.invalidateQueries({ queryKey: [d] }))).then(() => undefined);
}

/** The invalidation for writes made outside `useApiMutation` (a dialog calling `api.call` itself). */
export function useInvalidate(): (domains?: Domain[]) => Promise<void> {
  const client = useQueryClient();
  return (domains) => invalidate(client, domains);
}
