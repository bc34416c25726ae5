import {memo, type ReactNode} from 'react';
import Translate from '@docusaurus/Translate';
import {ThemeClassNames} from '@docusaurus/theme-common';
import {formatUpdatedDay} from '@site/src/discord/dates';
import type {Locale} from '@site/src/discord/locale';
import {useSiteLocale} from '@site/src/hooks/useSiteLocale';

interface LastUpdatedProps {
  readonly lastUpdatedAt?: number | null;
  readonly lastUpdatedBy?: string | null;
}

function AtDate({at, locale}: {readonly at: Date; readonly locale: Locale}): ReactNode {
  return (
    <Translate
      id="theme.lastUpdated.atDate"
      description="The words used to describe on which date a page has been last updated"
      values={{
        date: (
          <b>
            <time dateTime={at.toISOString()} itemProp="dateModified">
              {formatUpdatedDay(at, locale)}
            </time>
          </b>
        ),
      }}>
      {' on {date}'}
    </Translate>
  );
}

/**
 * The doc footer's "Last updated on …" line, with Docusaurus' markup and translation ids, ejected for one reason:
 * the stock one formats the date with Intl.DateTimeFormat, and the first formatter a page builds loads the calendar
 * data during hydration (26 ms of main thread on a doc page here). formatUpdatedDay prints the same text without it.
 * Memoised because a tool writes its state into the URL on every change, which re-renders the doc footer.
 */
function LastUpdated({lastUpdatedAt, lastUpdatedBy}: LastUpdatedProps): ReactNode {
  const locale = useSiteLocale();
  return (
    <span className={ThemeClassNames.common.lastUpdated}>
      <Translate
        id="theme.lastUpdated.lastUpdatedAtBy"
        description="The sentence used to display when a page has been last updated, and by who"
        values={{
          atDate: lastUpdatedAt ? <AtDate at={new Date(lastUpdatedAt)} locale={locale} /> : '',
          byUser: lastUpdatedBy ? (
            <Translate
              id="theme.lastUpdated.byUser"
              description="The words used to describe by who the page has been last updated"
              values={{user: <b>{lastUpdatedBy}</b>}}>
              {' by {user}'}
            </Translate>
          ) : (
            ''
          ),
        }}>
        {'Last updated{atDate}{byUser}'}
      </Translate>
    </span>
  );
}

export default memo(LastUpdated);
