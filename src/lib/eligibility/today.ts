/**
 * The one place this module reads a clock. The rules themselves never do: the UI asks for today's
 * date here, puts it in the form as the default application date, and passes it in like any other
 * answer, so an assessment can be repeated for any day.
 */

/**
 * Today's date in Hong Kong as 'YYYY-MM-DD', whatever the visitor's own time zone: the
 * application goes to Hong Kong's Immigration Department, so the site takes Hong Kong's calendar
 * day as the day it is submitted. `now` defaults to the current instant.
 * Throws a RangeError for an invalid Date, as `Intl.DateTimeFormat` does.
 */
export function todayInHongKong(now: Date = new Date()): string {
  // Built per call, not at import: a runtime without the zone's data then fails here, where the
  // UI can catch it, instead of when any rule is imported.
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone: 'Asia/Hong_Kong',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  });
  // formatToParts, not format(): the order and separators of a formatted date are locale data.
  const parts = format.formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year').padStart(4, '0')}-${part('month')}-${part('day')}`;
}
