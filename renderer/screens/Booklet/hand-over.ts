import type { BookletAction, IssueResult } from '../../../shared/contract';
import type { useNotifier } from '../../components/Notifier';
import { downloadPdf, printPdf } from '../../file-delivery';
import type { I18n } from '../../i18n';

const PRINT_MESSAGE = {
  dialog: 'booklet.printDialog',
  tab: 'booklet.printTab',
  downloaded: 'booklet.printDownloaded',
  blocked: 'booklet.printBlocked',
} as const;

/**
 * After main issued the booklet: browser mode prints or downloads the bytes it sent back (named by
 * shared/file-names.ts); the desktop app already printed, saved or opened it. Says what happened.
 */
export async function handOverIssued(
  result: IssueResult,
  action: BookletAction | 'print-browser',
  fileName: string,
  notify: ReturnType<typeof useNotifier>['notify'],
  t: I18n['t'],
): Promise<void> {
  if (action === 'print-browser' && result.pdf) {
    const outcome = await printPdf(result.pdf, fileName);
    notify(t(PRINT_MESSAGE[outcome]), outcome === 'blocked' ? 'info' : 'success');
  } else if (action === 'download' && result.pdf) {
    downloadPdf(result.pdf, fileName);
    notify(t('booklet.downloaded'));
  } else if (action === 'save') {
    notify(t('booklet.saved', { path: result.savedTo ?? fileName }));
  } else if (action === 'open') {
    notify(t('booklet.opened'));
  } else {
    notify(t('booklet.printed'));
  }
}
