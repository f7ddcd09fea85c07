import { describe, expect, it } from 'vitest';
import { formatDateRange, parseDates } from '../../src/draft/dates.js';

describe('parseDates', () => {
  it('reads the forms inspectors type', () => {
    expect(parseDates('2024-03-21,2024-03-18')).toEqual(['2024-03-18', '2024-03-21']);
    expect(parseDates('18-21 March 2024')).toEqual(['2024-03-18', '2024-03-21']);
    expect(parseDates('18 - 21 March 2024')).toEqual(['2024-03-18', '2024-03-21']);
    expect(parseDates('18 to 21 Mar 2024')).toEqual(['2024-03-18', '2024-03-21']);
    expect(parseDates('28 February - 2 March 2024')).toEqual(['2024-02-28', '2024-03-02']);
    expect(parseDates('30 December 2024 - 2 January 2025')).toEqual(['2024-12-30', '2025-01-02']);
    expect(parseDates('18 March 2024')).toEqual(['2024-03-18']);
  });

  it('rejects what is not a date, with a one-line hint', () => {
    expect(() => parseDates('next week')).toThrow(expect.objectContaining({ code: 'invalid-argument' }));
    expect(() => parseDates('2024-02-30')).toThrow(expect.objectContaining({ code: 'invalid-argument' }));
    expect(() => parseDates('21-18 March 2024')).toThrow(expect.objectContaining({ code: 'invalid-argument' }));
  });
});

describe('formatDateRange', () => {
  it('prints dates as reports do', () => {
    expect(formatDateRange(['2024-03-18', '2024-03-21'])).toEqual({ range: '18 to 21 March 2024', sentence: 'between 18 and 21 March 2024' });
    expect(formatDateRange(['2024-02-28', '2024-03-02'])?.range).toBe('28 February to 2 March 2024');
    expect(formatDateRange(['2024-03-18'])).toEqual({ range: '18 March 2024', sentence: 'on 18 March 2024' });
    expect(formatDateRange([])).toBeNull();
  });
});
