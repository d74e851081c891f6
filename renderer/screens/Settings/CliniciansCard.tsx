import { useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import AddIcon from '@mui/icons-material/PersonAddAlt';
import EditIcon from '@mui/icons-material/EditOutlined';
import type { Clinician } from '../../../shared/contract';
import { useNotifier } from '../../components/Notifier';
import { QueryState } from '../../components/QueryState';
import { useApiMutation, useApiQuery } from '../../data';
import { useI18n } from '../../i18n';
import { ClinicianDialog } from './ClinicianDialog';
import { DeactivateClinician } from './DeactivateClinician';

/** The practice's clinicians: add, edit, deactivate and reactivate (never delete: past visits keep the name). */
export function CliniciansCard() {
  const { t } = useI18n();
  const { notify, reportError } = useNotifier();
  const query = useApiQuery('clinicians:list', {});
  const update = useApiMutation('clinicians:update');
  const [editing, setEditing] = useState<Clinician | 'new' | null>(null);
  const [deactivating, setDeactivating] = useState<Clinician | null>(null);
  const [busy, setBusy] = useState<number | null>(null);

  const setActive = async (c: Clinician, active: boolean) => {
    setBusy(c.id);
    try {
      const { id: _, version, ...rest } = c;
      const stored = await update.mutateAsync({ id: c.id, version, clinician: { ...rest, active } });
      notify(t(active ? 'clinicians.reactivated' : 'clinicians.deactivated', { name: stored.name }));
    } catch (error) {
      reportError(error);
    } finally {
      setBusy(null);
      setDeactivating(null);
    }
  };

  return (
    <Card sx={{ p: 4 }} component="section" aria-labelledby="clinicians-title">
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', justifyContent: 'space-between', mb: 0.5 }}>
        <Typography variant="h2" id="clinicians-title">
          {t('clinicians.title')}
        </Typography>
        <Button variant="outlined" startIcon={<AddIcon />} onClick={() => setEditing('new')} disabled={!query.data}>
          {t('clinicians.add')}
        </Button>
      </Stack>
      <Typography variant="body2" sx={{ color: 'text.secondary', mb: 2.5 }}>
        {t('clinicians.hint')}
      </Typography>
      <QueryState query={query} failedTitle={t('clinicians.loadFailed')}>
        {(list) =>
          list.length === 0 ? (
            <Box sx={{ py: 3, px: 2, textAlign: 'center', bgcolor: 'action.hover', borderRadius: 1 }}>
              <Typography sx={{ color: 'text.secondary' }}>{t('clinicians.empty')}</Typography>
            </Box>
          ) : (
            <Box
              component="ul"
              aria-label={t('clinicians.listLabel')}
              sx={{ m: 0, p: 0, border: 1, borderColor: 'divider', borderRadius: 1 }}
            >
              {list.map((c) => (
                <Box
                  component="li"
                  key={c.id}
                  aria-label={c.name}
                  sx={{
                    listStyle: 'none',
                    display: 'flex',
                    alignItems: 'center',
                    gap: 2,
                    px: 2,
                    py: 1.5,
                    borderBottom: 1,
                    borderColor: 'divider',
                    '&:last-of-type': { borderBottom: 0 },
                    opacity: c.active ? 1 : 0.75,
                  }}
                >
                  <Box sx={{ flex: 1, minWidth: 0 }}>
                    <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
                      <Typography sx={{ fontWeight: 600, overflowWrap: 'anywhere' }}>{c.name}</Typography>
                      {!c.active && <Chip size="small" label={t('clinicians.inactive')} />}
                    </Stack>
                    <Typography variant="body2" sx={{ color: 'text.secondary' }}>
                      {[c.title, c.phone].filter(Boolean).join(' · ')}
                    </Typography>
                  </Box>
                  <Button
                    size="small"
                    startIcon={<EditIcon />}
                    onClick={() => setEditing(c)}
                    aria-label={t('clinicians.editLabel', { name: c.name })}
                  >
                    {t('clinicians.edit')}
                  </Button>
                  <Button
                    size="small"
                    color="inherit"
                    disabled={busy === c.id}
                    onClick={() => (c.active ? setDeactivating(c) : void setActive(c, true))}
                    aria-label={t(c.active ? 'clinicians.deactivateLabel' : 'clinicians.reactivateLabel', {
                      name: c.name,
                    })}
                    sx={{ minWidth: 120, color: 'text.secondary' }}
                  >
                    {t(c.active ? 'clinicians.deactivate' : 'clinicians.reactivate')}
                  </Button>
                </Box>
              ))}
            </Box>
          )
        }
      </QueryState>
      <ClinicianDialog
        key={editing === null ? 'closed' : editing === 'new' ? 'new' : `${editing.id}:${editing.version}`}
        editing={editing}
        onClose={() => setEditing(null)}
        onSaved={(stored, created) => {
          setEditing(null);
          notify(created ? t('clinicians.added', { name: stored.name }) : t('common.saved'));
        }}
        onLoadTheirs={() =>
          void query.refetch().then(({ data }) => {
            const theirs = editing && editing !== 'new' ? data?.find((c) => c.id === editing.id) : undefined;
            if (theirs) setEditing(theirs);
          })
        }
      />
      <DeactivateClinician
        clinician={deactivating}
        busy={busy !== null}
        onConfirm={(c) => void setActive(c, false)}
        onClose={() => setDeactivating(null)}
      />
    </Card>
  );
}
