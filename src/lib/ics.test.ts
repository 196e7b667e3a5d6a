import { describe, expect, it } from 'vitest';
import { examples } from './testing/examples';
import { calendarFile, escapeText, foldLine, type CalendarEvent } from './ics';
import { parseCalendar } from './testing/ical';

const event = (overrides: Partial<CalendarEvent> = {}): CalendarEvent => ({
  uid: 'vpas-last-day-2027-08-31@vpas-guide.example.org',
  date: '2028-08-31',
  summary: 'VPAS: last day to apply',
  description: 'Last day to apply at all; counted, as the site reads it.',
  url: 'https://vpas-guide.example.org/en/eligibility/?graduated=2027-08-31&intake=2025%2F26',
  reminderDays: 21,
  ...overrides,
});
const stamp = new Date('2026-12-01T18:13:00Z');

describe('calendarFile', () => {
  it('writes all-day events a maintained parser reads back field for field', () => {
    const text = calendarFile({ name: 'VPAS: my dates', events: [event(), event({ uid: 'b@x', date: '2028-02-29', summary: '类别 A；最后申请日，逗号' })], stamp });
    const parsed = parseCalendar(text);
    expect(parsed.name).toBe('VPAS: my dates');
    const { date: _date, ...first } = event();
    expect(parsed.events).toEqual([
      { ...first, start: '2028-08-31', end: '2028-09-01', allDay: true, description: `${first.description}\n${first.url}` },
      expect.objectContaining({ uid: 'b@x', start: '2028-02-29', end: '2028-03-01', allDay: true, summary: '类别 A；最后申请日，逗号', reminderDays: 21 }),
    ]);
  });

  it('ends every line in CRLF and keeps every line within 75 octets', () => {
    const text = calendarFile({ name: '名'.repeat(60), events: [event({ description: '很长的说明'.repeat(40) })], stamp });
    expect(text.endsWith('\r\n')).toBe(true);
    const lines = text.split('\r\n').slice(0, -1);
    expect(lines.every((line) => !line.includes('\n') && new TextEncoder().encode(line).length <= 75)).toBe(true);
    expect(text).toContain('DTSTAMP:20261201T181300Z');
  });

  it('refuses a date that is not a real day', () => {
    expect(() => calendarFile({ name: 'x', events: [event({ date: '2027-02-29' })], stamp })).toThrow(/2027-02-29/);
  });
});

describe('escapeText', () => {
  examples('%j', escapeText, [
    ['a,b;c\\d', 'a\\,b\\;c\\\\d'],
    ['one\ntwo\r\nthree', 'one\\ntwo\\nthree'],
    ['中文，没有要转义的', '中文，没有要转义的'], // a full-width comma is text
  ]);
});

describe('foldLine', () => {
  it.each([
    ['a'.repeat(75), 1],
    ['a'.repeat(76), 2],
    ['中'.repeat(25), 1], // 75 octets
    ['中'.repeat(26), 2],
  ])('folds %#: %i line(s), never inside a character, and unfolds to the same text', (line, count) => {
    const folded = foldLine(line);
    const parts = folded.split('\r\n ');
    expect(parts).toHaveLength(count);
    expect(parts.every((part) => new TextEncoder().encode(part).length <= 75)).toBe(true);
    expect(parts.join('')).toBe(line);
  });
});
