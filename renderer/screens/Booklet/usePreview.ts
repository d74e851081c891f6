import type { ComposeInput, PreviewResult } from '../../../shared/contract';
import { useApiQuery } from '../../data';
import { usePreopen } from './preopen';

export interface Preview {
  /** Main's latest answer (plan, check-ups, PDF); the previous one stays while a newer one loads. */
  answer: PreviewResult | null;
  /** The latest PDF main rendered (a blocked plan has none). */
  pdf: PreviewResult['pdf'];
  /** `answer` is for the current input (not an earlier one still on screen). */
  current: boolean;
  /** A preview for the current input is outstanding. */
  pending: boolean;
  /** The last preview of the current input failed (the previous answer, if any, stays). */
  error: unknown;
  retry(): void;
}

/**
 * Asks main for the plan, its check-ups and the PDF (`booklets:preview`) whenever `input` changes
 * (null: nothing to ask, e.g. while a field needs attention). One cached read per input: only the
 * latest input's answer is shown, the previous one stays on screen meanwhile (keepPrevious), a
 * superseded request is dropped through its AbortSignal, and going back to an earlier input shows
 * its answer at once.
 */
export function usePreview(input: ComposeInput | null): Preview {
  // The PDF of each answer starts opening before the editor re-renders with it (preopen.ts).
  usePreopen();
  const query = useApiQuery('booklets:preview', input ?? PLACEHOLDER, { enabled: input !== null, keepPrevious: true });
  const answer = query.data ?? null;
  return {
    answer,
    pdf: answer?.pdf ?? null,
    current: answer !== null && !query.isPlaceholderData,
    pending: input !== null && query.isFetching,
    error: input !== null && query.isError && !query.isFetching ? query.error : null,
    retry: () => void query.refetch(),
  };
}

/** The key of a disabled read (never sent). */
const PLACEHOLDER = { patientId: 0, assessmentId: 0, choices: {} } as unknown as ComposeInput;
