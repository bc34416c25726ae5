import '@site/src/client/messages/invite';
import {useState, type ReactNode} from 'react';
import Translate, {translate} from '@docusaurus/Translate';
import {snowflakeErrorMessage} from '@site/src/components/ApplicationIdField/messages';
import type {SaveOutcome} from '@site/src/hooks/useApplicationId';
import {APPLICATION_ID_LIMIT, type NotStored} from '@site/src/hooks/application-id';
import type {SnowflakeErrorCode} from '@site/src/discord/snowflake';
import type {SharedId} from './useBuilderState';
import styles from './styles.module.css';

export interface SharedIdNoticeProps {
  readonly shared: Exclude<SharedId, {kind: 'none'}>;
  readonly savedId: string;
  readonly onSave: () => SaveOutcome;
  readonly onDrop: () => void;
}

/** Why a `client_id` from the page URL was not used, in the reader's language. */
function refusedReason(reason: NotStored | SnowflakeErrorCode): string {
  switch (reason) {
    case 'blank':
      return translate({
        id: 'tools.invite.builder.sharedId.blank',
        message: 'it is empty.',
        description: 'Ends “The page address has a client_id that was not used:”',
      });
    case 'too-long':
      return translate(
        {
          id: 'tools.invite.builder.sharedId.tooLong',
          message: 'it is longer than {limit} characters, so it cannot be an ID.',
          description: 'Ends “The page address has a client_id that was not used:”',
        },
        {limit: String(APPLICATION_ID_LIMIT)},
      );
    case 'bot-token':
      return translate({
        id: 'tools.invite.builder.sharedId.token',
        message:
          'it looks like a bot token. It was taken out of the address and not saved. If it is your token, reset it now on the Bot page of the Developer Portal.',
        description: 'Ends “The page address has a client_id that was not used:”',
      });
    case 'client-secret':
      return translate({
        id: 'tools.invite.builder.sharedId.secret',
        message:
          'it looks like a client secret. It was taken out of the address and not saved. If it is yours, reset it on the OAuth2 page of the Developer Portal.',
        description: 'Ends “The page address has a client_id that was not used:”',
      });
    default:
      return snowflakeErrorMessage(reason);
  }
}

function DismissLabel(): ReactNode {
  return (
    <Translate id="tools.invite.builder.sharedId.dismiss" description="Button: drop the page URL's client_id">
      Dismiss
    </Translate>
  );
}

function Buttons({children}: {readonly children: ReactNode}): ReactNode {
  return <div className={styles.actions}>{children}</div>;
}

/**
 * What the builder did with a `client_id` from the page URL: a valid one is used on this page only, with a way
 * to save it as the reader's own or go back to the saved one; one that cannot be used says why. Never both silent
 * and stored.
 */
export function SharedIdNotice({shared, savedId, onSave, onDrop}: SharedIdNoticeProps): ReactNode {
  const [failed, setFailed] = useState(false);
  const saved = savedId.trim();
  if (shared.kind === 'refused') {
    return (
      <div className="alert alert--warning margin-top--sm" role="status">
        <p className={styles.noticeText}>
          <Translate
            id="tools.invite.builder.sharedId.refused"
            values={{param: <code>client_id</code>, reason: refusedReason(shared.reason)}}
            description="Under the Application ID field: {param} is client_id, {reason} ends the sentence">
            {'The page address has a {param} that was not used: {reason}'}
          </Translate>{' '}
          {saved === '' ? (
            <Translate
              id="tools.invite.builder.sharedId.refusedNoSaved"
              description="After the sentence saying the page URL's client_id was not used">
              Enter your own Application ID above.
            </Translate>
          ) : (
            <Translate
              id="tools.invite.builder.sharedId.refusedSaved"
              description="After the sentence saying the page URL's client_id was not used">
              The link uses your saved ID.
            </Translate>
          )}
        </p>
        <Buttons>
          <button type="button" className="button button--sm button--secondary" onClick={onDrop}>
            <DismissLabel />
          </button>
        </Buttons>
      </div>
    );
  }
  const id = <code>{shared.id}</code>;
  return (
    <div className="alert alert--info margin-top--sm" role="status">
      <p className={styles.noticeText}>
        {saved === '' ? (
          <Translate
            id="tools.invite.builder.sharedId.inUseNoSaved"
            values={{id}}
            description="Under the Application ID field when the page URL brings an ID and the reader saved none">
            {
              'This page’s address brings the Application ID {id}. The link below uses it on this page only; nothing is saved until you say so.'
            }
          </Translate>
        ) : (
          <Translate
            id="tools.invite.builder.sharedId.inUse"
            values={{id, saved: <code>{saved}</code>}}
            description="Under the Application ID field when the page URL brings an ID other than the saved one">
            {
              'This page’s address brings the Application ID {id}. The link below uses it on this page only; your saved ID {saved} is unchanged.'
            }
          </Translate>
        )}
      </p>
      {failed && (
        <p role="alert" className={styles.error}>
          <Translate
            id="tools.invite.builder.sharedId.saveFailed"
            description="When localStorage refuses to store the page URL's Application ID">
            This browser refused to save the ID (its storage is full or blocked for this site). The link still uses it
            on this page.
          </Translate>
        </p>
      )}
      <Buttons>
        <button
          type="button"
          className="button button--sm button--primary"
          onClick={() => setFailed(onSave() === 'failed')}>
          <Translate
            id="tools.invite.builder.sharedId.save"
            description="Button: store the page URL's Application ID as the reader's own">
            Save as my Application ID
          </Translate>
        </button>
        <button type="button" className="button button--sm button--secondary" onClick={onDrop}>
          {saved === '' ? (
            <DismissLabel />
          ) : (
            <Translate
              id="tools.invite.builder.sharedId.useSaved"
              description="Button: drop the page URL's Application ID and use the reader's saved one">
              Use my saved ID
            </Translate>
          )}
        </button>
      </Buttons>
    </div>
  );
}
