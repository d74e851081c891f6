/** `count` half-hour slots inside weekday hours 09:00–13:00 and 14:00–17:00, from Monday 7 January 2030. */
export function raceSlots(count: number): { date: string; time: string }[] {
  const times: string[] = [];
  for (const [from, to] of [
    [9, 13],
    [14, 17],
  ] as const) {
    for (let h = from; h < to; h++) times.push(`${String(h).padStart(2, '0')}:00`, `${String(h).padStart(2, '0')}:30`);
  }
  const slots: { date: string; time: string }[] = [];
  const day = new Date(Date.UTC(2030, 0, 7));
  while (slots.length < count) {
    const weekday = day.getUTCDay();
    if (weekday >= 1 && weekday <= 5) {
      const date = day.toISOString().slice(0, 10);
      for (const time of times) if (slots.length < count) slots.push({ date, time });
    }
    day.setUTCDate(day.getUTCDate() + 1);
  }
  return slots;
}
