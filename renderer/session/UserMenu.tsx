import { useId, useState } from 'react';
import Button from '@mui/material/Button';
import ListItemText from '@mui/material/ListItemText';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import AccountIcon from '@mui/icons-material/AccountCircleOutlined';
import { useT } from '../i18n';
import { useSession, useSessionActions } from './session-context';

/** The app bar's account button: who is signed in, Lock now, Switch user, Sign out. */
export function UserMenu() {
  const t = useT();
  const session = useSession();
  const actions = useSessionActions();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const id = useId();
  if (!session) return null;
  const { user } = session;
  const run = (action: () => Promise<void>) => () => {
    setAnchor(null);
    void action();
  };
  return (
    <>
      <Button
        color="inherit"
        startIcon={<AccountIcon />}
        aria-haspopup="menu"
        aria-expanded={anchor ? 'true' : undefined}
        aria-controls={anchor ? id : undefined}
        aria-label={t('staff.menu.label', { name: user.name })}
        onClick={(event) => setAnchor(event.currentTarget)}
        sx={{ color: 'text.secondary', maxWidth: 200 }}
      >
        <span style={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>{user.name}</span>
      </Button>
      <Menu id={id} anchorEl={anchor} open={Boolean(anchor)} onClose={() => setAnchor(null)}>
        <MenuItem disabled divider>
          <ListItemText primary={user.name} secondary={t(`staff.role.${user.role}`)} />
        </MenuItem>
        <MenuItem onClick={run(actions.lock)}>{t('staff.menu.lockNow')}</MenuItem>
        <MenuItem onClick={run(actions.signOut)}>{t('staff.menu.switchUser')}</MenuItem>
        <MenuItem onClick={run(actions.signOut)}>{t('staff.menu.signOut')}</MenuItem>
      </Menu>
    </>
  );
}
