import { isRealIsoDate } from './eligibility/dates';
import { todayInHongKong } from './eligibility/today';

/**
 * The day the site is built, 'YYYY-MM-DD' in Hong Kong: pages that say "built on", read a date as
 * past or future, or warn that their information may be out of date read it here, and nowhere
 * else. A static page cannot know the reader's day, so "past" means past when the site was built.
 *
 * `VPAS_BUILD_DATE=YYYY-MM-DD` sets it, so a test can build the site as if on another day (the
 * stale-information notice is proved with a build whose clock is moved forward).
 */
export function buildDate(env: Record<string, string | undefined> = process.env, now: Date = new Date()): string {
  const fixed = env.VPAS_BUILD_DATE;
  if (fixed === undefined || fixed === '') return todayInHongKong(now);
  if (!isRealIsoDate(fixed)) {
    throw new Error(`VPAS_BUILD_DATE must be a real day written YYYY-MM-DD, not "${fixed}"`);
  }
  return fixed;
}
