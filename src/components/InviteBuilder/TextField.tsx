import type {ReactElement, ReactNode} from 'react';
import clsx from 'clsx';
import styles from './styles.module.css';

export interface TextFieldProps {
  /** Stable id of the input, so the "no link" list can move focus to it. */
  readonly id: string;
  readonly label: ReactNode;
  readonly hint: ReactNode;
  readonly value: string;
  /** Why the value cannot be used, in the reader's language; null when it is fine. */
  readonly error: ReactElement | null;
  readonly onChange: (value: string) => void;
  readonly maxLength: number;
  readonly placeholder?: string;
  readonly inputMode?: 'text' | 'numeric' | 'url';
}

/** A labelled text input whose problem is shown and announced right below it, tied to it for screen readers. */
export function TextField({
  id,
  label,
  hint,
  value,
  error,
  onChange,
  maxLength,
  placeholder,
  inputMode = 'text',
}: TextFieldProps): ReactNode {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <div className={styles.field}>
      <label htmlFor={id} className={styles.label}>
        {label}
      </label>
      <input
        id={id}
        className={clsx(styles.input, error !== null && styles.invalid)}
        type="text"
        inputMode={inputMode}
        autoComplete="off"
        spellCheck={false}
        maxLength={maxLength}
        placeholder={placeholder}
        value={value}
        aria-invalid={error !== null || undefined}
        aria-describedby={`${errorId} ${hintId}`}
        onChange={(event) => onChange(event.target.value)}
      />
      <p id={hintId} className={styles.hint}>
        {hint}
      </p>
      <p id={errorId} role="alert" className={styles.error}>
        {error}
      </p>
    </div>
  );
}
