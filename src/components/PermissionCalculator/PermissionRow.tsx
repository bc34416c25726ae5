import {memo, type ComponentType, type ReactNode} from 'react';
import clsx from 'clsx';
import {pick, type Locale} from '@site/src/discord/locale';
import type {PermissionInfo} from '@site/src/discord/permissions';
import {PermissionBadges} from './Badges';
import type {RowDetailsProps} from './RowDetails';
import styles from './picker.module.css';

export interface PermissionRowProps {
  readonly info: PermissionInfo;
  readonly checked: boolean;
  /** Filtered out: kept in the DOM (and in the value) so clearing the filter costs no re-mount. */
  readonly hidden: boolean;
  readonly locale: Locale;
  readonly compact: boolean;
  /** Extra lines under the description (the full calculator's RowDetails); none in the compact picker. */
  readonly details?: ComponentType<RowDetailsProps>;
  /** Unique per picker, so two pickers on one page never share checkbox ids. */
  readonly idPrefix: string;
  /** Must be stable across renders: rows are memoised and only the toggled one should re-render. */
  readonly onToggle: (info: PermissionInfo, checked: boolean) => void;
}

function PermissionRowView({
  info,
  checked,
  hidden,
  locale,
  compact,
  details: Details,
  idPrefix,
  onToggle,
}: PermissionRowProps): ReactNode {
  const id = `${idPrefix}-${info.key}`;
  const descriptionId = `${id}-description`;
  const splitId = `${id}-split`;
  return (
    <li className={clsx(styles.row, compact && styles.rowCompact, checked && styles.rowChecked)} hidden={hidden}>
      <input
        id={id}
        type="checkbox"
        className={styles.checkbox}
        checked={checked}
        aria-describedby={info.split && Details ? `${descriptionId} ${splitId}` : descriptionId}
        onChange={(event) => onToggle(info, event.target.checked)}
      />
      <div className={styles.rowText}>
        <label htmlFor={id} className={styles.rowLabel}>
          {pick(info.label, locale)}
        </label>
        {!compact && <code className={styles.apiName}>{info.apiName}</code>}
        <PermissionBadges info={info} />
        {/* Compact rows keep the description for screen readers only: the tutorial has no room for 52 sentences. */}
        <p id={descriptionId} className={compact ? styles.visuallyHidden : styles.description}>
          {pick(info.description, locale)}
        </p>
        {Details && <Details info={info} locale={locale} splitId={splitId} />}
      </div>
    </li>
  );
}

/** One checkbox per permission; memoised so a toggle re-renders one row, not 52. */
export const PermissionRow = memo(PermissionRowView);
