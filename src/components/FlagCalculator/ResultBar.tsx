import {useId, type ReactNode} from 'react';
import clsx from 'clsx';
import CopyButton from '@site/src/components/CopyButton';
import {formatDecimal} from '@site/src/discord/bitfield';
import type {IntegerPanelStrings} from './IntegerPanel';
import styles from './layout.module.css';

export interface ResultBarProps {
  /** False while the integer panel itself is on screen: then the bar is hidden, from screen readers too. */
  readonly shown: boolean;
  readonly value: bigint;
  /** The calculator's integer panel strings: the field label names the number, copyInteger the button. */
  readonly strings: Pick<IntegerPanelStrings, 'field' | 'copyInteger'>;
}

/**
 * The result kept in view while the reader works further down the tool: sticks to the bottom of the screen from
 * its place after the checkboxes, so the last box ticked and the number it makes are seen together.
 */
export function ResultBar({shown, value, strings}: ResultBarProps): ReactNode {
  const id = useId();
  const decimal = formatDecimal(value);
  return (
    <div className={clsx(styles.resultBar, !shown && styles.resultBarHidden)} data-result-bar aria-hidden={!shown}>
      <span id={id} className={styles.resultLabel}>
        {strings.field}
      </span>
      <output aria-labelledby={id} className={styles.resultValue}>
        <code>{decimal}</code>
      </output>
      <CopyButton text={decimal} disabled={!shown}>
        {strings.copyInteger}
      </CopyButton>
    </div>
  );
}
