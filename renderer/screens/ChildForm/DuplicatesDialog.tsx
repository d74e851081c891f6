import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { ageOn, localToday, type DuplicateMatch } from '../../../shared/contract';
import { ChildAvatar } from '../../components/ChildAvatar';
import { fullName } from '../../../shared/person-name';
import { useI18n } from '../../i18n';
import { paths } from '../../router';

interface Props {
  matches: DuplicateMatch[] | null;
  onCreate(): void;
  onBack(): void;
  onOpen(id: number): void;
}

/** Children already in Valgo that look like the one being added: a warning, never a block. */
export function DuplicatesDialog({ matches, onCreate, onBack, onOpen }: Props) {
  const { t, date, age, language } = useI18n();
  const today = localToday();
  return (
    <Dialog
      open={matches !== null}
      onClose={onBack}
      aria-labelledby="duplicates-title"
      aria-describedby="duplicates-body"
      maxWidth="sm"
      fullWidth
    >
      <DialogTitle id="duplicates-title">{t('duplicates.title')}</DialogTitle>
      <DialogContent>
        <DialogContentText id="duplicates-body" sx={{ mb: 2 }}>
          {t('duplicates.body')}
        </DialogContentText>
        <Stack component="ul" spacing={1.5} sx={{ m: 0, p: 0 }} aria-label={t('duplicates.listLabel')}>
          {(matches ?? []).map(({ patient: p, reasons }) => {
            const name = fullName(p, language);
            return (
              <Box
                component="li"
                key={p.id}
                sx={{
                  listStyle: 'none',
                  display: 'flex',
                  gap: 2,
                  alignItems: 'center',
                  p: 1.5,
                  border: 1,
                  borderColor: 'divider',
                  borderRadius: 1,
                }}
              >
                <ChildAvatar firstName={p.firstName} lastName={p.lastName} size={40} />
                <Box sx={{ flex: 1, minWidth: 0 }}>
                  <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
                    <Typography sx={{ fontWeight: 600, overflowWrap: 'anywhere' }}>{name}</Typography>
                    {p.archived && <Chip size="small" label={t('common.archived')} />}
                  </Stack>
                  <Typography variant="body2" sx={{ color: 'text.secondary' }}>
                    {t('duplicates.details', {
                      date: date(p.dateOfBirth),
                      age: age(ageOn(p.dateOfBirth, today), 'short'),
                    })}
                    {p.guardianName && ` · ${p.guardianName}`}
                    {p.guardianPhone && ` · ${p.guardianPhone}`}
                  </Typography>
                  <Typography variant="body2" sx={{ color: 'warning.dark', fontWeight: 600, mt: 0.25 }}>
                    {reasons.map((r) => t(`duplicates.reason.${r}`)).join(' · ')}
                  </Typography>
                </Box>
                <Link
                  href={paths.child(p.id)}
                  onClick={(event) => {
                    event.preventDefault();
                    onOpen(p.id);
                  }}
                  aria-label={t('duplicates.openNamed', { name })}
                  sx={{ fontWeight: 600, flexShrink: 0 }}
                >
                  {t('duplicates.open')}
                </Link>
              </Box>
            );
          })}
        </Stack>
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2 }}>
        <Button onClick={onCreate} color="inherit">
          {t('duplicates.createAnyway')}
        </Button>
        <Button onClick={onBack} variant="contained" autoFocus>
          {t('duplicates.goBack')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
