import { useState } from 'react';
import type { CardLayout, PrintResult } from '../../../shared/contract';
import { CallFailed } from '../../api';
import { useApi } from '../../api-context';
import { useNotifier } from '../../components/Notifier';
import { useQueryClient } from '@tanstack/react-query';
import { queryKeyOf, useApiQuery } from '../../data';
import { useT } from '../../i18n';
import type { PersonName } from '../../../shared/person-name';
import { localToday } from '../../../shared/calendar';
import { downloadText, fileNameFor, printPdf } from '../../file-delivery';

export type PrintJob = 'card-A6' | 'card-A4' | 'ics' | 'day-list';

/**
 * The front desk's printouts: the family's appointment card (A6 or A4), the .ics file, the day
 * list. The desktop app prints in main (system dialog); browser mode gets the bytes and prints here.
 */
export function usePrinting() {
  const api = useApi();
  const t = useT();
  const { notify, reportError } = useNotifier();
  const info = useApiQuery('app:info', {});
  const desktop = info.data?.mode === 'electron';
  const [busy, setBusy] = useState<PrintJob | null>(null);

  const failed = (error: unknown) => {
    if (error instanceof CallFailed && error.error.code === 'UNKNOWN_CHANNEL') {
      notify(t('diary.print.unavailable'), 'error');
    } else if (error instanceof CallFailed && error.error.code === 'VALIDATION' && error.error.message) {
      notify(t('diary.print.failed', { reason: error.error.message }), 'error');
    } else reportError(error);
  };

  const deliver = async (result: PrintResult, fileName: string) => {
    if (result.cancelled) return;
    if (!result.pdf) {
      notify(t('diary.print.sent'));
      return;
    }
    const outcome = await printPdf(result.pdf, fileName);
    if (outcome === 'downloaded') notify(t('diary.print.downloaded'), 'info');
    else if (outcome === 'blocked') notify(t('diary.print.blocked'), 'error');
  };

  const run = async (job: PrintJob, work: () => Promise<void>) => {
    if (busy) return;
    setBusy(job);
    try {
      await work();
    } catch (error) {
      failed(error);
    } finally {
      setBusy(null);
    }
  };

  // Asked at the click, not at render: the first click may come before app:info has answered.
  const client = useQueryClient();
  const actionNow = async () => {
    const app = await client.ensureQueryData({
      queryKey: queryKeyOf('app:info', {}),
      queryFn: () => api.call('app:info', {}),
    });
    return app.mode === 'electron' ? ('print' as const) : ('download' as const);
  };

  return {
    busy,
    desktop,
    printCard: (patientId: number, layout: CardLayout, child: PersonName) =>
      run(`card-${layout}`, async () => {
        const result = await api.call('appointments:card', { patientId, layout, action: await actionNow() });
        await deliver(result, fileNameFor({ child, what: t('file.card'), date: localToday(), extension: 'pdf' }));
      }),
    downloadIcs: (patientId: number, child: PersonName) =>
      run('ics', async () => {
        const file = await api.call('appointments:ics', { patientId });
        if (file.events === 0) {
          notify(t('diary.ics.none'), 'info');
          return;
        }
        const name = fileNameFor({ child, what: t('file.visits'), date: localToday(), extension: 'ics' });
        downloadText(file.content, name, 'text/calendar');
        notify(t('diary.ics.saved', { count: file.events }));
      }),
    printDayList: (date: string, clinicianId: number | null) =>
      run('day-list', async () => {
        const result = await api.call('diary:day-list', {
          date,
          ...(clinicianId ? { clinicianId } : {}),
          action: await actionNow(),
        });
        await deliver(result, fileNameFor({ what: t('file.dayList'), date, extension: 'pdf' }));
      }),
  };
}
