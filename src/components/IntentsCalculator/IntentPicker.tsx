import '@site/src/client/messages/intents';
import {useId, useMemo, type ReactNode} from 'react';
import Translate from '@docusaurus/Translate';
import {BadgeLegend, FlagGroup, PickerStatus, TickedCount} from '@site/src/components/FlagCalculator/Picker';
import {useFlagToggle} from '@site/src/components/FlagCalculator/useFlagToggle';
import {ALL_INTENTS, INTENTS, type IntentNeed} from '@site/src/discord/intents';
import type {Locale} from '@site/src/discord/locale';
import {needSources} from '@site/src/hooks/intent-needs';
import {IntentRow, PrivilegedBadge} from './IntentRow';
import pickerStyles from '@site/src/components/FlagCalculator/picker.module.css';

export interface IntentPickerProps {
  readonly value: bigint;
  readonly needs: readonly string[];
  readonly locale: Locale;
  readonly onChange: (value: bigint) => void;
}

const NO_NEEDS: readonly IntentNeed[] = Object.freeze([]);

/** Checkboxes for every intent in bit order, with the privileged ones badged. Controlled: `value` in, `onChange` out. */
export function IntentPicker({value, needs, locale, onChange}: IntentPickerProps): ReactNode {
  const idPrefix = useId();
  const sources = useMemo(() => needSources(needs), [needs]);
  const onToggle = useFlagToggle(value, onChange);

  return (
    <div className={pickerStyles.picker}>
      <BadgeLegend
        entries={[
          {
            key: 'privileged',
            term: <PrivilegedBadge />,
            description: (
              <Translate id="tools.intents.legend.privileged" description="Explains the Privileged badge">
                Besides asking for it in code, you must switch it on in the Developer Portal, and from a certain number
                of users Discord must approve it. While one is ticked, a note above says how.
              </Translate>
            ),
          },
        ]}
      />
      <PickerStatus>
        <TickedCount value={value} known={ALL_INTENTS} total={INTENTS.length} />
      </PickerStatus>
      <FlagGroup
        legend={
          <Translate id="tools.intents.picker.legend" description="Legend of the group of intent checkboxes">
            Gateway intents, in bit order
          </Translate>
        }>
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
      </FlagGroup>
    </div>
  );
}
