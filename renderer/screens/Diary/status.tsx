import Chip from '@mui/material/Chip';
import type { SvgIconProps } from '@mui/material/SvgIcon';
import BookedIcon from '@mui/icons-material/EventAvailableOutlined';
import AttendedIcon from '@mui/icons-material/CheckCircleOutlined';
import NoShowIcon from '@mui/icons-material/PersonOffOutlined';
import CancelledIcon from '@mui/icons-material/EventBusyOutlined';
import type { ComponentType } from 'react';
import type { AppointmentStatus } from '../../../shared/contract';
import { useT } from '../../i18n';

/*
 * A visit's status is told by an icon and a word as well as a colour, so it reads in print,
 * in grey scale and for colour-blind staff alike.
 */

export interface StatusLook {
  Icon: ComponentType<SvgIconProps>;
  /** Block background, border and text (AA contrast on the background). */
  bg: string;
  border: string;
  fg: string;
}

export const STATUS_LOOK: Record<AppointmentStatus, StatusLook> = {
  booked: { Icon: BookedIcon, bg: '#e3eefa', border: '#2f6fb2', fg: '#163a61' },
  attended: { Icon: AttendedIcon, bg: '#e2f3e6', border: '#2e7d32', fg: '#1b4d1f' },
  no_show: { Icon: NoShowIcon, bg: '#fdebe0', border: '#c2571a', fg: '#6e2c07' },
  cancelled: { Icon: CancelledIcon, bg: '#f0f2f4', border: '#8a96a3', fg: '#4d5e6e' },
};

export function StatusChip({ status, size = 'small' }: { status: AppointmentStatus; size?: 'small' | 'medium' }) {
  const t = useT();
  const look = STATUS_LOOK[status];
  return (
    <Chip
      size={size}
      icon={<look.Icon style={{ color: look.border }} />}
      label={t(`diary.status.${status}`)}
      sx={{ bgcolor: look.bg, color: look.fg, border: 1, borderColor: look.border, fontWeight: 600 }}
    />
  );
}
