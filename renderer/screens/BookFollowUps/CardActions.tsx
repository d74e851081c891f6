import { useState } from 'react';
import Button from '@mui/material/Button';
import ButtonGroup from '@mui/material/ButtonGroup';
import CircularProgress from '@mui/material/CircularProgress';
import ListItemText from '@mui/material/ListItemText';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import Tooltip from '@mui/material/Tooltip';
import ArrowDropDownIcon from '@mui/icons-material/ArrowDropDown';
import CalendarIcon from '@mui/icons-material/EventOutlined';
import PrintIcon from '@mui/icons-material/PrintOutlined';
import { useT } from '../../i18n';
import { usePrinting } from '../Diary/usePrinting';

/** "Print card" (A6 pocket card; A4 sheet from the menu) and "Add to calendar (.ics)" for one child. */
export function CardActions(props: {
  childId: number;
  childName: string;
  autoFocus?: boolean;
  size?: 'small' | 'medium';
}) {
  const t = useT();
  const printing = usePrinting();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const menu = anchor !== null;
  const size = props.size ?? 'medium';
  const busyIcon = <CircularProgress size={16} color="inherit" aria-hidden />;

  return (
    <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap', rowGap: 1 }}>
      <ButtonGroup variant="contained" size={size} aria-label={t('diary.card.group')}>
        <Tooltip title={t('diary.card.a6Hint')}>
          <Button
            startIcon={printing.busy === 'card-A6' ? busyIcon : <PrintIcon />}
            disabled={printing.busy !== null}
            onClick={() => void printing.printCard(props.childId, 'A6', props.childName)}
            autoFocus={props.autoFocus}
          >
            {t('diary.card.print')}
          </Button>
        </Tooltip>
        <Button
          aria-label={t('diary.card.choose')}
          aria-haspopup="menu"
          aria-expanded={menu}
          disabled={printing.busy !== null}
          onClick={(event) => setAnchor(event.currentTarget)}
          sx={{ px: 0.5, minWidth: 0 }}
        >
          {printing.busy === 'card-A4' ? busyIcon : <ArrowDropDownIcon />}
        </Button>
      </ButtonGroup>
      <Menu anchorEl={anchor} open={menu} onClose={() => setAnchor(null)}>
        <MenuItem
          onClick={() => {
            setAnchor(null);
            void printing.printCard(props.childId, 'A6', props.childName);
          }}
        >
          <ListItemText primary={t('diary.card.a6')} secondary={t('diary.card.a6Hint')} />
        </MenuItem>
        <MenuItem
          onClick={() => {
            setAnchor(null);
            void printing.printCard(props.childId, 'A4', props.childName);
          }}
        >
          <ListItemText primary={t('diary.card.a4')} secondary={t('diary.card.a4Hint')} />
        </MenuItem>
      </Menu>
      <Button
        variant="outlined"
        size={size}
        startIcon={printing.busy === 'ics' ? busyIcon : <CalendarIcon />}
        disabled={printing.busy !== null}
        onClick={() => void printing.downloadIcs(props.childId)}
      >
        {t('diary.ics.add')}
      </Button>
    </Stack>
  );
}
