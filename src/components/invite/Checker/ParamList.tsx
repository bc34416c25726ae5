import '@site/src/client/messages/invite';
import type {ReactNode} from 'react';
import Translate, {translate} from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {dateFormatter} from '@site/src/discord/dates';
import {decodePermissions} from '@site/src/discord/permission-bits';
import {PARAM_NAMES} from '@site/src/discord/invite/param-names';
import type {InviteParams, ParsedInvite} from '@site/src/discord/invite/params';
import {quote} from '@site/src/discord/invite/text';
import {pick, type Locale} from '@site/src/discord/locale';
import {getScope} from '@site/src/discord/scopes';
import {parseSnowflake, snowflakeDate} from '@site/src/discord/snowflake';
import {InlineCode, ScopeFlags} from '../shared/ScopeText';
import styles from './result.module.css';

/** Parameters in the order a reader thinks about them; each is shown only when the link has it. */
const ORDER = [
  PARAM_NAMES.clientId,
  PARAM_NAMES.scopes,
  PARAM_NAMES.permissions,
  PARAM_NAMES.integrationType,
  PARAM_NAMES.guildId,
  PARAM_NAMES.disableGuildSelect,
  PARAM_NAMES.responseType,
  PARAM_NAMES.redirectUri,
  PARAM_NAMES.state,
  PARAM_NAMES.prompt,
] as const;
type ParamName = (typeof ORDER)[number];

function useDateFormat(): (date: Date) => string {
  const {i18n} = useDocusaurusContext();
  const format = dateFormatter(i18n.currentLocale);
  return (date) => format.format(date);
}

function IdMeaning({value, kind}: {readonly value: string; readonly kind: 'app' | 'server'}): ReactNode {
  const formatDate = useDateFormat();
  const parsed = parseSnowflake(value);
  if (!parsed.ok) {
    return kind === 'app' ? (
      <Translate id="tools.invite.checker.clientId.invalid">This is not a valid Application ID.</Translate>
    ) : (
      <Translate id="tools.invite.checker.guildId.invalid">This is not a valid server ID.</Translate>
    );
  }
  const date = formatDate(snowflakeDate(parsed.value));
  return kind === 'app' ? (
    <Translate id="tools.invite.checker.clientId.valid" values={{date}}>
      {'The Application ID of the app being added, created on {date}.'}
    </Translate>
  ) : (
    <Translate id="tools.invite.checker.guildId.valid" values={{date}}>
      {'Preselects the server with this ID (created on {date}) in Discord’s server list.'}
    </Translate>
  );
}

function ScopeMeaning({scopes, locale}: {readonly scopes: readonly string[]; readonly locale: Locale}): ReactNode {
  if (scopes.length === 0) {
    return <Translate id="tools.invite.checker.scope.empty">Empty: the link asks for no scope.</Translate>;
  }
  return (
    <ul className={styles.valueList}>
      {scopes.map((scope) => {
        const info = getScope(scope);
        return (
          <li key={scope}>
            <code>{quote(scope)}</code>{' '}
            {info === undefined ? (
              <Translate id="tools.invite.checker.scope.unknown">Discord has no scope with this name.</Translate>
            ) : (
              <>
                <InlineCode text={pick(info.description, locale)} /> <ScopeFlags info={info} />
              </>
            )}
          </li>
        );
      })}
    </ul>
  );
}

function PermissionsMeaning({value, locale}: {readonly value: bigint | undefined; readonly locale: Locale}): ReactNode {
  if (value === undefined) {
    return <Translate id="tools.invite.checker.permissions.invalid">This is not a permission integer.</Translate>;
  }
  const {known, unknownBits} = decodePermissions(value);
  if (known.length === 0 && unknownBits.length === 0) {
    return (
      <Translate id="tools.invite.checker.permissions.none">
        No permissions: the bot joins without a role of its own.
      </Translate>
    );
  }
  return (
    <>
      <Translate id="tools.invite.checker.permissions.intro" values={{count: known.length + unknownBits.length}}>
        {'The bot’s role asks for these ({count}):'}
      </Translate>
      <ul className={styles.valueList}>
        {known.map((info) => (
          <li key={info.key}>{pick(info.label, locale)}</li>
        ))}
        {unknownBits.map((bit) => (
          <li key={bit}>
            <Translate id="tools.invite.checker.permissions.unknownBit" values={{bit}}>
              {'Bit {bit}: not a permission this guide knows'}
            </Translate>
          </li>
        ))}
      </ul>
    </>
  );
}

function InvalidValue(): ReactNode {
  return <Translate id="tools.invite.checker.invalidValue">Discord does not accept this value.</Translate>;
}

