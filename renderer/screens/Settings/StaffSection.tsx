import { useState } from 'react';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import Chip from '@mui/material/Chip';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { ROLES, type Role, type StaffChanged, type StaffMember } from '../../../shared/contract';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useNotifier } from '../../components/Notifier';
import { QueryState } from '../../components/QueryState';
import { useApiMutation, useApiQuery } from '../../data';
import { PasswordField } from '../../forms';
import { useI18n } from '../../i18n';
import { fieldErrors } from '../../session/issue-message';
import { useSession } from '../../session/session-context';
import { AddStaffForm } from './AddStaffForm';

/** Settings → Staff, for administrators: accounts, roles, passwords and the idle lock. */
export function StaffSection() {
  const session = useSession();
  if (session?.user.role !== 'admin') return null;
  return <StaffCard me={session.user.id} idleLockMinutes={session.idleLockMinutes} />;
}

function StaffCard({ me, idleLockMinutes }: { me: number; idleLockMinutes: number }) {
  const { t } = useI18n();
  const list = useApiQuery('staff:list', {});
  const { notify, reportError } = useNotifier();
  const update = useApiMutation('staff:update', { invalidates: ['staff'] });
  // The member stays named while the confirmation fades out; `confirming` opens and closes it.
  const [deactivating, setDeactivating] = useState<StaffMember | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [resetting, setResetting] = useState<StaffMember | null>(null);
  const [minutes, setMinutes] = useState(String(idleLockMinutes));
  const idle = useApiMutation('staff:idle-lock:set', {
    invalidates: ['staff'],
    onSuccess: () => notify(t('staff.section.saved')),
  });
  return (
    <Card sx={{ p: 4 }} component="section" aria-labelledby="staff-title">
      <Stack spacing={2.5}>
        <Typography variant="h2" id="staff-title">
          {t('staff.section.title')}
        </Typography>
        <Typography sx={{ color: 'text.secondary' }}>{t('staff.section.intro')}</Typography>
        <QueryState query={list} failedTitle={t('settings.loadFailed')}>
          {(members) => (
            <Stack
              component="ul"
              aria-label={t('staff.section.listLabel')}
              spacing={1.5}
              sx={{ listStyle: 'none', p: 0, m: 0 }}
            >
              {members.map((m) => (
                <Stack
                  component="li"
                  key={m.id}
                  direction="row"
                  spacing={2}
                  useFlexGap
                  sx={{ alignItems: 'center', flexWrap: 'wrap' }}
                >
                  <Typography sx={{ fontWeight: 600, minWidth: 160 }}>
                    {m.name} {m.id === me && `(${t('staff.section.you')})`}
                  </Typography>
                  <Typography sx={{ color: 'text.secondary', minWidth: 100 }}>{m.username}</Typography>
                  <TextField
                    select
                    size="small"
                    fullWidth={false}
                    label={t('staff.role')}
                    value={m.role}
                    disabled={!m.active}
                    onChange={(e) =>
                      update.mutate({ id: m.id, role: e.target.value as Role }, { onError: reportError })
                    }
                    sx={{ minWidth: 170 }}
                  >
                    {ROLES.map((r) => (
                      <MenuItem key={r} value={r}>
                        {t(`staff.role.${r}`)}
                      </MenuItem>
                    ))}
                  </TextField>
                  {!m.active && <Chip size="small" label={t('staff.section.inactive')} />}
                  <Button size="small" onClick={() => setResetting(m)}>
                    {t('staff.section.resetPassword')}
                  </Button>
                  {m.active ? (
                    m.id !== me && (
                      <Button
                        size="small"
                        color="inherit"
                        onClick={() => {
                          setDeactivating(m);
                          setConfirming(true);
                        }}
                      >
                        {t('staff.section.deactivate')}
                      </Button>
                    )
                  ) : (
                    <Button
                      size="small"
                      onClick={() => update.mutate({ id: m.id, active: true }, { onError: reportError })}
                    >
                      {t('staff.section.activate')}
                    </Button>
                  )}
                </Stack>
              ))}
            </Stack>
          )}
        </QueryState>
        <AddStaffForm />
        <Stack direction="row" spacing={2} sx={{ alignItems: 'flex-start' }}>
          <TextField
            type="number"
            label={t('staff.section.idleLock')}
            helperText={t('staff.section.idleLockHint')}
            value={minutes}
            onChange={(e) => setMinutes(e.target.value)}
            slotProps={{ htmlInput: { min: 1, max: 240 } }}
            sx={{ maxWidth: 420 }}
            fullWidth
          />
          <Button
            variant="outlined"
            onClick={() => idle.mutate({ minutes: Number(minutes) }, { onError: reportError })}
            sx={{ mt: 1 }}
          >
            {t('staff.section.save')}
          </Button>
        </Stack>
      </Stack>
      <ConfirmDialog
        open={confirming}
        title={t('staff.section.confirmDeactivate.title', { name: deactivating?.name ?? '' })}
        body={t('staff.section.confirmDeactivate.body', { name: deactivating?.name ?? '' })}
        confirmLabel={t('staff.section.deactivate')}
        destructive
        busy={update.isPending}
        onConfirm={() =>
          deactivating &&
          update.mutate(
            { id: deactivating.id, active: false },
            {
              onSuccess: (changed) => notify(signedOutMessage(t, changed) ?? t('staff.section.saved')),
              onError: reportError,
              onSettled: () => setConfirming(false),
            },
          )
        }
        onClose={() => setConfirming(false)}
      />
      {resetting && <ResetPassword member={resetting} onClose={() => setResetting(null)} />}
    </Card>
  );
}

/** What the admin is told when a change also signed the member out elsewhere (practice server). */
function signedOutMessage(t: ReturnType<typeof useI18n>['t'], changed: StaffChanged): string | null {
  if (changed.signedOutOn === undefined) return null;
  if (changed.signedOutOn === null) return t('staff.section.signedOutLater', { name: changed.name });
  if (changed.signedOutOn === 0) return t('staff.section.signedOutNowhere', { name: changed.name });
  return t('staff.section.signedOutOn', { name: changed.name, count: String(changed.signedOutOn) });
}

function ResetPassword({ member, onClose }: { member: StaffMember; onClose(): void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const { notify } = useNotifier();
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const reset = useApiMutation('staff:reset-password', {
    invalidates: ['staff'],
    onSuccess: (changed) => {
      notify(signedOutMessage(t, changed) ?? t('staff.section.saved'));
      onClose();
    },
  });
  return (
    <Stack
      component="form"
      noValidate
      direction="row"
      spacing={1.5}
      sx={{ mt: 2, alignItems: 'flex-start' }}
      onSubmit={(e) => {
        e.preventDefault();
        reset.mutate(
          { id: member.id, password },
          { onError: (failure) => setError(fieldErrors(i18n, failure).fields.password ?? null) },
        );
      }}
    >
      <PasswordField
        size="small"
        autoFocus
        label={`${t('staff.section.newPassword')} (${member.name})`}
        value={password}
        onChange={(e) => setPassword(e.target.value)}
        error={Boolean(error)}
        helperText={error}
        autoComplete="new-password"
      />
      <Button type="submit" variant="contained">
        {t('staff.section.save')}
      </Button>
      <Button onClick={onClose}>{t('staff.section.cancel')}</Button>
    </Stack>
  );
}
