import Avatar from '@mui/material/Avatar';

/** The child's initials on a soft tint of the primary colour (decorative: the name is beside it). */
export function ChildAvatar({ firstName, lastName, size }: { firstName: string; lastName: string; size: number }) {
  return (
    <Avatar
      aria-hidden
      sx={{
        width: size,
        height: size,
        fontSize: size * 0.4,
        fontWeight: 600,
        bgcolor: 'rgba(var(--mui-palette-primary-mainChannel) / 0.12)',
        color: 'primary.main',
      }}
    >
      {`${firstName.charAt(0)}${lastName.charAt(0)}`.toUpperCase()}
    </Avatar>
  );
}
