import {lazy, Suspense, useId, useState, type ReactNode} from 'react';
import Translate from '@docusaurus/Translate';
import LoadingNote from '@site/src/components/LoadingNote';
import {secretKind} from '@site/src/discord/secret-shape';
import {parseSnowflake, snowflakeDate} from '@site/src/discord/snowflake';
import {useApplicationId} from '@site/src/hooks/useApplicationId';
import styles from './styles.module.css';

// What the field says about the text (IdStatus.tsx) loads on demand: the empty field of the first render says
// nothing, and focusing the field starts the download before anything is typed.
const loadStatus = () => import('./IdStatus');
const IdProblem = lazy(() => loadStatus().then((m) => ({default: m.IdProblem})));
const IdCreated = lazy(() => loadStatus().then((m) => ({default: m.IdCreated})));
const preloadStatus = (): void => void loadStatus();

/**
 * Asks for the Application ID once; the tutorial and every tool read it from the same store afterwards.
 * A pasted token or client secret is never stored: it stays in this component's memory and the reader is told
 * to reset it.
 */
export default function ApplicationIdField(): ReactNode {
  const id = useId();
  const {value, setValue, forget} = useApplicationId();
  const [secretDraft, setSecretDraft] = useState<string | null>(null);

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
          onFocus={preloadStatus}
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
        {invalid && (
          <Suspense fallback={<LoadingNote />}>
            <IdProblem secret={secret} error={parsed !== null && !parsed.ok ? parsed.error.code : null} />
          </Suspense>
        )}
      </p>
      <p id={createdId} role="status" className={styles.ok}>
        {created && (
          <Suspense fallback={null}>
            <IdCreated date={created} />
          </Suspense>
        )}
      </p>
    </div>
  );
}
