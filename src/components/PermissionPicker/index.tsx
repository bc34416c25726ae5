import '@site/src/client/messages/permissions';
import {lazy, useId, useMemo, useState, type ComponentType, type ReactNode} from 'react';
import clsx from 'clsx';
import Translate from '@docusaurus/Translate';
import {FlagGroup, PickerStatus, TickedCount} from '@site/src/components/FlagCalculator/Picker';
import {useFlagToggle} from '@site/src/components/FlagCalculator/useFlagToggle';
import {pick} from '@site/src/discord/locale';
import {
  ALL_PERMISSIONS,
  PERMISSION_GROUPS,
  PERMISSIONS,
  searchPermissions,
  type PermissionKey,
} from '@site/src/discord/permissions';
import {useSiteLocale} from '@site/src/hooks/useSiteLocale';
import {PermissionRow, type RowDetailsProps} from './PermissionRow';
import OnDemand from '@site/src/components/OnDemand';
import pickerStyles from '@site/src/components/FlagCalculator/picker.module.css';
import styles from './styles.module.css';

export type {RowDetailsProps};

export interface PermissionPickerProps {
  readonly value: bigint;
  readonly onChange: (value: bigint) => void;
  /** Denser rows without API names and visible descriptions, for embedding in the tutorial or the invite builder. */
  readonly compact?: boolean;
  /** Extra lines under each row: the full calculator passes RowDetails; the compact pickers pass nothing. */
  readonly rowDetails?: ComponentType<RowDetailsProps>;
}

// The filter's match count only shows once the reader types a filter: its code loads then, or on focus.
const loadFilterStatus = () => import('./FilterStatus');
const FilterStatus = lazy(() => loadFilterStatus().then((m) => ({default: m.FilterStatus})));
const preloadFilterStatus = (): void => void loadFilterStatus();

// Grouped once at load: a render only reads these arrays, it never scans the catalogue.
const GROUPS = PERMISSION_GROUPS.map((group) => ({
  ...group,
  rows: PERMISSIONS.filter((info) => info.group === group.id),
}));

/**
 * Checkboxes for every permission, grouped as Discord's role editor groups them, with a filter that matches
 * names and descriptions in both languages, API names and old names. Controlled: `value` in, `onChange` out.
 * Used by the permission calculator, the invite builder and the tutorial.
 */
export function PermissionPicker({value, onChange, compact = false, rowDetails}: PermissionPickerProps): ReactNode {
  const locale = useSiteLocale();
  const idPrefix = useId();
  const [query, setQuery] = useState('');
  const matching = useMemo<ReadonlySet<PermissionKey> | null>(
    () => (query.trim() === '' ? null : new Set(searchPermissions(query).map((info) => info.key))),
    [query],
  );
  const onToggle = useFlagToggle(value, onChange);

  return (
    <div className={clsx(pickerStyles.picker, compact && styles.pickerCompact)}>
      <div className={styles.pickerBar}>
        <div className={styles.filter}>
          <label htmlFor={`${idPrefix}-filter`} className={styles.filterLabel}>
            <Translate id="tools.permissions.filter.label">Filter permissions</Translate>
          </label>
          <input
            id={`${idPrefix}-filter`}
            type="search"
            className="site-input"
            value={query}
            autoComplete="off"
            spellCheck={false}
            aria-describedby={`${idPrefix}-filter-hint`}
            onFocus={preloadFilterStatus}
            onChange={(event) => setQuery(event.target.value)}
          />
          <p id={`${idPrefix}-filter-hint`} className={styles.hint}>
            <Translate id="tools.permissions.filter.hint">
              Type a name in English or Thai, a word from a description, or an API name such as MANAGE_GUILD.
            </Translate>
          </p>
        </div>
        <PickerStatus>
          <TickedCount value={value} known={ALL_PERMISSIONS} total={PERMISSIONS.length} />{' '}
          {query.trim() !== '' && (
            <OnDemand>
              <FilterStatus matches={matching?.size ?? PERMISSIONS.length} query={query} />
            </OnDemand>
          )}
        </PickerStatus>
      </div>
      {GROUPS.map((group) => (
        <FlagGroup
          key={group.id}
          legend={pick(group.label, locale)}
          hidden={matching !== null && !group.rows.some((info) => matching.has(info.key))}>
          {group.rows.map((info) => (
            <PermissionRow
              key={info.key}
              info={info}
              checked={(value & info.value) !== 0n}
              hidden={matching !== null && !matching.has(info.key)}
              locale={locale}
              compact={compact}
              details={rowDetails}
              idPrefix={idPrefix}
              onToggle={onToggle}
            />
          ))}
        </FlagGroup>
      ))}
    </div>
  );
}
