import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import EditIcon from '@mui/icons-material/EditOutlined';
import { ageOn, localToday } from '../../../shared/contract';
import { fullName } from '../../../shared/person-name';
import { ChildAvatar } from '../../components/ChildAvatar';
import { QueryState } from '../../components/QueryState';
import { useApiQuery } from '../../data';
import { useI18n } from '../../i18n';
import { paths } from '../../router';
import { BackToChildren, useInAppLink } from './child-links';
import { BookFollowUpsButton, ChildVisits } from '../BookFollowUps';
import { BookletHistory } from '../Booklet';
import { GuardianList } from './GuardianList';

/**
 * The child as the front desk sees them: who they are, how to reach the family, the visits and
 * the booklets handed out (to reprint). No assessment, note or plan: main sends none to this role.
 */
export function FrontDeskChildScreen({ id }: { id: number }) {
  const { t, age, language } = useI18n();
  const record = useApiQuery('patients:record', { id });
  const link = useInAppLink();
  return (
    <Stack spacing={3}>
      <BackToChildren />
      <QueryState query={record} failedTitle={t('child.loadFailed')}>
        {({ patient }) => (
          <>
            <Card sx={{ p: 4 }} component="section" aria-labelledby="child-name">
              <Stack direction="row" spacing={3} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 2 }}>
                <ChildAvatar firstName={patient.firstName} lastName={patient.lastName} size={64} />
                <Box sx={{ flex: 1, minWidth: 240 }}>
                  <Typography variant="h1" id="child-name" sx={{ overflowWrap: 'anywhere' }}>
                    {fullName(patient, language)}
                  </Typography>
                  <Typography sx={{ color: 'text.secondary', mt: 0.5 }}>
                    {age(ageOn(patient.dateOfBirth, localToday()))}
                  </Typography>
                </Box>
                <Stack direction="row" spacing={1.5} useFlexGap sx={{ flexWrap: 'wrap' }}>
                  <BookFollowUpsButton childId={patient.id} />
                  <Button variant="outlined" startIcon={<EditIcon />} {...link(paths.childEdit(patient.id))}>
                    {t('child.edit')}
                  </Button>
                </Stack>
              </Stack>
              <Box sx={{ mt: 3 }}>
                <GuardianList guardians={patient.guardians} />
              </Box>
            </Card>
            <ChildVisits childId={id} />
            <Card sx={{ p: 4 }} component="section" aria-labelledby="booklets-title">
              <Typography variant="h2" id="booklets-title" sx={{ mb: 2 }}>
                {t('booklet.history.title')}
              </Typography>
              <BookletHistory childId={id} />
            </Card>
          </>
        )}
      </QueryState>
    </Stack>
  );
}
