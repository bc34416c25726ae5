import {useEffect, useRef, useState, type ReactNode} from 'react';
import Translate from '@docusaurus/Translate';
import styles from './styles.module.css';

export interface CopyButtonProps {
  /**
   * What goes to the clipboard, or a function called on click: for text that needs the browser (an absolute URL
   * from `window.location`), which must not be read during render or the server HTML would differ.
   */
  readonly text: string | (() => string);
  /** The button's visible label, e.g. "Copy link". */
  readonly children: ReactNode;
  readonly disabled?: boolean;
}

type Outcome = 'idle' | 'copied' | 'failed';

/** A copy button whose confirmation is visible and announced, since a silent clipboard write looks like nothing happened. */
export default function CopyButton({text, children, disabled}: CopyButtonProps): ReactNode {
  const [outcome, setOutcome] = useState<Outcome>('idle');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(typeof text === 'function' ? text() : text);
      setOutcome('copied');
    } catch {
      setOutcome('failed');
    }
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setOutcome('idle'), 2500);
  };

  return (
    <span className={styles.wrap}>
      <button
        type="button"
        className="button button--sm button--secondary"
        disabled={disabled}
        onClick={() => void copy()}>
        {children}
      </button>
      <span className={styles.status} role="status">
        {outcome === 'copied' && <Translate id="tools.copy.copied">Copied</Translate>}
        {outcome === 'failed' && (
          <Translate id="tools.copy.failed">Your browser blocked the clipboard: select the text and copy it.</Translate>
        )}
      </span>
    </span>
  );
}
