import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import AddIcon from '@mui/icons-material/Add';

/** What the list shows when it has nothing to list, and what to do next. */
export function EmptyState(props: {
  title: string;
  body: string;
  action: string;
  onAction: () => void;
  hint?: string;
}) {
  return (
    <Paper
      variant="outlined"
      sx={{ py: 7, px: 4, display: 'flex', flexDirection: 'column', alignItems: 'center', textAlign: 'center' }}
    >
      <Typography variant="h2" component="p" sx={{ mb: 1, overflowWrap: 'anywhere' }}>
        {props.title}
      </Typography>
      <Typography sx={{ color: 'text.secondary', mb: 3, maxWidth: 520 }}>{props.body}</Typography>
      <Button variant="contained" startIcon={<AddIcon />} onClick={props.onAction} sx={{ maxWidth: '100%' }}>
        <span style={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>{props.action}</span>
      </Button>
      {props.hint && (
        <Typography variant="body2" sx={{ color: 'text.secondary', mt: 3, maxWidth: 520 }}>
          {props.hint}
        </Typography>
      )}
    </Paper>
  );
}
