import {useCallback, useId, useLayoutEffect, useMemo, useRef, type ReactNode} from 'react';
import Translate, {translate} from '@docusaurus/Translate';
import {usePluralForm} from '@docusaurus/theme-common';
import {ALL_INTENTS, INTENTS, type IntentInfo, type IntentNeed} from '@site/src/discord/intents';
import type {Locale} from '@site/src/discord/locale';
import {needSources} from '@site/src/hooks/intent-needs';
import {IntentRow, PrivilegedBadge} from './IntentRow';
import styles from './styles.module.css';

export interface IntentPickerProps {
  readonly value: bigint;
  readonly needs: readonly string[];
  readonly locale: Locale;
  readonly onChange: (value: bigint) => void;
}

const NO_NEEDS: readonly IntentNeed[] = Object.freeze([]);

function SelectedCount({value}: {readonly value: bigint}): ReactNode {
  const {selectMessage} = usePluralForm();
  const count = INTENTS.filter((info) => (value & info.value) !== 0n).length;
  return (
    <>
      {selectMessage(
        count,
        translate(
          {
            id: 'tools.intents.picker.selected',
            message: '{count} of {total} intent ticked|{count} of {total} intents ticked',
            description: 'Plural forms separated by |; {count} ticked out of {total} intents',
          },
          {count, total: INTENTS.length},
        ),
      )}
    </>
  );
}

/** Checkboxes for every intent in bit order, with the privileged ones badged. Controlled: `value` in, `onChange` out. */
export function IntentPicker({value, needs, locale, onChange}: IntentPickerProps): ReactNode {
  const idPrefix = useId();
  const sources = useMemo(() => needSources(needs), [needs]);

  // Rows get one callback for their whole life (so memo holds); it reads the latest value through a ref.
  const latest = useRef({value, onChange});
  useLayoutEffect(() => {
    latest.current = {value, onChange};
  });
  const onToggle = useCallback((info: IntentInfo, checked: boolean) => {
    const {value: current, onChange: emit} = latest.current;
    emit(checked ? current | info.value : current & ~info.value);
  }, []);

  return (
    <div className={styles.picker}>
      <dl className={styles.legend}>
        <div className={styles.legendItem}>
          <dt>
            <PrivilegedBadge />
          </dt>
          <dd>
            <Translate id="tools.intents.legend.privileged">
              Besides asking for it in code, you must switch it on in the Developer Portal, and from a certain number of
              users Discord must approve it. While one is ticked, a note above says how.
            </Translate>
          </dd>
        </div>
      </dl>
      <p className={styles.counts} role="status">
        <SelectedCount value={value & ALL_INTENTS} />
      </p>
      <fieldset className={styles.group}>
        <legend className={styles.groupLegend}>
          <Translate id="tools.intents.picker.legend">Gateway intents, in bit order</Translate>
        </legend>
        <ul className={styles.rows}>
          {INTENTS.map((info) => (
            <IntentRow
              key={info.key}
              info={info}
              checked={(value & info.value) !== 0n}
              fromNeeds={sources.get(info.key) ?? NO_NEEDS}
              locale={locale}
              idPrefix={idPrefix}
              onToggle={onToggle}
            />
          ))}
        </ul>
      </fieldset>
    </div>
  );
}
