import {useCallback, type ReactNode} from 'react';
import Translate, {translate} from '@docusaurus/Translate';
import {usePluralForm} from '@docusaurus/theme-common';
import {formatDecimal, formatHex, type BitfieldError} from '@site/src/discord/bitfield';
import {decodeIntents, INVALID_INTENTS_CLOSE} from '@site/src/discord/intents';
import BitfieldField from '@site/src/components/BitfieldField';
import CopyButton from '@site/src/components/CopyButton';
import {INTENTS_PARAM} from '@site/src/hooks/intent-needs';
import styles from './styles.module.css';

export interface IntegerPanelProps {
  readonly value: bigint;
  readonly text: string;
  readonly error: BitfieldError | null;
  readonly onTextChange: (text: string) => void;
  readonly onBlur: () => void;
}

/** Bits no intent uses. Unlike a permission, Discord refuses them outright, so the warning names the close code. */
function UnknownBits({bits}: {readonly bits: readonly number[]}): ReactNode {
  const {selectMessage} = usePluralForm();
  if (bits.length === 0) return null;
  return (
    <p className={styles.unknown}>
      {selectMessage(
        bits.length,
        translate(
          {
            id: 'tools.intents.integer.unknownBits',
            message:
              'Bit {bits} is not a gateway intent. A bot that sends it is disconnected with close code {code}, “{name}”, so the code below leaves it out.|Bits {bits} are not gateway intents. A bot that sends them is disconnected with close code {code}, “{name}”, so the code below leaves them out.',
            description:
              'Plural forms separated by |; {bits}: comma-separated bit numbers; {code}: 4013; {name}: Discord’s English name of the close code, keep it in English',
          },
          {bits: bits.join(', '), code: INVALID_INTENTS_CLOSE.code, name: INVALID_INTENTS_CLOSE.name},
        ),
      )}
    </p>
  );
}

/** The integer both ways: a field that takes what readers paste, and the current set in decimal and hex. */
export function IntegerPanel({value, text, error, onTextChange, onBlur}: IntegerPanelProps): ReactNode {
  const decimal = formatDecimal(value);
  // Built on click, not during render: the server has no window, and the HTML it sends must match hydration.
  const shareLink = useCallback(() => {
    const url = new URL(window.location.href);
    url.searchParams.set(INTENTS_PARAM, decimal);
    return url.href;
  }, [decimal]);

  return (
    <div className={styles.integer}>
      <BitfieldField
        label={<Translate id="tools.intents.integer.label">Intents integer</Translate>}
        hint={
          <Translate id="tools.intents.integer.hint">
            Type or paste a number to tick its boxes: decimal (33281), hex (0x8201), shifts (1 &lt;&lt; 0 | 1 &lt;&lt; 9
            | 1 &lt;&lt; 15), Thai or full-width digits all work.
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
            <Translate id="tools.intents.integer.decimal">Decimal</Translate>
          </dt>
          <dd>
            <code>{decimal}</code>
          </dd>
        </div>
        <div>
          <dt>
            <Translate id="tools.intents.integer.hex">Hex</Translate>
          </dt>
          <dd>
            <code>{formatHex(value)}</code>
          </dd>
        </div>
      </dl>
      <UnknownBits bits={decodeIntents(value).unknownBits} />
      <div className={styles.actions}>
        <CopyButton text={decimal}>
          <Translate id="tools.intents.copy.integer">Copy integer</Translate>
        </CopyButton>
        <CopyButton text={shareLink}>
          <Translate id="tools.intents.copy.link">Copy share link</Translate>
        </CopyButton>
      </div>
    </div>
  );
}
