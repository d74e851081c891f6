import type { liveEn } from './live.en';

/* Russian strings of live updates across desks: every key of liveEn, no more (checked by `tsc`). */
export const liveRu: { [K in keyof typeof liveEn]: string } = {
  'live.reconnecting': 'Восстанавливаем связь…',
  'live.kept': 'Введённое сохраняется; экран обновится, когда связь восстановится.',
};
