import { useEffect } from 'react';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import ArchiveIcon from '@mui/icons-material/ArchiveOutlined';
import { ageOn, localToday, type PatientSummary } from '../../../shared/contract';
import { ChildAvatar } from '../../components/ChildAvatar';
import { useI18n } from '../../i18n';
import { LIST_ID, optionId } from '../../search/child-search';

const COLUMNS = 'minmax(0, 2.2fr) minmax(0, 1.3fr) minmax(0, 1.1fr) minmax(0, 1.6fr) minmax(0, 1.2fr)';

interface Props {
  items: PatientSummary[];
  active: number;
  onHover(index: number): void;
  onOpen(id: number): void;
}

/** The children as a listbox: the search field owns the keyboard (aria-activedescendant). */
export function ChildList({ items, active, onHover, onOpen }: Props) {
  const { t, date, age } = useI18n();
  const today = localToday();
  const activeId = items[active]?.id;

  useEffect(() => {
    if (activeId !== undefined) document.getElementById(optionId(activeId))?.scrollIntoView?.({ block: 'nearest' });
  }, [activeId]);

  return (
    <Paper variant="outlined" sx={{ overflow: 'hidden' }}>
      <Box
        aria-hidden
        sx={{
          display: 'grid',
          gridTemplateColumns: COLUMNS,
          columnGap: 2,
          px: 2.5,
          py: 1.25,
          borderBottom: 1,
          borderColor: 'divider',
          bgcolor: 'action.hover',
        }}
      >
        {(['child', 'age', 'dateOfBirth', 'guardian', 'phone'] as const).map((column) => (
          <Typography key={column} variant="body2" noWrap sx={{ fontWeight: 600, color: 'text.secondary' }}>
            {t(`children.column.${column}`)}
          </Typography>
        ))}
      </Box>
      <Box component="ul" role="listbox" id={LIST_ID} aria-label={t('children.listLabel')} sx={{ m: 0, p: 0 }}>
        {items.map((child, index) => {
          const selected = index === active;
          // Last name first, the middle name (patronymic) after the first: "Petrova, Anna Sergeevna".
          const first = [child.firstName, child.middleName].filter(Boolean).join(' ');
          const name = t('name.list', { first, last: child.lastName });
          return (
            <Box
              component="li"
              key={child.id}
              id={optionId(child.id)}
              role="option"
              aria-selected={selected}
              onClick={() => onOpen(child.id)}
              onMouseMove={() => !selected && onHover(index)}
              sx={{
                display: 'grid',
                gridTemplateColumns: COLUMNS,
                columnGap: 2,
                alignItems: 'center',
                px: 2.5,
                py: 1.5,
                cursor: 'pointer',
                listStyle: 'none',
                borderBottom: 1,
                borderColor: 'divider',
                '&:last-of-type': { borderBottom: 0 },
                boxShadow: selected ? 'inset 3px 0 0 0 var(--mui-palette-primary-main)' : 'none',
                bgcolor: selected ? 'rgba(var(--mui-palette-primary-mainChannel) / 0.08)' : 'transparent',
              }}
            >
              <Box sx={{ display: 'flex', alignItems: 'center', gap: 1.5, minWidth: 0 }}>
                <ChildAvatar firstName={child.firstName} lastName={child.lastName} size={34} />
                <Typography
                  noWrap
                  sx={{ fontWeight: 600, color: child.archived ? 'text.secondary' : undefined }}
                  title={name}
                >
                  {name}
                </Typography>
                {child.archived && (
                  <Chip size="small" icon={<ArchiveIcon />} label={t('children.archived')} sx={{ flexShrink: 0 }} />
                )}
              </Box>
              <Typography noWrap>{age(ageOn(child.dateOfBirth, today), 'short')}</Typography>
              <Typography noWrap sx={{ color: 'text.secondary' }}>
                {date(child.dateOfBirth)}
              </Typography>
              <Typography noWrap title={child.guardianName}>
                {child.guardianName}
              </Typography>
              <Typography noWrap sx={{ fontVariantNumeric: 'tabular-nums' }}>
                {child.guardianPhone}
              </Typography>
            </Box>
          );
        })}
      </Box>
    </Paper>
  );
}
