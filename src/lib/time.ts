const DAY = 24 * 60 * 60 * 1000;

/** "reviewed 3 days ago" style phrase for an ISO date (YYYY-MM-DD), relative to `now`. */
export function timeAgo(isoDate: string, now: Date = new Date()): string {
  const then = Date.parse(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(then)) return 'at an unknown date';
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const days = Math.round((today - then) / DAY);
  if (days < 0) return 'in the future';
  if (days === 0) return 'today';
  if (days === 1) return 'yesterday';
  if (days < 45) return `${days} days ago`;
  const months = Math.round(days / 30.44);
  if (months < 18) return `${months} month${months === 1 ? '' : 's'} ago`;
  const years = Math.round(days / 365.25);
  return `${years} years ago`;
}
