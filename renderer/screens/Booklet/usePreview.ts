import { useCallback, useEffect, useRef, useState } from 'react';
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

/** The longest the plan panel waits for a new preview's first page before following main's answer. */
export const PANEL_WAIT_MS = 300;

/**
 * Main's answer for the plan panel, once the new PDF's first page is on screen (PdfPreview's
 * `onFirstPage`), or after PANEL_WAIT_MS when the page takes longer: the panel's render would
 * otherwise hold the page's drawing up (tests/bench/preview-ui.bench.ts times edit to first page).
 * An answer without a PDF (a blocked plan) goes to the panel at once.
 */
export function useFirstPageFirst(answer: PreviewResult | null): {
  panelAnswer: PreviewResult | null;
  onFirstPage(): void;
} {
  const [panelAnswer, setPanelAnswer] = useState<PreviewResult | null>(null);
  const waiting = useRef<PreviewResult | null>(null);
  useEffect(() => {
    if (!answer) return;
    waiting.current = answer;
    const timer = setTimeout(() => setPanelAnswer(answer), answer.pdf ? PANEL_WAIT_MS : 0);
    return () => clearTimeout(timer);
  }, [answer]);
  const onFirstPage = useCallback(() => {
    if (waiting.current) setPanelAnswer(waiting.current);
    waiting.current = null;
  }, []);
  return { panelAnswer, onFirstPage };
}
