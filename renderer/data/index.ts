export { createQueryClient } from './query-client';
export {
  domainOf,
  invalidate,
  queryKeyOf,
  useApiMutation,
  useApiQuery,
  useInvalidate,
  type ApiMutationOptions,
  type ApiQueryOptions,
  type Domain,
} from './hooks';
