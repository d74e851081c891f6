import { useState, type ReactNode } from 'react';
import { act, render, screen, waitFor } from '@testing-library/react';
import { QueryClientProvider } from '@tanstack/react-query';
import { describe, expect, it, vi } from 'vitest';
import type { ComposeInput } from '../../shared/contract';
import type { Api } from '../../renderer/api';
import { ApiProvider } from '../../renderer/api-context';
import { createQueryClient } from '../../renderer/data';
import { usePreview } from '../../renderer/screens/Booklet/usePreview';
import { seedAssessment, seedChild, seedClinician, startRealCore } from './real-core';
import { bornAgo } from './render-app';

/*
 * The live preview is one cached read per input (renderer/screens/Booklet/usePreview.ts): an
 * answer for an input that was replaced never reaches the screen, even when it arrives last.
 * Main is the real core; only the moment each answer arrives is held back.
 */

vi.setConfig({ testTimeout: 60_000 });

/** Shows which input the answer on screen is for (its first check-up date) and logs every one shown. */
function Harness({ input, shown }: { input: ComposeInput; shown: string[] }) {
  const preview = usePreview(input);
  const due = preview.answer ? (preview.answer.checkups[0]?.dueOn ?? 'none') : 'nothing';
  if (shown.at(-1) !== due) shown.push(due);
  return <div data-testid="answer">{due}</div>;
}

function Providers({ api, children }: { api: Api; children: ReactNode }) {
  const [client] = useState(createQueryClient);
  return (
    <QueryClientProvider client={client}>
      <ApiProvider api={api}>{children}</ApiProvider>
    </QueryClientProvider>
  );
}

describe('the booklet preview', () => {
  it('never shows the answer for a superseded input after the newer one, even when it arrives last', async () => {
    const rc = await startRealCore();
    const clinician = await seedClinician(rc);
    const child = await seedChild(rc, { firstName: 'Mia', lastName: 'Sokolova', dateOfBirth: bornAgo(5) });
    const assessment = await seedAssessment(rc, child, clinician, { left: { degree: 2 }, right: { degree: 1 } });
    const inputOf = (startDate: string): ComposeInput => ({
      patientId: child.id,
      assessmentId: assessment.id,
      choices: { settings: { startDate }, language: 'en', paper: 'A4' },
    });

    // The answer for the first input is held until the test lets it go (after the second is shown).
    let releaseFirst!: () => void;
    const firstHeld = new Promise<void>((resolve) => (releaseFirst = resolve));
    const signals = new Map<string, AbortSignal | undefined>();
    const api: Api = {
      async call(channel, input, options) {
        const start = channel === 'booklets:preview' ? (input as ComposeInput).choices.settings?.startDate : null;
        if (start) signals.set(start, options?.signal);
        const answer = await rc.api.call(channel, input);
        if (start === '2030-01-07') await firstHeld;
        return answer;
      },
    };

    const shown: string[] = [];
    const view = render(
      <Providers api={api}>
        <Harness input={inputOf('2030-01-07')} shown={shown} />
      </Providers>,
    );
    view.rerender(
      <Providers api={api}>
        <Harness input={inputOf('2030-06-03')} shown={shown} />
      </Providers>,
    );
    await waitFor(() => expect(screen.getByTestId('answer').textContent).toMatch(/^2030-0[67]-/), { timeout: 30_000 });
    const newer = screen.getByTestId('answer').textContent;

    // The first request was told it is no longer wanted; its answer, arriving now, is dropped.
    expect(signals.get('2030-01-07')?.aborted).toBe(true);
    expect(signals.get('2030-06-03')?.aborted).toBe(false);
    await act(async () => {
      releaseFirst();
      await new Promise((resolve) => setTimeout(resolve, 200));
    });
    expect(screen.getByTestId('answer')).toHaveTextContent(newer!);
    expect(shown.filter((d) => d.startsWith('2030-01') || d.startsWith('2030-02'))).toEqual([]);
    expect(rc.callsTo('booklets:preview')).toHaveLength(2);
  });
});
