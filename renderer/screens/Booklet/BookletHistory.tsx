import { useState, type ReactNode } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import CircularProgress from '@mui/material/CircularProgress';
import Divider from '@mui/material/Divider';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import DownloadIcon from '@mui/icons-material/FileDownloadOutlined';
import OpenIcon from '@mui/icons-material/OpenInNew';
import PrintIcon from '@mui/icons-material/PrintOutlined';
import ReissueIcon from '@mui/icons-material/AutorenewOutlined';
import ReprintIcon from '@mui/icons-material/ReplayOutlined';
import SaveIcon from '@mui/icons-material/SaveAltOutlined';
import WarningIcon from '@mui/icons-material/WarningAmberOutlined';
import type { BookletRecord, IssueResult } from '../../../shared/contract';
import { CONTENT_VERSION } from '../../../shared/content';
import { PLAN_ENGINE_VERSION } from '../../../shared/plan';
import { CallFailed } from '../../api';
import { useApi } from '../../api-context';
import { LoadFailed } from '../../components/LoadFailed';
import { useNotifier } from '../../components/Notifier';
import { useApiQuery, useInvalidate } from '../../data';
import { useI18n } from '../../i18n';
import { localToday } from '../../../shared/calendar';
import { downloadPdf, fileNameFor, printPdf } from '../../file-delivery';
import { dateTimeText, dayText } from './plan-text';
import { ReissueDialog, type HandOver, type ReprintProblem } from './ReissueDialog';
import { useCan } from '../../session';

/** True when the texts or rules changed since: a re-issue would then read differently. */
export function textsChangedSince(record: BookletRecord): boolean {
  return record.contentVersion !== CONTENT_VERSION || record.planEngineVersion !== PLAN_ENGINE_VERSION;
}

/**
 * The child's booklets, newest first. A reprint hands over the stored bytes, exactly what the
 * family received; when that copy is missing or damaged, the clinician may re-issue the booklet
 * with today's texts instead (a new booklet, said so before it is made). For the child screen.
 */
