import {describe, expect, it} from 'vitest';

import {dateFormatter, formatDate, intlDateLocale} from './dates';
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
