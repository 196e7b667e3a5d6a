import { describe, expect, it } from 'vitest';
import { FIELDS } from './fields';
import { controlId, fieldOfFragment } from './form-ids';

describe('controlId and fieldOfFragment', () => {
  it('go back and forth for every question, each to its own control', () => {
    for (const field of FIELDS) expect(fieldOfFragment(`#${controlId(field)}`)).toBe(field);
    expect(new Set(FIELDS.map(controlId)).size).toBe(FIELDS.length);
  });

  it('points radio groups at their first option', () => {
    expect(controlId('iang')).toBe('checker-iang-yes');
    expect(controlId('when')).toBe('checker-when-a');
    expect(controlId('born')).toBe('checker-born');
  });

  it('ignores fragments that are not questions', () => {
    expect(fieldOfFragment('#main')).toBeUndefined();
    expect(fieldOfFragment('')).toBeUndefined();
    expect(fieldOfFragment('checker-born')).toBe('born');
  });
});