export function BookletHistory({ childId }: { childId: number }) {
  const i18n = useI18n();
  const { t } = i18n;
  const api = useApi();
  const { notify, reportError } = useNotifier();
  const list = useApiQuery('booklets:list', { patientId: childId });
  // After a reprint or a re-issue the list is read again; the cached one stays on screen meanwhile.
  const invalidate = useInvalidate();
  const info = useApiQuery('app:info', {});
  const [menu, setMenu] = useState<{ anchor: HTMLElement; record: BookletRecord } | null>(null);
  const [busy, setBusy] = useState<number | null>(null);
  const [reissue, setReissue] = useState<{ record: BookletRecord; problem: ReprintProblem } | null>(null);
  const [reissuing, setReissuing] = useState<HandOver | null>(null);
  const desktop = info.data?.mode === 'electron';
  const items = list.data;
  // The front desk reprints; a re-issue (today's texts) is the clinician's.
  const mayReissue = useCan()('booklets:reissue');

  /** The booklet whose bytes a record carries: a reprint's original, else the record itself. */
  const originalOf = (record: BookletRecord) =>
    (record.reprintOf !== null && items?.find((b) => b.id === record.reprintOf)) || record;

  const handOver = async (result: IssueResult, choice: HandOver) => {
    if (!result.pdf) return;
    const child = await api.call('patients:get', { id: childId });
    const fileName = fileNameFor({ child, what: t('file.booklet'), date: localToday(), extension: 'pdf' });
    if (choice === 'print-browser') await printPdf(result.pdf, fileName);
    else downloadPdf(result.pdf, fileName);
  };

  const reprint = async (record: BookletRecord, choice: HandOver) => {
    setMenu(null);
    setBusy(record.id);
    try {
      const result = await api.call('booklets:reprint', {
        id: record.id,
        action: choice === 'print-browser' ? 'download' : choice,
      });
      if (!result.booklet) {
        notify(t('booklet.cancelled'), 'info');
        return;
      }
      await handOver(result, choice);
      notify(t('booklet.history.reprinted', { date: dayText(i18n, originalOf(record).createdAt) }), 'success');
      await invalidate(['booklets', 'care-plans']);
    } catch (error) {
      const code = error instanceof CallFailed ? error.error.code : null;
      // No exact copy to hand over: say so, and offer the re-issue as its own step.
      const problem = code === 'NOT_FOUND' ? 'missing' : code === 'CONFLICT' ? 'damaged' : null;
      if (problem && mayReissue) setReissue({ record, problem });
      else if (problem) notify(t(`booklet.history.${problem}`), 'error');
      else reportError(error);
    } finally {
      setBusy(null);
    }
  };

  const reissueWith = async (choice: HandOver) => {
    if (!reissue) return;
    setReissuing(choice);
    try {
      const result = await api.call('booklets:reissue', {
        id: reissue.record.id,
        action: choice === 'print-browser' ? 'download' : choice,
      });
      setReissue(null);
      if (!result.booklet) {
        notify(t('booklet.cancelled'), 'info');
        return;
      }
      await handOver(result, choice);
      notify(t('booklet.history.reissued'), 'success');
      await invalidate(['booklets', 'care-plans']);
    } catch (error) {
      reportError(error);
    } finally {
      setReissuing(null);
    }
  };

  if (list.isError && !items) {
    return (
      <LoadFailed title={t('booklet.history.loadFailed')} error={list.error} onRetry={() => void list.refetch()} />
    );
  }
  if (!items) {
    return (
      <Box sx={{ display: 'flex', justifyContent: 'center', py: 3 }}>
        <CircularProgress size={28} aria-label={t('common.loading')} />
      </Box>
    );
  }
  if (items.length === 0) {
    return (
      <Box sx={{ py: 3, px: 2, textAlign: 'center', bgcolor: 'action.hover', borderRadius: 1 }}>
        <Typography variant="body2" sx={{ color: 'text.secondary' }}>
          {t('booklet.history.empty')}
        </Typography>
      </Box>
    );
  }

  const choices: { choice: HandOver; label: string; icon: ReactNode }[] = desktop
    ? [
        { choice: 'print', label: t('booklet.print'), icon: <PrintIcon fontSize="small" /> },
        { choice: 'save', label: t('booklet.save'), icon: <SaveIcon fontSize="small" /> },
        { choice: 'open', label: t('booklet.open'), icon: <OpenIcon fontSize="small" /> },
      ]
    : [
        { choice: 'print-browser', label: t('booklet.print'), icon: <PrintIcon fontSize="small" /> },
        { choice: 'download', label: t('booklet.download'), icon: <DownloadIcon fontSize="small" /> },
      ];

  return (
    <>
      <Box component="ol" aria-label={t('booklet.history.listLabel')} sx={{ m: 0, p: 0, listStyle: 'none' }}>
        {items.map((b) => {
          const when = dateTimeText(i18n, b.createdAt);
          return (
            <Box
              component="li"
              key={b.id}
              aria-label={when}
              sx={{
                display: 'flex',
                alignItems: 'center',
                gap: 1.5,
                py: 1.25,
                borderBottom: 1,
                borderColor: 'divider',
                flexWrap: 'wrap',
                '&:last-of-type': { borderBottom: 0 },
              }}
            >
              <Box sx={{ flex: 1, minWidth: 220 }}>
                <Typography sx={{ fontWeight: 600 }}>{when}</Typography>
                <Typography variant="body2" sx={{ color: 'text.secondary' }}>
                  {t('booklet.history.meta', {
                    kind: t(`booklet.kind.${b.kind}`),
                    language: t(`booklet.languageName.${b.language}`),
                    paper: b.paper,
                    pages: t('booklet.preview.pages', { count: b.pages }),
                  })}
                </Typography>
              </Box>
              <Chip size="small" variant="outlined" label={t(`booklet.history.action.${b.action}`)} />
              {b.reprintOf !== null && (
                <Tooltip title={t('booklet.history.reprintOfHint', { date: dayText(i18n, originalOf(b).createdAt) })}>
                  <Chip size="small" label={t('booklet.history.reprintOf')} />
                </Tooltip>
              )}
              {b.reissueOf !== null && (
                <Tooltip
                  title={t('booklet.history.reissueOfHint', {
                    date: dayText(i18n, items.find((x) => x.id === b.reissueOf)?.createdAt ?? b.createdAt),
                  })}
                >
                  <Chip size="small" color="primary" variant="outlined" label={t('booklet.history.reissueOf')} />
                </Tooltip>
              )}
              {!b.stored && (
                <Tooltip title={t('booklet.history.missingHint')}>
                  <Chip size="small" color="warning" icon={<WarningIcon />} label={t('booklet.history.missingChip')} />
                </Tooltip>
              )}
              {textsChangedSince(b) && (
                <Tooltip title={t('booklet.history.textsChangedHint')}>
                  <Chip
                    size="small"
                    color="warning"
                    variant="outlined"
                    icon={<WarningIcon />}
                    label={t('booklet.history.textsChanged')}
                  />
                </Tooltip>
              )}
              <Button
                size="small"
                startIcon={busy === b.id ? <CircularProgress size={16} color="inherit" aria-hidden /> : <ReprintIcon />}
                disabled={busy !== null || !info.data}
                aria-haspopup="menu"
                aria-label={t('booklet.history.reprintLabel', { date: when })}
                onClick={(event) => setMenu({ anchor: event.currentTarget, record: b })}
              >
                {t('booklet.history.reprint')}
              </Button>
            </Box>
          );
        })}
      </Box>
      <Menu anchorEl={menu?.anchor ?? null} open={menu !== null} onClose={() => setMenu(null)}>
        {choices.map((c) => (
          <MenuItem key={c.choice} onClick={() => menu && void reprint(menu.record, c.choice)}>
            <ListItemIcon>{c.icon}</ListItemIcon>
            <ListItemText>{c.label}</ListItemText>
          </MenuItem>
        ))}
        {mayReissue && <Divider />}
        {mayReissue && (
          <MenuItem
            onClick={() => {
              if (menu) setReissue({ record: menu.record, problem: null });
              setMenu(null);
            }}
          >
            <ListItemIcon>
              <ReissueIcon fontSize="small" />
            </ListItemIcon>
            <ListItemText>{t('booklet.history.reissueMenu')}</ListItemText>
          </MenuItem>
        )}
      </Menu>
      <ReissueDialog
        open={reissue !== null}
        problem={reissue?.problem ?? null}
        desktop={desktop}
        busy={reissuing}
        onReissue={(choice) => void reissueWith(choice)}
        onClose={() => setReissue(null)}
      />
    </>
  );
}
