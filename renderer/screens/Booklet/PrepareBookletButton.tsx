import Button from '@mui/material/Button';
import Tooltip from '@mui/material/Tooltip';
import BookletIcon from '@mui/icons-material/MenuBookOutlined';
import { dialogOpen, isTyping, useKeydown } from '../../hooks/shortcuts';
import { useT } from '../../i18n';
import { paths, useRouter } from '../../router';

/**
 * The child screen's primary action once the child has an assessment: opens Prepare booklet.
 * Renders nothing before the first assessment ("Record assessment" is the primary action then).
 * Shortcut: B, when not typing.
 */
export function PrepareBookletButton({ childId, hasAssessment }: { childId: number; hasAssessment: boolean }) {
  const t = useT();
  const { navigate } = useRouter();
  const to = paths.booklet(childId);

  useKeydown((event) => {
    if (!hasAssessment || event.defaultPrevented || dialogOpen() || isTyping(event.target)) return;
    if (event.key.toLowerCase() === 'b' && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      navigate(to);
    }
  });

  if (!hasAssessment) return null;
  return (
    <Tooltip title={t('booklet.prepareTooltip', { keys: 'B' })}>
      <Button
        variant="contained"
        startIcon={<BookletIcon />}
        href={to}
        onClick={(event) => {
          event.preventDefault();
          navigate(to);
        }}
      >
        {t('booklet.prepare')}
      </Button>
    </Tooltip>
  );
}
