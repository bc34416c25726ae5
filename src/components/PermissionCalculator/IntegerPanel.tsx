import {useCallback, type ReactNode} from 'react';
import Translate, {translate} from '@docusaurus/Translate';
import {usePluralForm} from '@docusaurus/theme-common';
import {formatDecimal, formatHex, setBits, type BitfieldError} from '@site/src/discord/bitfield';
import {ALL_PERMISSIONS} from '@site/src/discord/permissions';
import BitfieldField from '@site/src/components/BitfieldField';
import CopyButton from '@site/src/components/CopyButton';
import {PERMISSIONS_PARAM} from './usePermissionsState';
import styles from './styles.module.css';

export interface IntegerPanelProps {
  readonly value: bigint;
  readonly text: string;
  readonly error: BitfieldError | null;
  readonly onTextChange: (text: string) => void;
  readonly onBlur: () => void;
  /** Compact mode shows the field and the numbers only. */
  readonly compact: boolean;
}

function UnknownBits({bits}: {readonly bits: readonly number[]}): ReactNode {
  const {selectMessage} = usePluralForm();
  if (bits.length === 0) return null;
  return (
    <p className={styles.unknown}>
      {selectMessage(
        bits.length,
        translate(
          {
            id: 'tools.permissions.integer.unknownBits',
            message:
              'Bit {bits} is set but no Discord permission uses it. It is kept in the integer: check for a typo, or the flag may be newer than this guide.|Bits {bits} are set but no Discord permission uses them. They are kept in the integer: check for a typo, or the flags may be newer than this guide.',
            description: 'Plural forms separated by |; {bits} is a comma-separated list of bit numbers',
          },
          {bits: bits.join(', ')},
        ),
      )}
    </p>
  );
}

/** The integer both ways: a field that takes what readers paste, and the current set in decimal and hex. */
export function IntegerPanel({value, text, error, onTextChange, onBlur, compact}: IntegerPanelProps): ReactNode {
  const decimal = formatDecimal(value);
  // Built on click, not during render: the server has no window, and the HTML it sends must match hydration.
  const shareLink = useCallback(() => {
    const url = new URL(window.location.href);
    url.searchParams.set(PERMISSIONS_PARAM, decimal);
    return url.href;
  }, [decimal]);

  return (
    <div className={styles.integer}>
      <BitfieldField
        label={<Translate id="tools.permissions.integer.label">Permissions integer</Translate>}
        hint={
          <Translate id="tools.permissions.integer.hint">
            Type or paste a number to tick its boxes: decimal (8), hex (0x8), shifts (1 &lt;&lt; 3 | 1 &lt;&lt; 5), Thai
            or full-width digits all work.
          </Translate>
        }
        text={text}
        error={error}
        onTextChange={onTextChange}
        onBlur={onBlur}
      />
      <dl className={styles.values}>
        <div>
          <dt>
            <Translate id="tools.permissions.integer.decimal">Decimal</Translate>
          </dt>
          <dd>
            <code>{decimal}</code>
          </dd>
        </div>
        <div>
          <dt>
            <Translate id="tools.permissions.integer.hex">Hex</Translate>
          </dt>
          <dd>
            <code>{formatHex(value)}</code>
          </dd>
        </div>
      </dl>
      <UnknownBits bits={setBits(value & ~ALL_PERMISSIONS)} />
      {!compact && (
        <div className={styles.actions}>
          <CopyButton text={decimal}>
            <Translate id="tools.permissions.copy.integer">Copy integer</Translate>
          </CopyButton>
          <CopyButton text={shareLink}>
            <Translate id="tools.permissions.copy.link">Copy share link</Translate>
          </CopyButton>
        </div>
      )}
    </div>
  );
}
