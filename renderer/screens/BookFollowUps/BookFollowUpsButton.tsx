import Button from '@mui/material/Button';
import Tooltip from '@mui/material/Tooltip';
import EventIcon from '@mui/icons-material/EventAvailableOutlined';
import { dialogOpen, isTyping, useKeydown } from '../../hooks/shortcuts';
import { useT } from '../../i18n';
import { paths, useRouter } from '../../router';

/**
 * Opens Book follow-ups for the child (the plan's proposed visits with free slots).
 * Shortcut: F, when not typing. Meant for the child screen, next to "Prepare booklet".
 */
export function BookFollowUpsButton({
  childId,
  variant = 'outlined',
}: {
  childId: number;
  variant?: 'outlined' | 'contained' | 'text';
}) {
  const t = useT();
  const { navigate } = useRouter();
  const to = paths.bookFollowUps(childId);

  useKeydown((event) => {
    if (event.defaultPrevented || dialogOpen() || isTyping(event.target)) return;
    if (event.key.toLowerCase() === 'f' && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      navigate(to);
    }
  });

  return (
    <Tooltip title={t('bookFollowUps.buttonTooltip', { keys: 'F' })}>
      <Button
        variant={variant}
        startIcon={<EventIcon />}
        href={to}
        onClick={(event) => {
          event.preventDefault();
          navigate(to);
        }}
      >
        {t('bookFollowUps.button')}
      </Button>
    </Tooltip>
  );
}
