import '@site/src/client/messages/intents';
import {useId, type ReactNode} from 'react';
import clsx from 'clsx';
import Translate from '@docusaurus/Translate';
import {INTENT_NEEDS, getIntent, type IntentNeed} from '@site/src/discord/intents';
import {pick, type Locale} from '@site/src/discord/locale';
import {missingForNeed} from '@site/src/hooks/intent-needs';
import {CheckboxRow, FlagGroup} from '@site/src/components/FlagCalculator/Picker';
import pickerStyles from '@site/src/components/FlagCalculator/picker.module.css';
import styles from './styles.module.css';

export interface NeedPickerProps {
  readonly value: bigint;
  readonly needs: readonly string[];
  readonly locale: Locale;
  readonly onToggle: (id: string, on: boolean) => void;
}

function NeedIntents({need, locale, id}: {readonly need: IntentNeed; readonly locale: Locale; readonly id: string}) {
  if (need.intents.length === 0) {
    return (
      <p id={id} className={pickerStyles.description}>
        <Translate id="tools.intents.needs.none" description="Under a need that asks for no intent">
          Adds no intent.
        </Translate>
      </p>
    );
  }
  return (
    <p id={id} className={pickerStyles.description}>
      <Translate
        id="tools.intents.needs.adds"
        description="Under a need: the intents ticking it adds; {names} is a comma-separated list of intent names"
        values={{names: need.intents.map((key) => pick(getIntent(key).label, locale)).join(', ')}}>
        {'Adds: {names}.'}
      </Translate>
    </p>
  );
}

/**
 * "What should the bot do?": each need ORs its intents into the set. Every need says what it adds before it is
 * ticked, and a ticked need says which of its intents were taken out since, so the two ways in never silently
 * disagree.
 */
export function NeedPicker({value, needs, locale, onToggle}: NeedPickerProps): ReactNode {
  const idPrefix = useId();
  const ticked = new Set(needs);
  return (
    <FlagGroup
      legend={
        <Translate
          id="tools.intents.needs.legend"
          description="Legend of the group of need checkboxes; each label completes the sentence">
          My bot should…
        </Translate>
      }>
      {INTENT_NEEDS.map((need) => {
        const id = `${idPrefix}-need-${need.id}`;
        const checked = ticked.has(need.id);
        const missing = checked ? missingForNeed(value, need) : [];
        return (
          <CheckboxRow
            key={need.id}
            id={id}
            checked={checked}
            label={pick(need.label, locale)}
            describedBy={`${id}-adds${need.note ? ` ${id}-note` : ''}${missing.length > 0 ? ` ${id}-missing` : ''}`}
            onChange={(on) => onToggle(need.id, on)}>
            <NeedIntents need={need} locale={locale} id={`${id}-adds`} />
            {need.note && (
              <p id={`${id}-note`} className={pickerStyles.description}>
                {pick(need.note, locale)}
              </p>
            )}
            {missing.length > 0 && (
              <div className={clsx(pickerStyles.line, styles.alertLine, styles.missing)}>
                <p id={`${id}-missing`}>
                  <Translate
                    id="tools.intents.needs.missing"
                    description="Under a ticked need whose intents were unticked since; {names}: comma-separated intent names"
                    values={{names: missing.map((key) => pick(getIntent(key).label, locale)).join(', ')}}>
                    {'Not in the set any more: {names}.'}
                  </Translate>
                </p>
                <button
                  type="button"
                  className="button button--sm button--outline button--primary"
                  aria-describedby={`${id}-missing`}
                  onClick={() => onToggle(need.id, true)}>
                  <Translate
                    id="tools.intents.needs.addBack"
                    description="Button under a ticked need: tick its missing intents again">
                    Add them back
                  </Translate>
                </button>
              </div>
            )}
          </CheckboxRow>
        );
      })}
    </FlagGroup>
  );
}
