import Link from '@mui/material/Link';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import { useI18n } from '../../i18n';
import { paths, useRouter } from '../../router';

/** Props that make a link or button go to an in-app address without reloading the window. */
export function useInAppLink() {
  const { navigate } = useRouter();
  return (to: string) => ({
    href: to,
    onClick: (event: { preventDefault(): void }) => {
      event.preventDefault();
      navigate(to);
    },
  });
}

/** "← All children", above both views of a child. */
export function BackToChildren() {
  const { t } = useI18n();
  const link = useInAppLink();
  return (
    <Link
      {...link(paths.children())}
      underline="hover"
      sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5, alignSelf: 'flex-start' }}
    >
      <ArrowBackIcon fontSize="small" />
      {t('child.allChildren')}
    </Link>
  );
}
