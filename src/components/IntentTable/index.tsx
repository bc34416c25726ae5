import type {ReactNode} from 'react';
import Translate, {translate} from '@docusaurus/Translate';
import {INTENTS, type IntentInfo} from '@site/src/discord/intents';
import type {Locale} from '@site/src/discord/locale';
import {useDeclareAnchors} from '@site/src/hooks/useDeclareAnchors';
import {useSiteLocale} from '@site/src/hooks/useSiteLocale';
import ReferenceTable from '@site/src/components/ReferenceTable';
import {FlagCells} from '@site/src/components/ReferenceTable/FlagCells';
import styles from './styles.module.css';

/** The anchor of an intent's row, so other pages and the calculator can link to it. */
export function intentAnchor(info: IntentInfo): string {
  return `intent-${info.apiName}`;
}

function PrivilegedCell({info}: {readonly info: IntentInfo}): ReactNode {
  if (!info.portalToggle) {
    return (
      <Translate id="tools.intentTable.privileged.no" description="Privileged column: the intent is not privileged">
        No
      </Translate>
    );
  }
  return (
    <Translate
      id="tools.intentTable.privileged.yes"
      description="Privileged column; {toggle}: the Developer Portal switch, keep it in English"
      values={{toggle: <q>{info.portalToggle.en}</q>}}>
      {'Yes: switch on {toggle}'}
    </Translate>
  );
}

function EventsCell({info}: {readonly info: IntentInfo}): ReactNode {
  if (info.events.length === 0) {
    return (
      <Translate id="tools.intentTable.events.none" description="Events column for Message Content">
        None of its own: fills in the content of message events
      </Translate>
    );
  }
  return (
    <ul className={styles.events}>
      {info.events.map((event) => (
        <li key={event}>
          <code>{event}</code>
        </li>
      ))}
    </ul>
  );
}

function Row({info, locale}: {readonly info: IntentInfo; readonly locale: Locale}): ReactNode {
  const anchor = intentAnchor(info);
  return (
    <tr id={anchor}>
      <FlagCells info={info} anchor={anchor} locale={locale} />
      <td>
        <PrivilegedCell info={info} />
      </td>
      <td>
        <EventsCell info={info} />
      </td>
    </tr>
  );
}

const ANCHORS: readonly string[] = INTENTS.map(intentAnchor);

/**
 * Every gateway intent in one table, generated from the catalogue so it can never disagree with the calculator.
 * Each row has an anchor (`#intent-GUILD_MEMBERS`) that other pages link to.
 */
export default function IntentTable(): ReactNode {
  const locale = useSiteLocale();
  useDeclareAnchors(ANCHORS);
  return (
    <ReferenceTable
      label={translate({
        id: 'tools.intentTable.region',
        message: 'Table of all gateway intents (scrolls sideways)',
        description: 'Accessible name of the scrollable wrapper around the intents table',
      })}>
      <thead>
        <tr>
          <th scope="col">
            <Translate
              id="tools.intentTable.col.name"
              description="Intents table column: the intent's name and description">
              Intent
            </Translate>
          </th>
          <th scope="col">
            <Translate
              id="tools.intentTable.col.apiName"
              description="Intents table column: Discord's name and the discord-api-types key">
              API name and key
            </Translate>
          </th>
          <th scope="col">
            <Translate id="tools.intentTable.col.bit" description="Intents table column: bit number">
              Bit
            </Translate>
          </th>
          <th scope="col">
            <Translate id="tools.intentTable.col.value" description="Intents table column: the value in hex">
              Value
            </Translate>
          </th>
          <th scope="col">
            <Translate
              id="tools.intentTable.col.privileged"
              description="Intents table column: whether the intent is privileged">
              Privileged
            </Translate>
          </th>
          <th scope="col">
            <Translate
              id="tools.intentTable.col.events"
              description="Intents table column: the gateway events the intent delivers">
              Gateway events
            </Translate>
          </th>
        </tr>
      </thead>
      <tbody>
        {INTENTS.map((info) => (
          <Row key={info.key} info={info} locale={locale} />
        ))}
      </tbody>
    </ReferenceTable>
  );
}
