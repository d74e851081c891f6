import { useState, type ReactNode } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import Chip from '@mui/material/Chip';
import Divider from '@mui/material/Divider';
import Stack from '@mui/material/Stack';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import AddIcon from '@mui/icons-material/PostAdd';
import ArchiveIcon from '@mui/icons-material/ArchiveOutlined';
import EditIcon from '@mui/icons-material/EditOutlined';
import UnarchiveIcon from '@mui/icons-material/UnarchiveOutlined';
import { ageOn, localToday, type Patient } from '../../../shared/contract';
import { fullName } from '../../../shared/person-name';
import { ChildAvatar } from '../../components/ChildAvatar';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useNotifier } from '../../components/Notifier';
import { useApiMutation } from '../../data';
import { modKeys } from '../../hooks/shortcuts';
import { useI18n } from '../../i18n';
import { paths } from '../../router';
import { BookFollowUpsButton } from '../BookFollowUps';
import { PrepareBookletButton } from '../Booklet';
import { ExportRecordButton } from './ExportRecordButton';
import { DataRightsButtons } from './DataRightsButtons';
import { GuardianList } from './GuardianList';

interface Props {
  patient: Patient;
  hasAssessment: boolean;
  /** A same-page link: href for the address bar, click handled by the router. */
  link(to: string): { href: string; onClick(event: { preventDefault(): void }): void };
}

/** Who the child is, what to do next, and how to reach the family. */
export function ChildHeader({ patient: p, hasAssessment, link }: Props) {
  const { t, date, age, language } = useI18n();
  const { notify, reportError } = useNotifier();
  const [asking, setAsking] = useState<'archive' | 'unarchive' | null>(null);
  const name = fullName(p, language);
  const archived = p.archivedAt !== null;
  // The stored child comes back and every read of children (this record, the list) reads again.
  const archive = useApiMutation('patients:archive', {
    invalidates: ['patients'],
    onSuccess: (stored) => notify(t(stored.archivedAt ? 'child.archived' : 'child.unarchived', { name })),
  });
  const confirm = () =>
    archive.mutate(
      { id: p.id, archived: asking === 'archive' },
      { onError: reportError, onSettled: () => setAsking(null) },
    );

  return (
    <Card sx={{ p: 4 }} component="section" aria-labelledby="child-name">
      {/* Flex gaps, not margins: a row that wraps starts at the card's edge, not indented. */}
      <Stack direction="row" spacing={3} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 2 }}>
        <ChildAvatar firstName={p.firstName} lastName={p.lastName} size={64} />
        <Box sx={{ flex: 1, minWidth: 240 }}>
          <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
            <Typography variant="h1" id="child-name" sx={{ overflowWrap: 'anywhere' }}>
              {name}
            </Typography>
            {archived && <Chip label={t('child.archivedBadge')} size="small" icon={<ArchiveIcon />} />}
          </Stack>
          <Typography sx={{ color: 'text.secondary', mt: 0.5, fontSize: '1.0625rem' }}>
            {age(ageOn(p.dateOfBirth, localToday()))}
          </Typography>
        </Box>
        <Stack direction="row" spacing={1.5} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1 }}>
          {/* One primary action at a time: record the first assessment, then prepare the booklet. */}
          <PrepareBookletButton childId={p.id} hasAssessment={hasAssessment} />
          <BookFollowUpsButton childId={p.id} />
          <Tooltip title={t('child.recordTooltip', { keys: 'A' })}>
            <Button
              variant={hasAssessment ? 'outlined' : 'contained'}
              startIcon={<AddIcon />}
              {...link(paths.assessNew(p.id))}
            >
              {t('child.recordAssessment')}
            </Button>
          </Tooltip>
          <Tooltip title={t('child.editTooltip', { keys: modKeys('E') })}>
            <Button variant="outlined" startIcon={<EditIcon />} {...link(paths.childEdit(p.id))}>
              {t('child.edit')}
            </Button>
          </Tooltip>
          <ExportRecordButton childId={p.id} />
          <DataRightsButtons patient={p} />
          <Button
            color="inherit"
            startIcon={archived ? <UnarchiveIcon /> : <ArchiveIcon />}
            onClick={() => setAsking(archived ? 'unarchive' : 'archive')}
            sx={{ color: 'text.secondary' }}
          >
            {t(archived ? 'child.unarchive' : 'child.archive')}
          </Button>
        </Stack>
      </Stack>
      <Box
        component="dl"
        sx={{ m: 0, mt: 3, display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(200px, 1fr))', gap: 3 }}
      >
        <Detail label={t('child.dateOfBirth')}>{date(p.dateOfBirth, 'long')}</Detail>
        <Detail label={t('child.sex')}>{t(p.sex === 'female' ? 'sex.female' : 'sex.male')}</Detail>
        {p.notes && (
          <Detail label={t('child.notes')} wide>
            <Box component="span" sx={{ whiteSpace: 'pre-line' }}>
              {p.notes}
            </Box>
          </Detail>
        )}
      </Box>
      <Divider sx={{ my: 3 }} />
      <Typography variant="h3" component="h2" sx={{ mb: 1.5 }}>
        {t('child.guardians')}
      </Typography>
      <GuardianList guardians={p.guardians} />
      <ConfirmDialog
        open={asking !== null}
        title={asking === 'unarchive' ? t('patients.unarchiveTitle', { name }) : t('child.archiveTitle', { name })}
        body={asking === 'unarchive' ? t('patients.unarchiveBody') : t('child.archiveBody')}
        confirmLabel={t(asking === 'unarchive' ? 'child.unarchive' : 'child.archive')}
        busy={archive.isPending}
        onConfirm={confirm}
        onClose={() => setAsking(null)}
      />
    </Card>
  );
}

function Detail({ label, children, wide }: { label: string; children: ReactNode; wide?: boolean }) {
  return (
    <Box sx={{ minWidth: 0, gridColumn: wide ? '1 / -1' : undefined }}>
      <Typography component="dt" variant="body2" sx={{ color: 'text.secondary', mb: 0.5 }}>
        {label}
      </Typography>
      <Typography component="dd" sx={{ m: 0, fontSize: '1.0625rem', overflowWrap: 'anywhere' }}>
        {children}
      </Typography>
    </Box>
  );
}
