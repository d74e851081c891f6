import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { useI18n } from '../../i18n';

/** One table's row counts on two sides (a backup and the live file; expected and restored). */
export interface RowCount {
  name: string;
  first: number;
  /** Null: not counted on that side (shown as a dash). */
  second: number | null;
  ok: boolean;
}

/** The drill reports' table of row counts, a row that differs highlighted. */
export function RowCountTable({ rows, headers }: { rows: readonly RowCount[]; headers: [string, string, string] }) {
  const { number } = useI18n();
  return (
    <Table size="small">
      <TableHead>
        <TableRow>
          <TableCell>{headers[0]}</TableCell>
          <TableCell align="right">{headers[1]}</TableCell>
          <TableCell align="right">{headers[2]}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((row) => (
          <TableRow key={row.name} selected={!row.ok}>
            <TableCell component="th" scope="row" sx={{ fontFamily: 'monospace' }}>
              {row.name}
            </TableCell>
            <TableCell align="right">{number(row.first, 0)}</TableCell>
            <TableCell align="right">{row.second === null ? '—' : number(row.second, 0)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
