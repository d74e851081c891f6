import Avatar from '@mui/material/Avatar';

/** The child's initials on a soft tint of the primary colour (decorative: the name is beside it). */
export function ChildAvatar({ firstName, lastName, size }: { firstName: string; lastName: string; size: number }) {
  return (
    <Avatar
      aria-hidden
      sx={(theme) => ({
        width: size,
        height: size,
        fontSize: size * 0.4,
        fontWeight: 600,
        bgcolor: 'rgba(var(--mui-palette-primary-mainChannel) / 0.12)',
        // Darker in light mode, lighter in dark mode: 4.5:1 on the tint in both.
        color: 'primary.dark',
        ...theme.applyStyles('dark', { color: 'primary.light' }),
      })}
    >
      {`${firstName.charAt(0)}${lastName.charAt(0)}`.toUpperCase()}
    </Avatar>
  );
}
