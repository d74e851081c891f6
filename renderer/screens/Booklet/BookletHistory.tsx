import { useState, type ReactNode } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import CircularProgress from '@mui/material/CircularProgress';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import DownloadIcon from '@mui/icons-material/FileDownloadOutlined';
import OpenIcon from '@mui/icons-material/OpenInNew';
import PrintIcon from '@mui/icons-material/PrintOutlined';
import ReprintIcon from '@mui/icons-material/ReplayOutlined';
import SaveIcon from '@mui/icons-material/SaveAltOutlined';
import WarningIcon from '@mui/icons-material/WarningAmberOutlined';
import type { BookletAction, BookletRecord } from '../../../shared/contract';
import { CONTENT_VERSION } from '../../../shared/content';
import { PLAN_ENGINE_VERSION } from '../../../shared/plan';
import { useApi } from '../../api-context';
import { LoadFailed } from '../../components/LoadFailed';
import { useNotifier } from '../../components/Notifier';
import { useLoad } from '../../hooks/useLoad';
import { useI18n } from '../../i18n';
import { downloadPdf, printPdf, safeFileName } from '../../file-delivery';
import { dateTimeText } from './plan-text';

type Choice = BookletAction | 'print-browser';

/** True when the texts or rules changed since: a reprint may then differ from the original. */
export function textsChangedSince(record: BookletRecord): boolean {
  return record.contentVersion !== CONTENT_VERSION || record.planEngineVersion !== PLAN_ENGINE_VERSION;
}

/**
 * The child's booklets, newest first, each with a reprint that renders it again from its archived
 * input and says whether the result is identical to the original. For the child screen.
 */
export function BookletHistory({ childId }: { childId: number }) {
  const i18n = useI18n();
  const { t } = i18n;
  const api = useApi();
  const { notify, reportError } = useNotifier();
  const list = useLoad(`booklets:${childId}`, () => api.call('booklets:list', { patientId: childId }));
  // After a reprint: the list again, shown in place of the first load (no spinner flash).
  const [fresh, setFresh] = useState<BookletRecord[] | null>(null);
  const info = useLoad('app:info', () => api.call('app:info', {}));
  const [menu, setMenu] = useState<{ anchor: HTMLElement; record: BookletRecord } | null>(null);
  const [busy, setBusy] = useState<number | null>(null);
  const desktop = info.value?.mode === 'electron';

  const reprint = async (record: BookletRecord, choice: Choice) => {
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
      if (result.pdf) {
        const child = await api.call('patients:get', { id: childId });
        const fileName = safeFileName(
          t('booklet.fileName', { name: t('name.full', { first: child.firstName, last: child.lastName }) }),
          'pdf',
          'booklet',
        );
        if (choice === 'print-browser') await printPdf(result.pdf, fileName);
        else downloadPdf(result.pdf, fileName);
      }
      notify(
        t(result.identical ? 'booklet.history.identical' : 'booklet.history.differs'),
        result.identical ? 'success' : 'info',
      );
      setFresh(await api.call('booklets:list', { patientId: childId }));
    } catch (error) {
      reportError(error);
    } finally {
      setBusy(null);
    }
  };

  const items = fresh ?? list.value;
  if (list.error && !fresh) {
    return <LoadFailed title={t('booklet.history.loadFailed')} error={list.error} onRetry={list.reload} />;
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

  const choices: { choice: Choice; label: string; icon: ReactNode }[] = desktop
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
              {b.reprintOf !== null && <Chip size="small" label={t('booklet.history.reprintOf')} />}
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
                disabled={busy !== null || !info.value}
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
      </Menu>
    </>
  );
}
