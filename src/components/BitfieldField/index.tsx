import {useId, type ReactNode} from 'react';
import clsx from 'clsx';
import type {BitfieldError} from '@site/src/discord/bitfield';
import {bitfieldErrorMessage} from './messages';
import styles from './styles.module.css';

export interface BitfieldFieldProps {
  readonly label: ReactNode;
  readonly hint: ReactNode;
  readonly text: string;
  readonly error: BitfieldError | null;
  readonly onTextChange: (text: string) => void;
  readonly onBlur?: () => void;
}

/**
 * The integer field shared by the permission and intents calculators: the same input rules, the same error
 * messages next to the field, and the reader's text kept as typed while it is invalid.
 */
export default function BitfieldField({label, hint, text, error, onTextChange, onBlur}: BitfieldFieldProps): ReactNode {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <div className={styles.field}>
      <label htmlFor={id} className={styles.label}>
        {label}
      </label>
      <input
        id={id}
        className={clsx(styles.input, error && styles.invalid)}
        type="text"
        inputMode="text"
        autoComplete="off"
        spellCheck={false}
        value={text}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${errorId} ${hintId}` : hintId}
        onChange={(e) => onTextChange(e.target.value)}
        onBlur={onBlur}
      />
      <p id={hintId} className={styles.hint}>
        {hint}
      </p>
      <p id={errorId} role="alert" className={styles.error}>
        {error ? bitfieldErrorMessage(error.code) : null}
      </p>
    </div>
  );
}
