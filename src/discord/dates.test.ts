import fc from 'fast-check';
import {describe, expect, it} from 'vitest';

import {
  dateFormatter,
  formatDate,
  formatDay,
  formatDayInProse,
  formatMonthInProse,
  formatUpdatedDay,
  intlDateLocale,
} from './dates';
import {LOCALES} from './locale';

// Midday UTC, so the reader's time zone cannot move it to another day.
const DISCORD_EPOCH_YEAR_DATE = new Date(Date.UTC(2016, 0, 5, 12));

describe('formatDate', () => {
  it('prints Thai dates with CE (Gregorian) years, not Buddhist-era ones', () => {
    const thai = formatDate(DISCORD_EPOCH_YEAR_DATE, 'th');
    expect(thai).toContain('2016');
    expect(thai).not.toContain('2559');
    expect(thai).toMatch(/[\u0E00-\u0E7F]/);
    // The long form names the era, so a reader used to BE years sees which calendar it is.
    expect(thai).toContain('ค.ศ.');
    expect(formatDate(DISCORD_EPOCH_YEAR_DATE, 'th-TH', 'medium')).toContain('2016');
  });

  it('prints English dates as before', () => {
    expect(formatDate(DISCORD_EPOCH_YEAR_DATE, 'en')).toBe('January 5, 2016');
    expect(formatDate(DISCORD_EPOCH_YEAR_DATE, 'fr')).toBe('January 5, 2016');
  });

  it('has a Gregorian Intl locale for every language of the site', () => {
    for (const locale of LOCALES) {
      expect(dateFormatter(locale).resolvedOptions().calendar, locale).toBe('gregory');
      expect(formatDate(DISCORD_EPOCH_YEAR_DATE, locale), locale).toContain('2016');
    }
    expect(intlDateLocale('th')).toBe('th-TH-u-ca-gregory');
  });
});

describe('formatDay', () => {
  it('prints a catalogue day as written, in each language', () => {
    expect(formatDay('2026-02-23', 'en')).toBe('February 23, 2026');
    expect(formatDay('2026-02-23', 'th')).toBe('23 กุมภาพันธ์ ค.ศ. 2026');
    expect(formatDay('2026-02-23', 'th', 'medium')).toContain('2026');
  });

  it('keeps the day wherever the reader is', () => {
    const zone = process.env.TZ;
    try {
      process.env.TZ = 'America/Los_Angeles';
      expect(formatDay('2026-02-23', 'en')).toBe('February 23, 2026');
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });

  it('refuses what is not a day', () => {
    expect(() => formatDay('23/02/2026', 'en')).toThrow(/YYYY-MM-DD/);
  });
});

describe('formatDayInProse', () => {
  it('writes a day as the pages do: day first in English, CE year without the era in Thai', () => {
    expect(formatDayInProse('2026-02-23', 'en')).toBe('23 February 2026');
    expect(formatDayInProse('2026-02-23', 'th')).toBe('23 กุมภาพันธ์ 2026');
    expect(formatMonthInProse('2026-06-10', 'en')).toBe('June 2026');
    expect(formatMonthInProse('2026-06-10', 'th')).toBe('มิถุนายน 2026');
  });

  it('keeps the day wherever the reader is, and refuses what is not a day', () => {
    const zone = process.env.TZ;
    try {
      process.env.TZ = 'America/Los_Angeles';
      expect(formatDayInProse('2025-08-20', 'en')).toBe('20 August 2025');
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
    expect(() => formatMonthInProse('June 2026', 'th')).toThrow(/YYYY-MM-DD/);
  });
});

describe('formatUpdatedDay', () => {
  it.each(LOCALES)('%s: prints what Intl prints for the footer date, for any moment from 2000 to 2100', (locale) => {
    const intl = new Intl.DateTimeFormat(locale, {
      calendar: 'gregory',
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      timeZone: 'UTC',
    });
    fc.assert(
      fc.property(
        fc.date({min: new Date('2000-01-01T00:00:00Z'), max: new Date('2100-12-31T23:59:59Z'), noInvalidDate: true}),
        (at) => {
          expect(formatUpdatedDay(at, locale)).toBe(intl.format(at));
        },
      ),
      {numRuns: 2000},
    );
  });

  it('writes the day in UTC and the CE year', () => {
    expect(formatUpdatedDay(new Date('2026-12-01T23:30:00-05:00'), 'en')).toBe('Dec 2, 2026');
    expect(formatUpdatedDay(new Date('2026-02-23T00:00:00Z'), 'th')).toBe('23 ก.พ. 2026');
  });
});
