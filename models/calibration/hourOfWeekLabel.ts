const DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

/**
 * An hour of the week as people read it.
 * @param hourOfWeek hours since Monday 00:00, 0–167 (other values wrap)
 * @example
 * hourOfWeekLabel(34) // "Tuesday 10:00"
 */
export function hourOfWeekLabel(hourOfWeek: number): string {
  const h = ((Math.floor(hourOfWeek) % 168) + 168) % 168;
  return `${DAYS[Math.floor(h / 24)]} ${String(h % 24).padStart(2, "0")}:00`;
}
