import { useState } from 'react';
import Card from '@mui/material/Card';
import Stack from '@mui/material/Stack';
import TablePagination from '@mui/material/TablePagination';
import Typography from '@mui/material/Typography';
import type { AuditListInput } from '../../../shared/contract';
import { QueryState } from '../../components/QueryState';
import { useApiQuery } from '../../data';
import { useI18n } from '../../i18n';
import { AuditFilters, NO_FILTERS, type Filters } from './AuditFilters';
import { AuditTable } from './AuditTable';
import { VerifyPanel } from './VerifyPanel';

const PAGE_SIZES = [25, 50, 100];

/** Local midnight of a YYYY-MM-DD day, `days` later, as an instant. */
function dayStart(date: string, days = 0): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(y!, m! - 1, d! + days).toISOString();
}

/** What main is asked for: the filters as ids and instants ("to" includes its whole day). */
export function listInput(filters: Filters, page: number, size: number): AuditListInput {
  return {
    ...(filters.userId !== null ? { userId: filters.userId } : {}),
    ...(filters.child ? { patientId: filters.child.id } : {}),
    ...(filters.channel ? { channel: filters.channel } : {}),
    ...(/^\d{4}-\d{2}-\d{2}$/.test(filters.from) ? { from: dayStart(filters.from) } : {}),
    ...(/^\d{4}-\d{2}-\d{2}$/.test(filters.to) ? { to: dayStart(filters.to, 1) } : {}),
    offset: page * size,
    limit: size,
  };
}

/** The audit log (`#/audit`, admins): who opened or changed which child's record, with a chain check. */
export function AuditScreen() {
  const { t } = useI18n();
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [page, setPage] = useState(0);
  const [size, setSize] = useState(PAGE_SIZES[1]!);
  const list = useApiQuery('audit:list', listInput(filters, page, size), { keepPrevious: true });

  return (
    <Stack spacing={3}>
      <div>
        <Typography variant="h1">{t('audit.title')}</Typography>
        <Typography sx={{ color: 'text.secondary', mt: 1 }}>{t('audit.intro')}</Typography>
      </div>
      <Card sx={{ p: 3 }}>
        <VerifyPanel />
      </Card>
      <Card sx={{ p: 3 }}>
        <Stack spacing={2}>
          <AuditFilters
            value={filters}
            onChange={(next) => {
              setFilters(next);
              setPage(0);
            }}
          />
          <QueryState query={list} failedTitle={t('audit.loadFailed')}>
            {({ items, total }) => (
              <>
                <AuditTable items={items} />
                <TablePagination
                  component="div"
                  count={total}
                  page={page}
                  rowsPerPage={size}
                  rowsPerPageOptions={PAGE_SIZES}
                  labelRowsPerPage={t('audit.rowsPerPage')}
                  onPageChange={(_event, next) => setPage(next)}
                  onRowsPerPageChange={(event) => {
                    setSize(Number(event.target.value));
                    setPage(0);
                  }}
                />
              </>
            )}
          </QueryState>
        </Stack>
      </Card>
    </Stack>
  );
}
