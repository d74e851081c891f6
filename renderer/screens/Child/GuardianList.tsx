import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import CheckIcon from '@mui/icons-material/CheckCircleOutlined';
import BlockIcon from '@mui/icons-material/DoNotDisturbOnOutlined';
import EmailIcon from '@mui/icons-material/EmailOutlined';
import PhoneIcon from '@mui/icons-material/PhoneOutlined';
import TranslateIcon from '@mui/icons-material/Translate';
import type { Guardian } from '../../../shared/contract';
import { useT } from '../../i18n';

/**
 * The family's contacts at a glance: who, how to call or write, which language, whether they
 * agreed. Each phone shows as it was typed; the call link dials its E.164 form when main read one.
 */
export function GuardianList({ guardians }: { guardians: readonly Guardian[] }) {
  const t = useT();
  return (
    <Box
      component="ul"
      aria-label={t('child.guardians')}
      sx={{
        m: 0,
        p: 0,
        display: 'grid',
        gridTemplateColumns: 'repeat(auto-fill, minmax(300px, 1fr))',
        gap: 2,
      }}
    >
      {guardians.map((g, index) => (
        <Box
          component="li"
          key={g.id}
          aria-label={g.name}
          sx={{
            listStyle: 'none',
            p: 2,
            border: 1,
            borderColor: index === 0 ? 'primary.light' : 'divider',
            borderRadius: 1,
            minWidth: 0,
          }}
        >
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 0.5 }}>
            <Typography sx={{ fontWeight: 600, overflowWrap: 'anywhere' }}>{g.name}</Typography>
            <Typography sx={{ color: 'text.secondary' }}>{t(`relationship.${g.relationship}`)}</Typography>
            {index === 0 && <Chip size="small" color="primary" variant="outlined" label={t('child.mainContact')} />}
          </Stack>
          <Stack spacing={0.5} sx={{ mt: 1 }}>
            {g.phone && (
              <Link
                href={`tel:${g.phoneE164 ?? g.phone.replace(/[^\d+]/g, '')}`}
                aria-label={t('child.call', { phone: g.phone })}
                sx={{
                  display: 'inline-flex',
                  alignItems: 'center',
                  gap: 0.75,
                  fontSize: '1.0625rem',
                  width: 'fit-content',
                }}
              >
                <PhoneIcon fontSize="small" />
                <span style={{ fontVariantNumeric: 'tabular-nums' }}>{g.phone}</span>
              </Link>
            )}
            {g.email && (
              <Link
                href={`mailto:${g.email}`}
                aria-label={t('child.write', { email: g.email })}
                sx={{
                  display: 'inline-flex',
                  alignItems: 'center',
                  gap: 0.75,
                  width: 'fit-content',
                  overflowWrap: 'anywhere',
                }}
              >
                <EmailIcon fontSize="small" />
                {g.email}
              </Link>
            )}
            {!g.phone && !g.email && (
              <Typography variant="body2" sx={{ color: 'text.secondary' }}>
                {t('child.noContact')}
              </Typography>
            )}
          </Stack>
          <Stack
            direction="row"
            spacing={2}
            sx={{ mt: 1, color: 'text.secondary', flexWrap: 'wrap', rowGap: 0.5, alignItems: 'center' }}
          >
            <Typography variant="body2" sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5 }}>
              <TranslateIcon fontSize="inherit" aria-hidden />
              {t('child.reads', { language: t(`language.${g.preferredLanguage}`) })}
            </Typography>
            <Typography
              variant="body2"
              sx={{
                display: 'inline-flex',
                alignItems: 'center',
                gap: 0.5,
                color: g.contactConsent ? 'success.dark' : 'warning.dark',
              }}
            >
              {g.contactConsent ? (
                <CheckIcon fontSize="inherit" aria-hidden />
              ) : (
                <BlockIcon fontSize="inherit" aria-hidden />
              )}
              {t(g.contactConsent ? 'child.consentYes' : 'child.consentNo')}
            </Typography>
          </Stack>
        </Box>
      ))}
    </Box>
  );
}
