import {useId, useState, type ReactNode} from 'react';
import Translate, {translate} from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {secretKind} from '@site/src/discord/secret-shape';
import {parseSnowflake, snowflakeDate} from '@site/src/discord/snowflake';
import {useApplicationId} from '@site/src/hooks/useApplicationId';
import {snowflakeErrorMessage} from './messages';
import styles from './styles.module.css';

/**
 * Asks for the Application ID once; the tutorial and every tool read it from the same store afterwards.
 * A pasted token or client secret is never stored: it stays in this component's memory and the reader is told
 * to reset it.
 */
export default function ApplicationIdField(): ReactNode {
  const id = useId();
  const {value, setValue, forget} = useApplicationId();
  const [secretDraft, setSecretDraft] = useState<string | null>(null);
  const {i18n} = useDocusaurusContext();

  const text = secretDraft ?? value;
  const secret = secretDraft === null ? null : secretKind(secretDraft);
  const parsed = text.trim() === '' || secret ? null : parseSnowflake(text);
  const created = parsed?.ok ? snowflakeDate(parsed.value) : null;

  const onChange = (next: string) => {
    if (secretKind(next)) {
      setSecretDraft(next);
      forget();
    } else {
      setSecretDraft(null);
      setValue(next);
    }
  };

  const hintId = `${id}-hint`;
  const statusId = `${id}-status`;
  const createdId = `${id}-created`;
  const invalid = secret !== null || (parsed !== null && !parsed.ok);
  return (
    <div className={styles.box}>
      <label htmlFor={id} className={styles.label}>
        <Translate id="tools.applicationId.label">Your Application ID</Translate>
      </label>
      <div className={styles.row}>
        <input
          id={id}
          className={styles.input}
          type="text"
          inputMode="numeric"
          autoComplete="off"
          spellCheck={false}
          placeholder="123456789012345678"
          value={text}
          aria-invalid={invalid || undefined}
          aria-describedby={`${statusId} ${createdId} ${hintId}`}
          onChange={(e) => onChange(e.target.value)}
        />
        <button
          type="button"
          className="button button--sm button--outline button--secondary"
          disabled={text === ''}
          onClick={() => {
            setSecretDraft(null);
            forget();
          }}>
          <Translate id="tools.applicationId.forget">Forget this ID</Translate>
        </button>
      </div>
      <p id={hintId} className={styles.hint}>
        <Translate id="tools.applicationId.hint">
          Also called Client ID, on the General Information page of your application. It is public (every invite link
          contains it) and is not the token. This browser remembers it for every page of this guide.
        </Translate>
      </p>
      <p id={statusId} role="alert" className={styles.error}>
        {secret === 'bot-token' &&
          translate({
            id: 'tools.applicationId.tokenPasted',
            message:
              'This looks like a bot token, not an ID. It was not saved. Never paste a token into a website: reset it now on the Bot page of the Developer Portal.',
          })}
        {secret === 'client-secret' &&
          translate({
            id: 'tools.applicationId.secretPasted',
            message:
              'This looks like a client secret, not an ID. It was not saved. Reset it on the OAuth2 page of the Developer Portal.',
          })}
        {parsed && !parsed.ok && snowflakeErrorMessage(parsed.error.code)}
      </p>
      <p id={createdId} role="status" className={styles.ok}>
        {created &&
          translate(
            {id: 'tools.applicationId.created', message: 'Valid ID, created on {date}.'},
            {date: new Intl.DateTimeFormat(i18n.currentLocale, {dateStyle: 'long'}).format(created)},
          )}
      </p>
    </div>
  );
}
