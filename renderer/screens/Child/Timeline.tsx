import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import EditIcon from '@mui/icons-material/EditOutlined';
import HistoryIcon from '@mui/icons-material/History';
import WarningIcon from '@mui/icons-material/WarningAmberOutlined';
import type { Assessment, FootAssessment } from '../../../shared/contract';
import { useI18n } from '../../i18n';
import { paths, useRouter } from '../../router';
import { angleWords, degreeWords } from './assessment-text';

interface Props {
  childId: number;
  assessments: readonly Assessment[];
  onHistory(assessment: Assessment): void;
}

/** The child's assessments, newest first: date, clinician, both feet, red flags, edits. */
export function Timeline({ childId, assessments, onHistory }: Props) {
  const i18n = useI18n();
  const { t, date } = i18n;
  const { navigate } = useRouter();

  if (assessments.length === 0) {
    return (
      <Box sx={{ py: 3, px: 2, textAlign: 'center', bgcolor: 'action.hover', borderRadius: 1 }}>
        <Typography sx={{ fontWeight: 600, mb: 0.5 }}>{t('timeline.empty.title')}</Typography>
        <Typography variant="body2" sx={{ color: 'text.secondary' }}>
          {t('timeline.empty.body')}
        </Typography>
      </Box>
    );
  }

  const foot = (f: FootAssessment) =>
    degreeWords(i18n, f.degree) + (f.heelAngle !== null ? `, ${angleWords(i18n, f.heelAngle)}` : '');

  return (
    <Box component="ol" aria-label={t('timeline.listLabel')} sx={{ m: 0, p: 0, position: 'relative' }}>
      {assessments.map((a, index) => {
        const when = date(a.assessedOn);
        const last = index === assessments.length - 1;
        return (
          <Box
            component="li"
            key={a.id}
            aria-label={when}
            sx={{ listStyle: 'none', display: 'grid', gridTemplateColumns: '24px 1fr', columnGap: 2 }}
          >
            {/* The rail: a dot per visit, joined by a line. */}
            <Box aria-hidden sx={{ position: 'relative', display: 'flex', justifyContent: 'center' }}>
              <Box
                sx={{
                  width: 12,
                  height: 12,
                  mt: 0.75,
                  borderRadius: '50%',
                  bgcolor: index === 0 ? 'primary.main' : 'background.paper',
                  border: 2,
                  borderColor: 'primary.main',
                  zIndex: 1,
                }}
              />
              {!last && (
                <Box sx={{ position: 'absolute', top: 20, bottom: -6, width: 2, bgcolor: 'divider', left: 11 }} />
              )}
            </Box>
            <Box sx={{ pb: last ? 0 : 3, minWidth: 0 }}>
              <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 0.5 }}>
                <Typography sx={{ fontWeight: 600 }}>{when}</Typography>
                <Typography sx={{ color: 'text.secondary' }}>{a.clinicianName}</Typography>
                {a.revisions > 0 && (
                  <Tooltip title={t('timeline.editedTooltip')}>
                    <Chip
                      size="small"
                      variant="outlined"
                      icon={<HistoryIcon />}
                      label={t('timeline.edited')}
                      onClick={() => onHistory(a)}
                      aria-label={t('timeline.editedLabel', { date: when })}
                    />
                  </Tooltip>
                )}
                <Box sx={{ flex: 1 }} />
                <Button
                  size="small"
                  startIcon={<EditIcon />}
                  href={paths.assessEdit(a.id, childId)}
                  onClick={(event) => {
                    event.preventDefault();
                    navigate(paths.assessEdit(a.id, childId));
                  }}
                  aria-label={t('timeline.editLabel', { date: when })}
                >
                  {t('timeline.edit')}
                </Button>
              </Stack>
              <Typography sx={{ mt: 0.25 }}>
                {t('timeline.feet', { left: foot(a.left), right: foot(a.right) })}
              </Typography>
              <Box sx={{ mt: 0.75 }}>
                {a.redFlags.length === 0 ? (
                  <Typography variant="body2" sx={{ color: 'text.secondary' }}>
                    {t('timeline.noRedFlags')}
                  </Typography>
                ) : (
                  <Stack
                    direction="row"
                    spacing={0.75}
                    sx={{ flexWrap: 'wrap', rowGap: 0.75 }}
                    component="ul"
                    aria-label={t('timeline.redFlags')}
                    style={{ margin: 0, padding: 0 }}
                  >
                    {a.redFlags.map((flag) => (
                      <Chip
                        key={flag}
                        component="li"
                        size="small"
                        color="error"
                        variant="outlined"
                        icon={<WarningIcon />}
                        label={t(`redFlag.${flag}`)}
                      />
                    ))}
                  </Stack>
                )}
              </Box>
              {a.notes && (
                <Typography
                  variant="body2"
                  sx={{ color: 'text.secondary', mt: 0.75, whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}
                >
                  {a.notes}
                </Typography>
              )}
            </Box>
          </Box>
        );
      })}
    </Box>
  );
}
