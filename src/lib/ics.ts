/**
 * An iCalendar file (RFC 5545) of all-day events, each with a reminder, written as text: small
 * enough to build in the browser from a result's answers, with nothing sent anywhere.
 *
 * All-day events are `DTSTART;VALUE=DATE` with the next day as the exclusive `DTEND` (RFC 5545,
 * 3.6.1): a DATE has no time zone, so a calendar shows the day as given, which is a day in Hong
 * Kong, wherever the phone is. Lines end in CRLF and are folded at 75 octets of UTF-8 (3.1), never
 * inside a character.
 */
import { addDays, formatIsoDate, parseIsoDate } from './eligibility/dates';

export interface CalendarEvent {
  /** Globally unique and stable: the same event in a later download replaces this one. */
  uid: string;
  /** 'YYYY-MM-DD' */
  date: string;
  summary: string;
  description: string;
  url: string;
  /** How many days before the day the reminder goes off. */
  reminderDays: number;
}

export interface Calendar {
  /** The calendar's name, as calendars that read X-WR-CALNAME show it. */
  name: string;
  events: readonly CalendarEvent[];
  /** When the file is made, as an instant: DTSTAMP, required on every event. */
  stamp: Date;
}

const PRODID = '-//VPAS programme guide//Checker result//EN';

/** The whole file, CRLF line endings. Throws on a date that is not 'YYYY-MM-DD': that is a bug, not input. */
export function calendarFile({ name, events, stamp }: Calendar): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${PRODID}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(name)}`,
    ...events.flatMap((event) => eventLines(event, utcStamp(stamp))),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

function eventLines(event: CalendarEvent, stamp: string): string[] {
  const day = parseIsoDate(event.date);
  if (typeof day === 'string') throw new Error(`calendar event ${event.uid}: ${event.date} is not a date (${day})`);
  return [
    'BEGIN:VEVENT',
    `UID:${event.uid}`,
    `DTSTAMP:${stamp}`,
    `DTSTART;VALUE=DATE:${compactDate(event.date)}`,
    `DTEND;VALUE=DATE:${compactDate(formatIsoDate(addDays(day, 1)))}`,
    `SUMMARY:${escapeText(event.summary)}`,
    `DESCRIPTION:${escapeText(`${event.description}\n${event.url}`)}`,
    `URL:${event.url}`,
    // A deadline is not a meeting: the day shows as free.
    'TRANSP:TRANSPARENT',
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    `DESCRIPTION:${escapeText(event.summary)}`,
    `TRIGGER:-P${event.reminderDays}D`,
    'END:VALARM',
    'END:VEVENT',
  ];
}

/** 'YYYY-MM-DD' as a DATE value: 'YYYYMMDD'. */
const compactDate = (iso: string) => iso.replaceAll('-', '');

/** An instant as a UTC DATE-TIME: '20261201T181300Z'. */
function utcStamp(instant: Date): string {
  return instant.toISOString().replace(/\.\d{3}Z$/, 'Z').replaceAll('-', '').replaceAll(':', '');
}

/** RFC 5545, 3.3.11: backslash, semicolon and comma escaped; a line break as '\n'. */
export function escapeText(text: string): string {
  return text.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * RFC 5545, 3.1: a line longer than 75 octets is split, each continuation starting with a space.
 * Counted in UTF-8 octets (a Chinese character is three), and split between characters only.
 */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // The first line holds 75 octets; each continuation 74 after its leading space.
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}
