import { useEffect, useState } from 'react';
import type { ComposeInput, PreviewResult } from '../../../shared/contract';
import type { Api } from '../../api';
import { useApi } from '../../api-context';

export interface Preview {
  /** Main's latest answer (plan, check-ups, PDF); kept while a newer one is on its way. */
  answer: PreviewResult | null;
  /** The latest PDF main rendered (a blocked plan has none; the last one stays for when it clears). */
  pdf: PreviewResult['pdf'];
  /** `answer` is for the current input (not an earlier one still on screen). */
  current: boolean;
  /** A preview for the current input is outstanding. */
  pending: boolean;
  /** The last preview of the current input failed (the previous answer, if any, stays). */
  error: unknown;
  retry(): void;
}

interface Job {
  key: string;
  input: ComposeInput;
}

type Outcome = { key: string; answer: PreviewResult } | { key: string; error: unknown };

/**
 * One preview at a time: inputs made meanwhile collapse into one more preview of the latest, and
 * an answer for an input that is no longer wanted is dropped, so the screen never steps back.
 */
class PreviewQueue {
  private wanted: Job | null = null;
  private busy = false;
  private stopped = false;

  constructor(
    private readonly api: Api,
    private readonly done: (outcome: Outcome) => void,
  ) {}

  /** Mounted (again): answers are delivered. */
  start(): void {
    this.stopped = false;
  }

  /** Unmounted: answers still on their way are dropped. */
  stop(): void {
    this.stopped = true;
  }

  want(job: Job, force = false): void {
    if (!force && this.wanted?.key === job.key) return;
    this.wanted = job;
    void this.pump();
  }

  private async pump(): Promise<void> {
    const job = this.wanted;
    if (!job || this.busy || this.stopped) return;
    this.busy = true;
    let outcome: Outcome;
    try {
      outcome = { key: job.key, answer: await this.api.call('booklets:preview', job.input) };
    } catch (error) {
      outcome = { key: job.key, error: error ?? new Error('failed') };
    }
    this.busy = false;
    if (this.stopped) return;
    if (this.wanted === job) this.done(outcome);
    else void this.pump();
  }
}

/**
 * Asks main for the plan, its check-ups and the PDF (`booklets:preview`) whenever `input` changes
 * (null: nothing to ask, e.g. while a field needs attention).
 */
export function usePreview(input: ComposeInput | null): Preview {
  const api = useApi();
  const [answer, setAnswer] = useState<{ key: string; value: PreviewResult } | null>(null);
  const [pdf, setPdf] = useState<PreviewResult['pdf']>(null);
  const [outcome, setOutcome] = useState<{ key: string; error: unknown } | null>(null);
  const [queue] = useState(
    () =>
      new PreviewQueue(api, (o) => {
        if ('answer' in o) {
          setAnswer({ key: o.key, value: o.answer });
          if (o.answer.pdf) setPdf(o.answer.pdf);
        }
        setOutcome({ key: o.key, error: 'error' in o ? o.error : null });
      }),
  );
  const key = input ? JSON.stringify(input) : null;

  useEffect(() => {
    queue.start();
    return () => queue.stop();
  }, [queue]);

  useEffect(() => {
    if (key && input) queue.want({ key, input });
    // `input` is represented by `key`.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, queue]);

  const done = outcome !== null && outcome.key === key;
  return {
    answer: answer?.value ?? null,
    pdf,
    current: answer !== null && answer.key === key,
    pending: key !== null && !done,
    error: done ? outcome.error : null,
    retry: () => {
      if (!key || !input) return;
      setOutcome(null);
      queue.want({ key, input }, true);
    },
  };
}
