import { useId } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { Assessment, AssessmentInput, AssessmentRevision } from '../../../shared/contract';
import { QueryState } from '../../components/QueryState';
import { useApiQuery } from '../../data';
import { useI18n } from '../../i18n';
import { assessmentSentences, changesBetween, type Change } from './assessment-text';

/** The input part of an assessment (what a revision stores). */
function inputOf(a: Assessment): AssessmentInput {
  return {
    patientId: a.patientId,
    clinicianId: a.clinicianId,
    assessedOn: a.assessedOn,
    left: a.left,
    right: a.right,
    redFlags: a.redFlags,
    weightKg: a.weightKg,
    heightCm: a.heightCm,
    overweight: a.overweight,
    notes: a.notes,
  };
}

/** Every earlier version of an edited assessment, newest first, each with what changed after it. */
export function HistoryDialog({ assessment, onClose }: { assessment: Assessment | null; onClose(): void }) {
  const { t, date } = useI18n();
  return (
    <Dialog
      open={assessment !== null}
      onClose={onClose}
      aria-labelledby="history-title"
      maxWidth="md"
      fullWidth
      scroll="paper"
    >
      {assessment && (
        <>
          <DialogTitle id="history-title">{t('history.title', { date: date(assessment.assessedOn) })}</DialogTitle>
          <DialogContent dividers>
            <HistoryBody assessment={assessment} />
          </DialogContent>
        </>
      )}
      <DialogActions sx={{ px: 3, py: 1.5 }}>
        <Button onClick={onClose} variant="contained" autoFocus>
          {t('action.close')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}

function HistoryBody({ assessment }: { assessment: Assessment }) {
  const i18n = useI18n();
  const { t } = i18n;
  // Edits invalidate the `assessments` domain, so the cached versions are never stale.
  const history = useApiQuery('assessments:history', { id: assessment.id });
  // Names for the clinicians an earlier version pointed to; the current one is already known.
  const clinicians = useApiQuery('clinicians:list', {});

  const clinicianName = (id: number) =>
    id === assessment.clinicianId
      ? assessment.clinicianName
      : (clinicians.data?.find((c) => c.id === id)?.name ?? t('history.clinicianN', { id }));
  return (
    <QueryState query={history} failedTitle={t('history.loadFailed')}>
      {(revisions) => <Versions assessment={assessment} revisions={revisions} clinicianName={clinicianName} />}
    </QueryState>
  );
}

function Versions({
  assessment,
  revisions,
  clinicianName,
}: {
  assessment: Assessment;
  revisions: AssessmentRevision[];
  clinicianName(id: number): string;
}) {
  const i18n = useI18n();
  const { t, dateTime } = i18n;
  const current = inputOf(assessment);
  // Oldest first from main; each version is followed by the next newer one (the last by the current).
  const versions = revisions.map((r, index) => ({
    ...r,
    changes: changesBetween(i18n, r.data, revisions[index + 1]?.data ?? current, clinicianName),
  }));

  return (
    <Stack spacing={2.5}>
      <Version
        title={t('history.current')}
        meta={t('history.currentMeta', { when: dateTime(assessment.updatedAt) })}
        sentences={assessmentSentences(i18n, current)}
        notes={current.notes}
        highlight
      />
      {versions.length === 0 && <Typography>{t('history.empty')}</Typography>}
      {[...versions].reverse().map((v) => (
        <Version
          key={v.revision}
          title={t('history.version', { n: v.revision })}
          meta={t('history.versionMeta', { when: dateTime(v.replacedAt) })}
          sentences={assessmentSentences(i18n, v.data)}
          notes={v.data.notes}
          changes={v.changes}
        />
      ))}
    </Stack>
  );
}

function Version(props: {
  title: string;
  meta: string;
  sentences: string[];
  notes: string;
  changes?: Change[];
  highlight?: boolean;
}) {
  const { t } = useI18n();
  const headingId = useId();
  return (
    <Box
      component="section"
      aria-labelledby={headingId}
      sx={{ border: 1, borderColor: props.highlight ? 'primary.light' : 'divider', borderRadius: 1, p: 2 }}
    >
      <Stack direction="row" spacing={1.5} sx={{ alignItems: 'baseline', flexWrap: 'wrap' }}>
        <Typography variant="h3" component="h3" id={headingId}>
          {props.title}
        </Typography>
        <Typography variant="body2" sx={{ color: 'text.secondary' }}>
          {props.meta}
        </Typography>
      </Stack>
      <Typography sx={{ mt: 1 }}>{props.sentences.join(' ')}</Typography>
      {props.notes && (
        <Typography variant="body2" sx={{ mt: 0.5, color: 'text.secondary', whiteSpace: 'pre-line' }}>
          {props.notes}
        </Typography>
      )}
      {props.changes && (
        <Box sx={{ mt: 1.5 }}>
          <Typography variant="body2" sx={{ fontWeight: 600 }}>
            {t('history.changed')}
          </Typography>
          {props.changes.length === 0 ? (
            <Typography variant="body2">{t('history.noChange')}</Typography>
          ) : (
            <Box component="ul" sx={{ m: 0, mt: 0.5, pl: 2.5 }}>
              {props.changes.map((c) => (
                <Typography component="li" variant="body2" key={c.field}>
                  <Box component="span" sx={{ fontWeight: 600 }}>
                    {c.field}:
                  </Box>{' '}
                  <Box component="span" sx={{ textDecoration: 'line-through', color: 'text.secondary' }}>
                    {c.from}
                  </Box>
                  {' → '}
                  <Box component="span">{c.to}</Box>
                </Typography>
              ))}
            </Box>
          )}
        </Box>
      )}
    </Box>
  );
}
