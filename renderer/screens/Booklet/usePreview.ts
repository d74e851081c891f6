import { useEffect, useState } from 'react';
import type { BookletRequest, RenderedPdf } from '../../../shared/contract';
import type { Api } from '../../api';
import { useApi } from '../../api-context';

export interface Preview {
  /** The latest rendered PDF; kept while a newer one is on its way. */
  pdf: RenderedPdf | null;
  /** A render for the current request is outstanding. */
  pending: boolean;
  /** The last render of the current request failed (the previous PDF, if any, stays). */
  error: unknown;
  retry(): void;
}

interface Job {
  key: string;
  request: BookletRequest;
}

type Outcome = { key: string; pdf: RenderedPdf } | { key: string; error: unknown };

/**
 * One render at a time: requests made meanwhile collapse into one more render of the latest, and
 * an answer for a request that is no longer wanted is dropped, so the preview never steps back.
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
      outcome = { key: job.key, pdf: await this.api.call('booklets:preview', job.request) };
    } catch (error) {
      outcome = { key: job.key, error: error ?? new Error('failed') };
    }
    this.busy = false;
    if (this.stopped) return;
    if (this.wanted === job) this.done(outcome);
    else void this.pump();
  }
}

/** Renders `request` with `booklets:preview` whenever it changes (null: nothing to render). */
export function usePreview(request: BookletRequest | null): Preview {
  const api = useApi();
  const [pdf, setPdf] = useState<RenderedPdf | null>(null);
  const [outcome, setOutcome] = useState<{ key: string; error: unknown } | null>(null);
  const [queue] = useState(
    () =>
      new PreviewQueue(api, (o) => {
        if ('pdf' in o) setPdf(o.pdf);
        setOutcome({ key: o.key, error: 'error' in o ? o.error : null });
      }),
  );
  const key = request ? JSON.stringify(request) : null;

  useEffect(() => {
    queue.start();
    return () => queue.stop();
  }, [queue]);

  useEffect(() => {
    if (key && request) queue.want({ key, request });
    // `request` is represented by `key`.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, queue]);

  const done = outcome !== null && outcome.key === key;
  return {
    pdf,
    pending: key !== null && !done,
    error: done ? outcome.error : null,
    retry: () => {
      if (!key || !request) return;
      setOutcome(null);
      queue.want({ key, request }, true);
    },
  };
}
