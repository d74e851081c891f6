import { useState, type ReactElement } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Tooltip from '@mui/material/Tooltip';
import { useApi } from '../../api-context';
import { useNotifier } from '../../components/Notifier';
import { useApiMutation } from '../../data';
import { dialogOpen, isMod, isTyping, modKeys, useKeydown } from '../../hooks/shortcuts';
import { useT } from '../../i18n';

export type CloseOutStatus = 'attended' | 'no_show';

export interface CloseOut {
  /** Marks past visits attended or no-show in one step (`appointments:close-out`). */
  closeOut(ids: number[], status: CloseOutStatus): Promise<void>;
  /** The visits being closed out right now (their buttons wait). */
  busy: ReadonlySet<number>;
  /** The last close-out with its Undo, for the top of the screen (null when there is none). */
  banner: ReactElement | null;
}

/**
 * Closing out visits from the recall screen. It settles check-ups (attended) or puts them back on
 * the list (no-show), so the last one can be undone in one click or with Ctrl+Z: each visit goes
 * back to booked (`appointments:set-status`), which reopens what it settled. Both writes mark the
 * diary, the recall list and the plans stale, so every list on screen reads again.
 */
export function useCloseOut(): CloseOut {
  const closeOutCall = useApiMutation('appointments:close-out');
  const setStatus = useApiMutation('appointments:set-status');
  const api = useApi();
  const t = useT();
  const { notify, reportError } = useNotifier();
  const [busy, setBusy] = useState<ReadonlySet<number>>(new Set());
  const [last, setLast] = useState<{ ids: number[]; status: CloseOutStatus } | null>(null);
  const [undoing, setUndoing] = useState(false);

  const closeOut = async (ids: number[], status: CloseOutStatus) => {
    if (ids.length === 0 || ids.some((id) => busy.has(id))) return;
    setBusy((b) => new Set([...b, ...ids]));
    try {
      await closeOutCall.mutateAsync({ ids, status });
      setLast({ ids, status });
    } catch (error) {
      reportError(error);
    } finally {
      setBusy((b) => new Set([...b].filter((id) => !ids.includes(id))));
    }
  };

  const undo = async () => {
    if (!last || undoing) return;
    setUndoing(true);
    try {
      for (const id of last.ids) {
        // Undo only what still stands as closed out: a visit someone changed since is left as they made it.
        const now = await api.call('appointments:get', { id });
        if (now.status !== last.status) continue;
        await setStatus.mutateAsync({ id, version: now.version, status: 'booked' });
      }
      setLast(null);
      notify(t('recall.closeOut.undone'));
    } catch (error) {
      reportError(error);
    } finally {
      setUndoing(false);
    }
  };

  useKeydown((event) => {
    if (!last || event.defaultPrevented || dialogOpen() || isTyping(event.target)) return;
    if (isMod(event, 'z')) {
      event.preventDefault();
      void undo();
    }
  });

  const banner = last && (
    <Alert
      severity="success"
      action={
        <Tooltip title={modKeys('Z')}>
          <Button
            color="inherit"
            size="small"
            disabled={undoing}
            startIcon={undoing ? <CircularProgress size={14} color="inherit" aria-hidden /> : undefined}
            onClick={() => void undo()}
          >
            {t('recall.closeOut.undo')}
          </Button>
        </Tooltip>
      }
    >
      {t(last.status === 'attended' ? 'recall.closeOut.done.attended' : 'recall.closeOut.done.noShow', {
        count: last.ids.length,
      })}
    </Alert>
  );

  return { closeOut, busy, banner };
}
