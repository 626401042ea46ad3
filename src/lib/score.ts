/**
 * A 0-100 score as a whole number that never rounds up to a perfect 100: only a pick that fits
 * every weighed criterion fully shows 100.
 */
export function wholeScore(score: number): number {
  return score >= 99.999 ? 100 : Math.min(99, Math.round(score));
}
