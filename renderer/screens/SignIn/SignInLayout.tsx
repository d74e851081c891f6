import type { FormEvent, ReactNode } from 'react';
import Box from '@mui/material/Box';
import Card from '@mui/material/Card';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';

/** The centred card of the first-run, sign-in and recovery screens. */
export function SignInLayout({
  title,
  intro,
  onSubmit,
  children,
}: {
  title: string;
  intro?: ReactNode;
  onSubmit?: () => void;
  children: ReactNode;
}) {
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit?.();
  };
  return (
    <Box
      component="main"
      sx={{ minHeight: '100vh', display: 'grid', placeItems: 'center', p: 3, bgcolor: 'background.default' }}
    >
      <Card sx={{ p: 4, width: '100%', maxWidth: 460 }}>
        {/* Without onSubmit, not a form: the card may hold a form of its own (forms must not nest). */}
        <Stack {...(onSubmit ? { component: 'form', noValidate: true, onSubmit: submit } : {})} spacing={2.5}>
          <Stack direction="row" spacing={1.25} sx={{ alignItems: 'center' }}>
            <Box component="img" src="./favicon.svg" alt="" sx={{ width: 32, height: 32 }} />
            <Typography sx={{ fontWeight: 700, fontSize: '1.25rem', color: 'primary.main' }}>Valgo</Typography>
          </Stack>
          <Typography variant="h1" sx={{ fontSize: '1.5rem' }}>
            {title}
          </Typography>
          {intro && <Typography sx={{ color: 'text.secondary' }}>{intro}</Typography>}
          {children}
        </Stack>
      </Card>
    </Box>
  );
}
