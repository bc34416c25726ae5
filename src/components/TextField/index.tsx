import {useId, type FocusEventHandler, type ReactNode} from 'react';
import clsx from 'clsx';
import Translate from '@docusaurus/Translate';
import styles from './styles.module.css';

export interface TextFieldProps {
  /** Stable id of the input when something links to it (a problem list moving focus); generated otherwise. */
  readonly id?: string;
  readonly label: ReactNode;
  readonly hint?: ReactNode;
  readonly value: string;
  /** Why the value cannot be used, in the reader's language; null when it is fine. Shown under the field. */
  readonly error: ReactNode;
  readonly onChange: (value: string) => void;
  readonly onBlur?: FocusEventHandler<HTMLInputElement | HTMLTextAreaElement>;
  readonly onFocus?: FocusEventHandler<HTMLInputElement | HTMLTextAreaElement>;
  /** A multi-line field (a pasted link) of this many rows; a one-line input when absent. */
  readonly rows?: number;
  /**
   * The longest value the tool uses. Stated under the field and reported when passed; never enforced by cutting
   * what the reader typed (a `maxlength` attribute would drop the end of a paste without a word).
   */
  readonly limit?: number;
  readonly placeholder?: string;
  readonly inputMode?: 'text' | 'numeric' | 'url';
  /** Monospace for IDs, numbers and URLs. */
  readonly code?: boolean;
  /** Buttons beside the input (forget, copy). */
  readonly actions?: ReactNode;
  /** Further live lines under the error, e.g. "Valid ID, created on …". */
  readonly status?: ReactNode;
  readonly className?: string;
}

/** Whether a value is longer than a field's limit; the one rule every field and every URL value follows. */
export function overLimit(value: string, limit: number | undefined): boolean {
  return limit !== undefined && value.length > limit;
}

function isShown(node: ReactNode): boolean {
  return node !== null && node !== undefined && node !== false;
}

/** The caller's error wins: it knows more (a pasted token is also too long, and must be reset, not shortened). */
function problemOf(error: ReactNode, value: string, limit: number | undefined): ReactNode {
  if (isShown(error)) return error;
  if (!overLimit(value, limit)) return null;
  return (
    <Translate
      id="tools.field.tooLong"
      values={{length: value.length, limit}}
      description="Under any text field whose value is longer than the tool accepts; nothing is cut or saved">
      {'Too long: {length} characters, and this field takes at most {limit}. It is not used until it is shorter.'}
    </Translate>
  );
}

function LimitNote({limit, after}: {readonly limit: number | undefined; readonly after: boolean}): ReactNode {
  if (limit === undefined) return null;
  return (
    <>
      {after ? ' ' : null}
      <Translate
        id="tools.field.limit"
        values={{limit}}
        description="Under a text field: the longest value it takes, in characters">
        {'At most {limit} characters.'}
      </Translate>
    </>
  );
}

/**
 * The one labelled text input of the site's tools. Its problem is shown right below it and announced
 * (role="alert"), tied to it with aria-describedby, and the reader's text is always kept as typed.
 */
export default function TextField(props: TextFieldProps): ReactNode {
  const {label, hint, value, limit, actions, status} = props;
  const generated = useId();
  const id = props.id ?? generated;
  const ids = {hint: `${id}-hint`, error: `${id}-error`, status: `${id}-status`};
  const problem = problemOf(props.error, value, limit);
  const invalid = problem !== null;
  const shared = {
    id,
    className: clsx('site-input', styles.input, props.code !== false && styles.code, invalid && styles.invalid),
    autoComplete: 'off',
    spellCheck: false,
    placeholder: props.placeholder,
    value,
    'aria-invalid': invalid || undefined,
    'aria-describedby': [ids.error, status === undefined ? null : ids.status, ids.hint].filter(Boolean).join(' '),
    onBlur: props.onBlur,
    onFocus: props.onFocus,
  };
  const input =
    props.rows === undefined ? (
      <input
        {...shared}
        type="text"
        inputMode={props.inputMode}
        onChange={(event) => props.onChange(event.target.value)}
      />
    ) : (
      <textarea {...shared} rows={props.rows} onChange={(event) => props.onChange(event.target.value)} />
    );
  return (
    <div className={clsx(styles.field, props.className)}>
      <label htmlFor={id} className={styles.label}>
        {label}
      </label>
      {actions === undefined ? (
        input
      ) : (
        <div className={styles.row}>
          {input}
          {actions}
        </div>
      )}
      {/* A div, not a p: a caller's error may be a list (the invite checker's findings). */}
      <div id={ids.error} role="alert" className={styles.error}>
        {problem}
      </div>
      {status !== undefined && (
        <p id={ids.status} role="status" className={styles.status}>
          {status}
        </p>
      )}
      <p id={ids.hint} className={styles.hint}>
        {hint}
        <LimitNote limit={limit} after={isShown(hint)} />
      </p>
    </div>
  );
}
