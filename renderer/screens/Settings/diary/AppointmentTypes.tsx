import { useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import AddIcon from '@mui/icons-material/Add';
import EditIcon from '@mui/icons-material/EditOutlined';
import type { AppointmentType } from '../../../../shared/contract';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { useNotifier } from '../../../components/Notifier';
import { useApiMutation } from '../../../data';
import { useI18n } from '../../../i18n';
import { typeName } from '../../Diary/format';
import { TypeDialog } from './TypeDialog';

/** Kinds of visit and their usual length; deactivated (after a confirmation), never deleted: past visits keep theirs. */
export function AppointmentTypes({ types }: { types: AppointmentType[] }) {
  const { t } = useI18n();
  const { notify, reportError } = useNotifier();
  const save = useApiMutation('appointment-types:save');
  const [editing, setEditing] = useState<AppointmentType | 'new' | null>(null);
  const [deactivating, setDeactivating] = useState<AppointmentType | null>(null);
  const [busy, setBusy] = useState<number | null>(null);

  const setActive = async (type: AppointmentType, active: boolean) => {
    setBusy(type.id);
    try {
      const stored = await save.mutateAsync({
        id: type.id,
        version: type.version,
        name: type.name,
        durationMinutes: type.durationMinutes,
        active,
      });
      notify(
        t(active ? 'diarySetup.types.reactivated' : 'diarySetup.types.deactivated', { name: typeName(t, stored) }),
      );
    } catch (error) {
      reportError(error);
    } finally {
      setBusy(null);
      setDeactivating(null);
    }
  };

  return (
    <Stack spacing={2}>
      {types.length === 0 ? (
        <Box sx={{ py: 2.5, px: 2, textAlign: 'center', bgcolor: 'action.hover', borderRadius: 1 }}>
          <Typography sx={{ color: 'text.secondary' }}>{t('diarySetup.types.empty')}</Typography>
        </Box>
      ) : (
        <Box
          component="ul"
          aria-label={t('diarySetup.types.listLabel')}
          sx={{ m: 0, p: 0, listStyle: 'none', border: 1, borderColor: 'divider', borderRadius: 1 }}
        >
          {types.map((x) => {
            const name = typeName(t, x);
            return (
              <Box
                component="li"
                key={x.id}
                aria-label={name}
                sx={{
                  display: 'flex',
                  alignItems: 'center',
                  gap: 2,
                  px: 2,
                  py: 1.25,
                  borderBottom: 1,
                  borderColor: 'divider',
                  '&:last-of-type': { borderBottom: 0 },
                  opacity: x.active ? 1 : 0.75,
                }}
              >
                <Box sx={{ flex: 1, minWidth: 0 }}>
                  <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
                    <Typography sx={{ fontWeight: 600 }}>{name}</Typography>
                    {!x.active && <Chip size="small" label={t('clinicians.inactive')} />}
                  </Stack>
                  <Typography variant="body2" sx={{ color: 'text.secondary' }}>
                    {t('diary.minutes', { count: x.durationMinutes })}
                  </Typography>
                </Box>
                <Button
                  size="small"
                  startIcon={<EditIcon />}
                  onClick={() => setEditing(x)}
                  aria-label={t('diarySetup.types.editLabel', { name })}
                >
                  {t('clinicians.edit')}
                </Button>
                <Button
                  size="small"
                  color="inherit"
                  disabled={busy === x.id}
                  onClick={() => (x.active ? setDeactivating(x) : void setActive(x, true))}
                  aria-label={t(x.active ? 'diarySetup.types.deactivateLabel' : 'diarySetup.types.reactivateLabel', {
                    name,
                  })}
                  sx={{ minWidth: 120, color: 'text.secondary' }}
                >
                  {t(x.active ? 'clinicians.deactivate' : 'clinicians.reactivate')}
                </Button>
              </Box>
            );
          })}
        </Box>
      )}
      <Box>
        <Button startIcon={<AddIcon />} onClick={() => setEditing('new')}>
          {t('diarySetup.types.add')}
        </Button>
      </Box>
      <TypeDialog
        key={editing === null ? 'closed' : editing === 'new' ? 'new' : editing.id}
        editing={editing}
        onClose={() => setEditing(null)}
        onSaved={(stored, created) => {
          setEditing(null);
          notify(created ? t('diarySetup.types.added', { name: typeName(t, stored) }) : t('common.saved'));
        }}
      />
      <ConfirmDialog
        open={deactivating !== null}
        title={t('diarySetup.types.confirmDeactivate.title', { name: deactivating ? typeName(t, deactivating) : '' })}
        body={t('diarySetup.types.confirmDeactivate.body', { name: deactivating ? typeName(t, deactivating) : '' })}
        confirmLabel={t('clinicians.deactivate')}
        destructive
        busy={busy !== null}
        onConfirm={() => deactivating && void setActive(deactivating, false)}
        onClose={() => setDeactivating(null)}
      />
    </Stack>
  );
}
