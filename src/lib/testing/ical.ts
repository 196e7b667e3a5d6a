/**
 * Test-only: a calendar file read back with ical.js (a maintained RFC 5545 parser), so the tests
 * check what a calendar program would see, not the text our writer meant to produce.
 */
import ICAL from 'ical.js';

export interface ParsedEvent {
  uid: string;
  /** 'YYYY-MM-DD' */
  start: string;
  /** 'YYYY-MM-DD', exclusive */
  end: string;
  allDay: boolean;
  summary: string;
  description: string;
  url: string;
  /** The reminder's offset before the start, in days (positive). */
  reminderDays: number | null;
}

export interface ParsedCalendar {
  name: string;
  events: ParsedEvent[];
}

export function parseCalendar(text: string): ParsedCalendar {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = calendar.getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component);
    const trigger = component.getFirstSubcomponent('valarm')?.getFirstPropertyValue('trigger');
    const reminder = trigger instanceof ICAL.Duration ? -trigger.toSeconds() / 86_400 : null;
    return {
      uid: event.uid,
      start: event.startDate.toString(),
      end: event.endDate.toString(),
      allDay: event.startDate.isDate && event.endDate.isDate,
      summary: event.summary,
      description: event.description,
      url: String(component.getFirstPropertyValue('url') ?? ''),
      reminderDays: reminder,
    };
  });
  return { name: String(calendar.getFirstPropertyValue('x-wr-calname') ?? ''), events };
}
