import {memo, type ComponentType, type ReactNode} from 'react';
import {CheckboxRow} from '@site/src/components/FlagCalculator/Picker';
import {englishBeside, pick, type Locale} from '@site/src/discord/locale';
import type {PermissionInfo} from '@site/src/discord/permissions';
import {PermissionBadges} from './Badges';
import pickerStyles from '@site/src/components/FlagCalculator/picker.module.css';
import styles from './styles.module.css';

/** What a row-details slot receives (the full calculator's RowDetails). */
export interface RowDetailsProps {
  readonly info: PermissionInfo;
  readonly locale: Locale;
  /** The id the row's checkbox points at (aria-describedby) when the permission was split out of an older one. */
  readonly splitId: string;
}

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
  // In Thai, Discord's English label beside ours, outside the <label> so the checkbox keeps its Thai name.
  const english = englishBeside(info.label, locale);
  return (
    <CheckboxRow
      id={id}
      checked={checked}
      hidden={hidden}
      className={compact ? styles.rowCompact : undefined}
      label={pick(info.label, locale)}
      describedBy={info.split && Details ? `${descriptionId} ${splitId}` : descriptionId}
      onChange={(on) => onToggle(info, on)}>
      {english && (
        <span lang="en" className={pickerStyles.apiName}>
          ({english})
        </span>
      )}
      {!compact && <code className={pickerStyles.apiName}>{info.apiName}</code>}
      <PermissionBadges info={info} />
      {/* Compact rows keep the description for screen readers only: the tutorial has no room for 52 sentences. */}
      <p id={descriptionId} className={compact ? pickerStyles.visuallyHidden : pickerStyles.description}>
        {pick(info.description, locale)}
      </p>
      {Details && <Details info={info} locale={locale} splitId={splitId} />}
    </CheckboxRow>
  );
}

/** One checkbox per permission; memoised so a toggle re-renders one row, not 52. */
export const PermissionRow = memo(PermissionRowView);
