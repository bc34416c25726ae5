import type {ReactNode} from 'react';
import {translate} from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {formatDate} from '@site/src/discord/dates';
import type {SecretKind} from '@site/src/discord/secret-shape';
import type {SnowflakeErrorCode} from '@site/src/discord/snowflake';
import {snowflakeErrorMessage} from './messages';

/*
 * What the field says about what was typed. The empty field of the first render (the server HTML) says nothing, so
 * these sentences load on demand: when the reader focuses the field, or when a stored ID is shown.
 */

/** Why the text is not stored: a secret that must be reset, a browser that refused to store it, or no Discord ID. */
export function IdProblem({
  secret,
  storageFailed,
  error,
}: {
  readonly secret: SecretKind | null;
  readonly storageFailed: boolean;
  readonly error: SnowflakeErrorCode | null;
}): ReactNode {
  if (secret === 'bot-token') {
    return translate({
      id: 'tools.applicationId.tokenPasted',
      message:
        'This looks like a bot token, not an ID. It was not saved. Never paste a token into a website: reset it now on the Bot page of the Developer Portal.',
    });
  }
  if (secret === 'client-secret') {
    return translate({
      id: 'tools.applicationId.secretPasted',
      message:
        'This looks like a client secret, not an ID. It was not saved. Reset it on the OAuth2 page of the Developer Portal.',
    });
  }
  if (storageFailed) {
    return translate({
      id: 'tools.applicationId.storageFailed',
      message:
        'This browser refused to save the ID (its storage is full or blocked for this site), so the tools on other pages will not see it. Allow site data for this site, or type the ID again on each page.',
      description: 'Under the Application ID field when localStorage throws or does not keep the value',
    });
  }
  return error === null ? null : snowflakeErrorMessage(error);
}

/** A valid ID, with the date its app was created (read from the ID itself). */
export function IdCreated({date}: {readonly date: Date}): ReactNode {
  const {i18n} = useDocusaurusContext();
  return translate(
    {id: 'tools.applicationId.created', message: 'Valid ID, created on {date}.'},
    // CE years in Thai too (plain Intl `th` would print Buddhist-era ones): src/discord/dates.ts.
    {date: formatDate(date, i18n.currentLocale)},
  );
}
