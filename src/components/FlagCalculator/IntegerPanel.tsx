import type {ReactNode} from 'react';
import {formatDecimal, formatHex, unknownBits} from '@site/src/discord/bitfield';
import BitfieldField from '@site/src/components/BitfieldField';
import {Plural} from './Plural';
import {ShareButtons} from './ShareButtons';
import type {FlagParamState} from './useFlagParam';
import styles from './layout.module.css';

/** What the panel says, in each calculator's own words (and translation ids). */
export interface IntegerPanelStrings {
  readonly field: ReactNode;
  readonly hint: ReactNode;
  readonly decimal: ReactNode;
  readonly hex: ReactNode;
  /** The unknown-bits warning's plural forms ("one|other"), translated, with `bits` (comma-separated) filled in. */
  readonly unknownBits: (bits: string) => string;
  readonly copyInteger: ReactNode;
  readonly copyLink: ReactNode;
}

export interface IntegerPanelProps {
  readonly state: Pick<FlagParamState, 'value' | 'text' | 'error' | 'setText' | 'settleText'>;
  /** Every bit the catalogue describes; any other set bit is named in a warning, and kept. */
  readonly knownBits: bigint;
  readonly strings: IntegerPanelStrings;
  /** The URL parameter a share link sets. Without it there are no copy and share buttons (the compact calculator). */
  readonly shareParam?: string;
}

/** The integer both ways: a field that takes what readers paste, and the current set in decimal and hex. */
export function IntegerPanel({state, knownBits, strings, shareParam}: IntegerPanelProps): ReactNode {
  const {value} = state;
  const unknown = unknownBits(value, knownBits);
  return (
    <div className={styles.integer}>
      <BitfieldField
        label={strings.field}
        hint={strings.hint}
        text={state.text}
        error={state.error}
        onTextChange={state.setText}
        onBlur={state.settleText}
      />
      <dl className={styles.values}>
        <div>
          <dt>{strings.decimal}</dt>
          <dd>
            <code>{formatDecimal(value)}</code>
          </dd>
        </div>
        <div>
          <dt>{strings.hex}</dt>
          <dd>
            <code>{formatHex(value)}</code>
          </dd>
        </div>
      </dl>
      {unknown.length > 0 && (
        <p className={styles.unknown}>
          <Plural count={unknown.length} message={strings.unknownBits(unknown.join(', '))} />
        </p>
      )}
      {shareParam !== undefined && (
        <ShareButtons value={value} param={shareParam} copyLabel={strings.copyInteger} shareLabel={strings.copyLink} />
      )}
    </div>
  );
}
