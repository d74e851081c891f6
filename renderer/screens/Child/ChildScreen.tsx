import type { ReactNode } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import Divider from '@mui/material/Divider';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import EditIcon from '@mui/icons-material/EditOutlined';
import PhoneIcon from '@mui/icons-material/PhoneOutlined';
import { ageOn, localToday } from '../../../shared/contract';
import { useApi } from '../../api-context';
import { ChildAvatar } from '../../components/ChildAvatar';
import { LoadFailed } from '../../components/LoadFailed';
import { PageLoading } from '../../components/PageLoading';
import { dialogOpen, isMod, modKeys, useKeydown } from '../../hooks/shortcuts';
import { useLoad } from '../../hooks/useLoad';
import { useI18n } from '../../i18n';
import { paths, useRouter } from '../../router';

/** One child: who they are and how to reach the family. */
export function ChildScreen({ id }: { id: number }) {
  const api = useApi();
  const { t, date, age } = useI18n();
  const { navigate } = useRouter();
  const child = useLoad(`child:${id}`, () => api.call('patients:get', { id }));

  useKeydown((event) => {
    if (child.value && !event.defaultPrevented && !dialogOpen() && isMod(event, 'e')) {
      event.preventDefault();
      navigate(paths.childEdit(id));
    }
  });

  const backLink = (
    <Link
      href={paths.children()}
      onClick={(event) => {
        event.preventDefault();
        navigate(paths.children());
      }}
      underline="hover"
      sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5, alignSelf: 'flex-start' }}
    >
      <ArrowBackIcon fontSize="small" />
      {t('child.allChildren')}
    </Link>
  );

  if (child.error) {
    return (
      <Stack spacing={3}>
        {backLink}
        <LoadFailed title={t('child.loadFailed')} error={child.error} onRetry={child.reload} />
      </Stack>
    );
  }
  const p = child.value;
  if (!p) return <PageLoading />;

  const name = t('name.full', { first: p.firstName, last: p.lastName });
  return (
    <Stack spacing={3}>
      {backLink}
      <Card sx={{ p: 4 }}>
        <Stack direction="row" spacing={3} sx={{ alignItems: 'center' }}>
          <ChildAvatar firstName={p.firstName} lastName={p.lastName} size={64} />
          <Box sx={{ flex: 1, minWidth: 0 }}>
            <Typography variant="h1" sx={{ overflowWrap: 'anywhere' }}>
              {name}
            </Typography>
            <Typography sx={{ color: 'text.secondary', mt: 0.5, fontSize: '1.0625rem' }}>
              {age(ageOn(p.dateOfBirth, localToday()))}
            </Typography>
          </Box>
          <Tooltip title={t('child.editTooltip', { keys: modKeys('E') })}>
            <Button
              variant="outlined"
              startIcon={<EditIcon />}
              href={paths.childEdit(id)}
              onClick={(event) => {
                event.preventDefault();
                navigate(paths.childEdit(id));
              }}
            >
              {t('child.edit')}
            </Button>
          </Tooltip>
        </Stack>
        <Divider sx={{ my: 3 }} />
        <Box
          component="dl"
          sx={{ m: 0, display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(200px, 1fr))', gap: 3 }}
        >
          <Detail label={t('child.dateOfBirth')}>{date(p.dateOfBirth, 'long')}</Detail>
          <Detail label={t('child.sex')}>{t(p.sex === 'female' ? 'sex.female' : 'sex.male')}</Detail>
          <Detail label={t('child.guardian')}>
            <Box>{p.guardian.name}</Box>
            {p.guardian.phone && (
              <Link
                href={`tel:${p.guardian.phone.replace(/[^\d+]/g, '')}`}
                aria-label={t('child.call', { phone: p.guardian.phone })}
                sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.75, mt: 0.5 }}
              >
                <PhoneIcon fontSize="small" />
                {p.guardian.phone}
              </Link>
            )}
          </Detail>
        </Box>
      </Card>
    </Stack>
  );
}

function Detail({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Box sx={{ minWidth: 0 }}>
      <Typography component="dt" variant="body2" sx={{ color: 'text.secondary', mb: 0.5 }}>
        {label}
      </Typography>
      <Typography component="dd" sx={{ m: 0, fontSize: '1.0625rem', overflowWrap: 'anywhere' }}>
        {children}
      </Typography>
    </Box>
  );
}
