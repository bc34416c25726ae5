import type {ReactNode} from 'react';
import Translate, {translate} from '@docusaurus/Translate';
import {pick, type Locale} from '@site/src/discord/locale';
import {SCOPES, type ScopeInfo} from '@site/src/discord/scopes';
import {useDeclareAnchors} from '@site/src/hooks/useDeclareAnchors';
import {useSiteLocale} from '@site/src/hooks/useSiteLocale';
import ReferenceTable, {referenceTableStyles as tableStyles} from '@site/src/components/ReferenceTable';
import styles from './styles.module.css';

/** The anchor of a scope's row (`scope-bot`, `scope-applications.commands`), so other pages can link to it. */
export function scopeAnchor(info: ScopeInfo): string {
  return `scope-${info.scope}`;
}

function YesNo({value, yes, no}: {readonly value: boolean; readonly yes: ReactNode; readonly no: ReactNode}) {
  return value ? <span className={styles.yes}>{yes}</span> : <>{no}</>;
}

const YES = (
  <Translate id="tools.scopeTable.yes" description="Table cell: yes">
    Yes
  </Translate>
);
const NO = (
  <Translate id="tools.scopeTable.no" description="Table cell: no">
    No
  </Translate>
);

function CodeGrantCell({info}: {readonly info: ScopeInfo}): ReactNode {
  if (info.clientCredentialsOnly) {
    return (
      <Translate
        id="tools.scopeTable.codeGrant.clientCredentials"
        description="Code grant column: the scope is issued only by the OAuth2 client credentials grant, never in a link">
        No: client credentials grant only, never in a link
      </Translate>
    );
  }
  return <YesNo value={info.needsCodeGrant} yes={YES} no={NO} />;
}

function Row({info, locale}: {readonly info: ScopeInfo; readonly locale: Locale}): ReactNode {
  const anchor = scopeAnchor(info);
  return (
    <tr id={anchor}>
      <th scope="row">
        <a href={`#${anchor}`} className={tableStyles.anchor}>
          <code>{info.scope}</code>
        </a>
        <p className={tableStyles.description}>{pick(info.description, locale)}</p>
      </th>
      <td>
        <code>{info.key}</code>
      </td>
      <td>
        <YesNo value={info.forBots} yes={YES} no={NO} />
      </td>
      <td>
        <CodeGrantCell info={info} />
      </td>
      <td>
        <YesNo value={info.needsApproval} yes={YES} no={NO} />
      </td>
    </tr>
  );
}

const ANCHORS: readonly string[] = SCOPES.map(scopeAnchor);

/**
 * Every OAuth2 scope in one table, generated from the catalogue so it can never disagree with the invite builder.
 * Each row has an anchor (`#scope-bot`) that other pages link to.
 */
export default function ScopeTable(): ReactNode {
  const locale = useSiteLocale();
  useDeclareAnchors(ANCHORS);
  return (
    <ReferenceTable
      label={translate({
        id: 'tools.scopeTable.region',
        message: 'Table of all OAuth2 scopes (scrolls sideways)',
        description: 'Accessible name of the scrollable wrapper around the scopes table',
      })}>
      <thead>
        <tr>
          <th scope="col">
            <Translate id="tools.scopeTable.col.scope" description="Scopes table column: the scope and its description">
              Scope
            </Translate>
          </th>
          <th scope="col">
            <Translate id="tools.scopeTable.col.key" description="Column: the scope's name in discord-api-types">
              Key in discord-api-types
            </Translate>
          </th>
          <th scope="col">
            <Translate
              id="tools.scopeTable.col.forBots"
              description="Scopes table column: belongs in an ordinary bot invite link">
              For a bot invite
            </Translate>
          </th>
          <th scope="col">
            <Translate
              id="tools.scopeTable.col.codeGrant"
              description="Scopes table column: works only in an authorization code grant">
              Needs a code grant
            </Translate>
          </th>
          <th scope="col">
            <Translate
              id="tools.scopeTable.col.approval"
              description="Scopes table column: Discord must approve the app first">
              Needs Discord's approval
            </Translate>
          </th>
        </tr>
      </thead>
      <tbody>
        {SCOPES.map((info) => (
          <Row key={info.scope} info={info} locale={locale} />
        ))}
      </tbody>
    </ReferenceTable>
  );
}
