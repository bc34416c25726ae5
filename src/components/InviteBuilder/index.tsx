import {useCallback, useId, useMemo, type ReactElement, type ReactNode} from 'react';
import Translate from '@docusaurus/Translate';
import ApplicationIdField from '@site/src/components/ApplicationIdField';
import {formatDecimal} from '@site/src/discord/bitfield';
import {useSiteLocale} from '@site/src/hooks/useSiteLocale';
import {applyParamUpdates} from '@site/src/hooks/url-params';
import {
  BUILDER_ANCHOR,
  builderOutcome,
  CLIENT_ID_PARAM,
  installUpdates,
  toggleScopeUpdates,
  visibility,
  type BuilderField,
  type FieldProblem,
} from './builder-state';
import {CodeGrantSection} from './CodeGrantSection';
import {InstallContext} from './InstallContext';
import {preloadBuilderParts} from './lazy-parts';
import {Output} from './Output';
import {PermissionsSection} from './PermissionsSection';
import {ProblemText} from './ProblemText';
import {ScopePicker} from './ScopePicker';
import {ServerSection} from './ServerSection';
import {useBuilderState} from './useBuilderState';
import styles from './styles.module.css';

/** The first problem of a field, worded, or null when the field is fine. */
function firstMessage(problems: readonly FieldProblem[], field: BuilderField): ReactElement | null {
  const problem = problems.find((p) => p.field === field);
  return problem === undefined ? null : <ProblemText problem={problem} />;
}

/**
 * Builds a bot invite link from the shared Application ID and a few choices. A thin view: the rules live in
 * builder-state.ts and src/discord/invite/. Everything but the ID is in the page URL.
 */
export default function InviteBuilder(): ReactNode {
  const idPrefix = useId();
  const locale = useSiteLocale();
  const {state, clientId, update} = useBuilderState();
  const outcome = useMemo(() => builderOutcome(state, clientId), [state, clientId]);
  const show = visibility(state);
  const first = (field: BuilderField): ReactElement | null => firstMessage(outcome.problems, field);

  const goTo = useCallback(
    (field: BuilderField) => {
      const target =
        field === 'clientId'
          ? document.querySelector<HTMLElement>(`[id="${idPrefix}-clientId"] input`)
          : document.getElementById(`${idPrefix}-${field}`);
      // A fieldset is not focusable: focus its first control instead.
      const focusable = target?.matches('input, select, textarea, [tabindex]')
        ? target
        : target?.querySelector<HTMLElement>('input:not([disabled]), select, textarea');
      focusable?.focus();
    },
    [idPrefix],
  );

  const shareUrl = useCallback(() => {
    const {origin, pathname, search} = window.location;
    const trimmed = clientId.trim();
    const query = applyParamUpdates(search, {[CLIENT_ID_PARAM]: trimmed === '' ? null : trimmed});
    return `${origin}${pathname}${query}#${BUILDER_ANCHOR}`;
  }, [clientId]);

  return (
    // Any focus or press inside the builder starts loading the parts its first render leaves out (lazy-parts.ts).
    <div
      id={BUILDER_ANCHOR}
      className={styles.builder}
      tabIndex={-1}
      onFocus={preloadBuilderParts}
      onPointerDown={preloadBuilderParts}>
      <div id={`${idPrefix}-clientId`}>
        <ApplicationIdField />
      </div>
      <InstallContext
        idPrefix={idPrefix}
        userInstall={state.userInstall}
        onChange={(userInstall) => update(installUpdates(state, userInstall))}
      />
      <ScopePicker
        idPrefix={idPrefix}
        scopes={state.scopes}
        userInstall={state.userInstall}
        locale={locale}
        problems={outcome.problems.filter((problem) => problem.field === 'scopes')}
        onToggle={(scope, on) => update(toggleScopeUpdates(state, scope, on))}
      />
      {show.permissions ? (
        <PermissionsSection
          idPrefix={idPrefix}
          value={state.permissions}
          error={first('permissions')}
          onChange={(value) => update({permissions: value === 0n ? null : formatDecimal(value)})}
        />
      ) : (
        <p className={styles.hint}>
          {state.userInstall ? (
            <Translate id="tools.invite.builder.permissions.userInstall">
              A user install asks for no permissions and picks no server, so those settings are hidden.
            </Translate>
          ) : (
            <Translate id="tools.invite.builder.permissions.noBot">
              Permissions and a preselected server need the bot scope; tick bot to set them.
            </Translate>
          )}
        </p>
      )}
      {show.server && (
        <ServerSection
          idPrefix={idPrefix}
          guildId={state.guildId}
          disableGuildSelect={state.disableGuildSelect}
          guildError={first('guildId')}
          onGuildId={(value) => update({guild_id: value})}
          onDisableGuildSelect={(on) => update({disable_guild_select: on ? 'true' : null})}
        />
      )}
      <CodeGrantSection
        idPrefix={idPrefix}
        on={state.codeGrant}
        redirectUri={state.redirectUri}
        state={state.state}
        prompt={state.prompt}
        redirectError={first('redirectUri')}
        stateError={first('state')}
        onToggle={(on) => update({code_grant: on ? '1' : null})}
        onChange={(updates) => update(updates)}
      />
      <Output idPrefix={idPrefix} outcome={outcome} onGoTo={goTo} shareUrl={shareUrl} />
    </div>
  );
}
