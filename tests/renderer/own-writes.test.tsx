import type { ReactNode } from 'react';
import { QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiProvider } from '../../renderer/api-context';
import { useApiMutation, useApiQuery } from '../../renderer/data';
import { startLiveUpdates } from '../../renderer/data/live-updates';
import { createQueryClient } from '../../renderer/data/query-client';
import { startRealCore, type RealCore } from './real-core';

/*
 * A window's own write is read again once (by the write's own invalidation), not a second time
 * when its change-log entry comes back through the live-update feed; another desk's write still
 * refreshes the window within a second, also right after an own write (renderer/data/own-writes.ts).
 */

const stops: Array<() => void> = [];
afterEach(() => {
  for (const stop of stops.splice(0)) stop();
});

const clinician = (name: string) => ({ name, title: 'Podiatrist', phone: '', active: true });
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The clinician list on screen and "add a clinician", in a window with live updates running. */
async function window(real: RealCore) {
  const client = createQueryClient();
  stops.push(startLiveUpdates({ api: real.api, client, onConnection: () => {} }));
  const wrapper = ({ children }: { children: ReactNode }) => (
    <ApiProvider api={real.api}>
      <QueryClientProvider client={client}>{children}</QueryClientProvider>
    </ApiProvider>
  );
  const view = renderHook(
    () => ({
      list: useApiQuery('clinicians:list', {}),
      create: useApiMutation('clinicians:create', { invalidates: ['clinicians'] }),
    }),
    { wrapper },
  );
  await waitFor(() => expect(view.result.current.list.isSuccess).toBe(true));
  // The feed's first answer (where it is now), so the loop waits for what comes next.
  await waitFor(() => expect(real.callsTo('changes:wait').length).toBeGreaterThan(0));
  await sleep(300);
  const names = () => (view.result.current.list.data ?? []).map((c) => c.name);
  const reads = () => real.callsTo('clinicians:list').length;
  return { view, names, reads };
}

describe('own writes and live updates', { timeout: 30_000 }, () => {
  it('reads the list again once after this window adds a clinician', async () => {
    const real = await startRealCore();
    const w = await window(real);
    const before = w.reads();
    await act(() => w.view.result.current.create.mutateAsync(clinician('Dr Irina Volkova')));
    expect(w.names()).toEqual(['Dr Irina Volkova']);
    // Long enough for the feed (polled every 250 ms) to bring the entry back.
    await waitFor(() => expect(real.callsTo('changes:wait').length).toBeGreaterThan(3));
    await sleep(1_000);
    expect(w.reads() - before).toBe(1);
  });

  it('still shows another desk’s clinician within a second, also just after an own write', async () => {
    const real = await startRealCore();
    const w = await window(real);
    await real.call('clinicians:create', clinician('Dr Anna Petrova'));
    let start = Date.now();
    await waitFor(() => expect(w.names()).toContain('Dr Anna Petrova'), { timeout: 1_000 });
    expect(Date.now() - start).toBeLessThan(1_000);

    // This window writes; another desk writes right after its re-read: that one is not skipped.
    await act(() => w.view.result.current.create.mutateAsync(clinician('Dr Irina Volkova')));
    await real.call('clinicians:create', clinician('Dr Oleg Sidorov'));
    start = Date.now();
    await waitFor(() => expect(w.names()).toContain('Dr Oleg Sidorov'), { timeout: 1_000 });
    expect(Date.now() - start).toBeLessThan(1_000);
  });
});