type ChoiceParam =
  | typeof PARAM_NAMES.integrationType
  | typeof PARAM_NAMES.disableGuildSelect
  | typeof PARAM_NAMES.responseType
  | typeof PARAM_NAMES.prompt;

/** A parameter that takes one of a few values: what the value found means, or that Discord refuses it. */
function choiceMeaning(name: ChoiceParam, params: InviteParams, value: string): ReactNode {
  switch (name) {
    case PARAM_NAMES.integrationType:
      if (params.integrationType === 0) {
        return (
          <Translate id="tools.invite.checker.integration.server">
            Server install: the app is added to a server the person manages.
          </Translate>
        );
      }
      if (params.integrationType === 1) {
        return (
          <Translate id="tools.invite.checker.integration.user">
            User install: the app’s commands are added to the person’s own account, with no bot user and no server.
          </Translate>
        );
      }
      return <InvalidValue />;
    case PARAM_NAMES.disableGuildSelect:
      if (params.disableGuildSelect === true) {
        return (
          <Translate id="tools.invite.checker.disableGuildSelect.true">
            The person cannot pick a server other than the preselected one.
          </Translate>
        );
      }
      if (params.disableGuildSelect === false) {
        return (
          <Translate id="tools.invite.checker.disableGuildSelect.false">
            The person may pick another server (the same as leaving it out).
          </Translate>
        );
      }
      return <InvalidValue />;
    case PARAM_NAMES.responseType:
      if (params.responseType === 'code') {
        return (
          <Translate id="tools.invite.checker.responseType.code">
            Authorization code grant: afterwards Discord sends a code to the redirect URI, and the website exchanges it
            for a token.
          </Translate>
        );
      }
      if (value.trim() === 'token') {
        return (
          <Translate id="tools.invite.checker.responseType.token">
            Implicit grant: the access token comes back in the browser’s address bar.
          </Translate>
        );
      }
      return <InvalidValue />;
    case PARAM_NAMES.prompt:
      if (params.prompt === 'consent') {
        return (
          <Translate id="tools.invite.checker.prompt.consent">
            Discord shows the authorization screen even to people who authorized before.
          </Translate>
        );
      }
      if (params.prompt === 'none') {
        return (
          <Translate id="tools.invite.checker.prompt.none">
            Discord skips the screen for people who authorized before (never for a bot).
          </Translate>
        );
      }
      return <InvalidValue />;
  }
}

function meaning(name: ParamName, parsed: ParsedInvite, locale: Locale): ReactNode {
  const {params, raw} = parsed;
  const value = raw.values[name] ?? '';
  switch (name) {
    case PARAM_NAMES.clientId:
      return <IdMeaning value={value} kind="app" />;
    case PARAM_NAMES.guildId:
      return <IdMeaning value={value} kind="server" />;
    case PARAM_NAMES.scopes:
      return <ScopeMeaning scopes={params.scopes} locale={locale} />;
    case PARAM_NAMES.permissions:
      return <PermissionsMeaning value={params.permissions} locale={locale} />;
    case PARAM_NAMES.integrationType:
    case PARAM_NAMES.disableGuildSelect:
    case PARAM_NAMES.responseType:
    case PARAM_NAMES.prompt:
      return choiceMeaning(name, parsed.params, value);
    case PARAM_NAMES.redirectUri:
      return (
        <Translate id="tools.invite.checker.redirectUri">
          Where Discord sends the person after they authorize. It must be registered on the app’s “OAuth2” page.
        </Translate>
      );
    case PARAM_NAMES.state:
      return (
        <Translate id="tools.invite.checker.state">
          Sent back unchanged to the website, which checks that the sign-in is the one it started.
        </Translate>
      );
  }
}

/** Each parameter of the pasted link: its value as found (text only, shortened) and what it does, in words. */
export function ParamList({parsed, locale}: {readonly parsed: ParsedInvite; readonly locale: Locale}): ReactNode {
  const present = ORDER.filter((name) => parsed.raw.values[name] !== undefined);
  if (present.length === 0) {
    return (
      <p>
        {translate({
          id: 'tools.invite.checker.noParams',
          message: 'This link has no parameters Discord uses, not even a client_id.',
        })}
      </p>
    );
  }
  return (
    <dl className={styles.params}>
      {present.map((name) => (
        <div key={name} className={styles.param}>
          <dt>
            <code>{name}</code>
            {name !== PARAM_NAMES.scopes && (
              <>
                {' = '}
                <code className={styles.value}>{quote(parsed.raw.values[name])}</code>
              </>
            )}
          </dt>
          <dd>{meaning(name, parsed, locale)}</dd>
        </div>
      ))}
    </dl>
  );
}
