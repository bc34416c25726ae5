import '@site/src/client/messages/permissions';
import {memo, useId, type ReactNode} from 'react';
import Translate from '@docusaurus/Translate';
import {encodePermissions} from '@site/src/discord/permission-bits';
import {pick, type Locale} from '@site/src/discord/locale';
import {ALL_PERMISSIONS} from '@site/src/discord/permissions';
import {PERMISSION_PRESETS, type PermissionPreset} from '@site/src/discord/presets';
import {Actions} from '@site/src/components/FlagCalculator/Layout';
import styles from './styles.module.css';

// Encoded once at load; clicking a preset only hands over a ready value.
const PRESET_VALUES: readonly {readonly preset: PermissionPreset; readonly value: bigint}[] = PERMISSION_PRESETS.map(
  (preset) => ({preset, value: encodePermissions(preset.permissions)}),
);

export interface PresetsProps {
  /** The set's bits no permission uses: Select all keeps them. Not the set itself, so a tick doesn't redraw this. */
  readonly unknown: bigint;
  readonly locale: Locale;
  readonly onChange: (value: bigint) => void;
}

/** Starting points for common bots, each with the reason for its permissions, plus select all and clear. */
export const Presets = memo(function Presets({unknown, locale, onChange}: PresetsProps): ReactNode {
  const id = useId();
  // Select all only ticks boxes: bits the catalogue does not know stay as the reader typed them.
  return (
    <div className={styles.presets}>
      <ul className={styles.presetList}>
        {PRESET_VALUES.map(({preset, value: presetValue}) => (
          <li key={preset.id} className={styles.preset}>
            <button
              type="button"
              className="button button--sm button--outline button--primary"
              aria-describedby={`${id}-${preset.id}`}
              onClick={() => onChange(presetValue)}>
              {pick(preset.label, locale)}
            </button>
            <p id={`${id}-${preset.id}`} className={styles.presetWhy}>
              {pick(preset.why, locale)}
            </p>
          </li>
        ))}
      </ul>
      <Actions>
        <button
          type="button"
          className="button button--sm button--secondary"
          onClick={() => onChange(ALL_PERMISSIONS | unknown)}>
          <Translate id="tools.permissions.actions.selectAll">Select all</Translate>
        </button>
        <button type="button" className="button button--sm button--secondary" onClick={() => onChange(0n)}>
          <Translate id="tools.permissions.actions.clear">Clear all</Translate>
        </button>
      </Actions>
    </div>
  );
});
