import '@site/src/client/messages/intents';
import {memo, type ReactNode} from 'react';
import clsx from 'clsx';
import Translate, {translate} from '@docusaurus/Translate';
import {usePluralForm} from '@docusaurus/theme-common';
import type {IntentInfo, IntentNeed} from '@site/src/discord/intents';
import {pick, type Locale} from '@site/src/discord/locale';
import {Badge, CheckboxRow} from '@site/src/components/FlagCalculator/Picker';
import pickerStyles from '@site/src/components/FlagCalculator/picker.module.css';
import styles from './styles.module.css';

export interface IntentRowProps {
  readonly info: IntentInfo;
  readonly checked: boolean;
  /** Ticked needs that ask for this intent; empty when none does. */
  readonly fromNeeds: readonly IntentNeed[];
  readonly locale: Locale;
  /** Unique per calculator, so two on one page never share checkbox ids. */
  readonly idPrefix: string;
  /** Must be stable across renders: rows are memoised and only the changed one should re-render. */
  readonly onToggle: (info: IntentInfo, checked: boolean) => void;
}

export function PrivilegedBadge({id}: {readonly id?: string}): ReactNode {
  return (
    <Badge tone="warn" id={id}>
      <Translate
        id="tools.intents.badge.privileged"
        description="Badge on Server Members, Presence and Message Content: they must be switched on in the Developer Portal">
        Privileged
      </Translate>
    </Badge>
  );
}

/** The events an intent delivers, folded away: Servers alone has 21, and most readers only want the names above. */
function Events({info}: {readonly info: IntentInfo}): ReactNode {
  const {selectMessage} = usePluralForm();
  if (info.events.length === 0) {
    return (
      <p className={pickerStyles.description}>
        <Translate
          id="tools.intents.row.noEvents"
          description="Under Message Content, which has no gateway events of its own">
          No events of its own: it fills in the text and attachments of the message events other intents deliver.
        </Translate>
      </p>
    );
  }
  return (
    <details className={clsx(pickerStyles.description, styles.events)}>
      <summary>
        {selectMessage(
          info.events.length,
          translate(
            {
              id: 'tools.intents.row.events',
              message: '{count} gateway event|{count} gateway events',
              description: 'Plural forms separated by |; summary of the folded list of events an intent delivers',
            },
            {count: info.events.length},
          ),
        )}
      </summary>
      <ul className={styles.eventList}>
        {info.events.map((event) => (
          <li key={event}>
            <code>{event}</code>
          </li>
        ))}
      </ul>
    </details>
  );
}

function IntentRowView({info, checked, fromNeeds, locale, idPrefix, onToggle}: IntentRowProps): ReactNode {
  const id = `${idPrefix}-${info.key}`;
  const descriptionId = `${id}-description`;
  const badgeId = `${id}-privileged`;
  return (
    <CheckboxRow
      id={id}
      checked={checked}
      label={pick(info.label, locale)}
      describedBy={info.privileged ? `${descriptionId} ${badgeId}` : descriptionId}
      onChange={(on) => onToggle(info, on)}>
      <code className={pickerStyles.apiName}>{info.apiName}</code>
      {info.privileged && <PrivilegedBadge id={badgeId} />}
      <p id={descriptionId} className={pickerStyles.description}>
        {pick(info.description, locale)}
      </p>
      {checked && info.portalToggle && (
        <p className={clsx(pickerStyles.line, styles.alertLine)}>
          <Translate
            id="tools.intents.row.portal"
            description="Under a ticked privileged intent; {toggle}: the Developer Portal switch, keep it in English"
            values={{toggle: <q className={styles.portalLabel}>{info.portalToggle.en}</q>}}>
            {'Switch on {toggle} in the Developer Portal too.'}
          </Translate>
        </p>
      )}
      {fromNeeds.length > 0 && (
        <p className={clsx(pickerStyles.line, styles.fromNeeds)}>
          <Translate
            id="tools.intents.row.fromNeeds"
            description="Under an intent: the ticked needs that ask for it; {needs} is a list of need labels separated by semicolons"
            values={{needs: fromNeeds.map((need) => pick(need.label, locale)).join('; ')}}>
            {'Needed for: {needs}'}
          </Translate>
        </p>
      )}
      <Events info={info} />
    </CheckboxRow>
  );
}

/** One checkbox per intent; memoised so a toggle re-renders one row, not 21. */
export const IntentRow = memo(IntentRowView);
