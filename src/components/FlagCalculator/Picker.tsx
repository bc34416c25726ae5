import {translate} from '@docusaurus/Translate';
import {setBits} from '@site/src/discord/bitfield';
import {Children, type ReactNode} from 'react';
import clsx from 'clsx';
import {cssVariables} from './cssVariables';
import styles from './picker.module.css';

/** A bordered group of checkbox rows, named by its legend; on a phone its row count sizes it until drawn (`.group`). */
export function FlagGroup({
  legend,
  hidden,
  children,
}: {
  readonly legend: ReactNode;
  /** Filtered out: kept in the DOM so clearing a filter costs no re-mount. */
  readonly hidden?: boolean;
  readonly children: ReactNode;
}): ReactNode {
  return (
    <fieldset
      className={styles.group}
      hidden={hidden}
      style={cssVariables({'--flag-group-rows': Children.count(children)})}>
      <legend className={styles.groupLegend}>{legend}</legend>
      <ul className={styles.rows}>{children}</ul>
    </fieldset>
  );
}

export interface CheckboxRowProps {
  /** Unique on the page: callers prefix it with a useId() of their picker. */
  readonly id: string;
  readonly checked: boolean;
  readonly label: ReactNode;
  /** Space-separated ids of the lines that explain the row. */
  readonly describedBy: string;
  readonly onChange: (checked: boolean) => void;
  readonly hidden?: boolean;
  readonly className?: string;
  /** Lines under the label: API name, badges, description, notes. */
  readonly children?: ReactNode;
}

/** One checkbox with its label and the lines that describe it. */
export function CheckboxRow({
  id,
  checked,
  label,
  describedBy,
  onChange,
  hidden,
  className,
  children,
}: CheckboxRowProps): ReactNode {
  return (
    <li className={clsx(styles.row, checked && styles.rowChecked, className)} hidden={hidden}>
      <input
        id={id}
        type="checkbox"
        className={styles.checkbox}
        checked={checked}
        aria-describedby={describedBy}
        onChange={(event) => onChange(event.target.checked)}
      />
      <div className={styles.rowText}>
        <label htmlFor={id} className={styles.rowLabel}>
          {label}
        </label>
        {children}
      </div>
    </li>
  );
}

export function Badge({
  tone,
  id,
  children,
}: {
  readonly tone?: 'warn' | 'new';
  readonly id?: string;
  readonly children: ReactNode;
}): ReactNode {
  return (
    <span
      id={id}
      className={clsx(styles.badge, tone === 'warn' && styles.badgeWarn, tone === 'new' && styles.badgeNew)}>
      {children}
    </span>
  );
}

export interface LegendEntry {
  readonly key: string;
  /** The badge (or badges) explained. */
  readonly term: ReactNode;
  readonly description: ReactNode;
}

/** What each badge means, once per tool rather than repeated on every row. */
export function BadgeLegend({entries}: {readonly entries: readonly LegendEntry[]}): ReactNode {
  return (
    <dl className={styles.legend} style={cssVariables({'--legend-entries': entries.length})}>
      {entries.map((entry) => (
        <div key={entry.key} className={styles.legendItem}>
          <dt>{entry.term}</dt>
          <dd>{entry.description}</dd>
        </div>
      ))}
    </dl>
  );
}

/** "3 of 52 ticked" over a picker, counting only the bits the catalogue describes. */
export function TickedCount({
  value,
  known,
  total,
}: {
  readonly value: bigint;
  readonly known: bigint;
  readonly total: number;
}): ReactNode {
  return translate(
    {
      id: 'tools.picker.ticked',
      message: '{count} of {total} ticked',
      description: 'Status line above a list of checkboxes (permissions or intents): {count} ticked out of {total}',
    },
    {count: setBits(value & known).length, total},
  );
}

export function PickerStatus({children}: {readonly children: ReactNode}): ReactNode {
  return (
    <p className={styles.counts} role="status">
      {children}
    </p>
  );
}
