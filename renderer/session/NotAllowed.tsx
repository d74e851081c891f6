import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import { useT } from '../i18n';
import { useSession } from './session-context';

/** Where a role lands on a screen it may not use (an old link, a typed address). */
export function NotAllowed() {
  const t = useT();
  const role = useSession()?.user.role ?? 'receptionist';
  return (
    <Alert severity="info">
      <AlertTitle>{t('staff.notAllowed.title')}</AlertTitle>
      {t('staff.notAllowed.body', { role: t(`staff.role.${role}`) })}
    </Alert>
  );
}
