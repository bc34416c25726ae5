import type {ReactNode} from 'react';
import {translate} from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import type {SecretKind} from '@site/src/discord/secret-shape';
import type {SnowflakeErrorCode} from '@site/src/discord/snowflake';
import {snowflakeErrorMessage} from './messages';

/*
 * What the field says about what was typed. The empty field of the first render (the server HTML) says nothing, so
 * these sentences load on demand: when the reader focuses the field, or when a stored ID is shown.
 */

/** Why the text is not stored: a secret that must be reset, or no Discord ID. */
export function IdProblem({
  secret,
  error,
}: {
  readonly secret: SecretKind | null;
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
  return error === null ? null : snowflakeErrorMessage(error);
}

/** A valid ID, with the date its app was created (read from the ID itself). */
export function IdCreated({date}: {readonly date: Date}): ReactNode {
  const {i18n} = useDocusaurusContext();
  return translate(
    {id: 'tools.applicationId.created', message: 'Valid ID, created on {date}.'},
    {date: new Intl.DateTimeFormat(i18n.currentLocale, {dateStyle: 'long'}).format(date)},
  );
}
