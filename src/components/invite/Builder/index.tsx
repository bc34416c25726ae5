import '@site/src/client/messages/invite';
import {useCallback, useId, useMemo, useState, type ReactNode} from 'react';
import Translate from '@docusaurus/Translate';
import {formatDecimal} from '@site/src/discord/bitfield';
import {PAGE_PARAMS} from '@site/src/hooks/page-param-names';
import {useOnDemand} from '@site/src/hooks/useOnDemand';
import {useSiteLocale} from '@site/src/hooks/useSiteLocale';
import {applyParamUpdates} from '@site/src/hooks/url-params';
import {BUILDER_ANCHOR} from '../shared/anchors';
import {ClientIdSection} from './ClientIdSection';
import {CodeGrantSection} from './CodeGrantSection';
import {
  installUpdates,
  noIdOutcome,
  shownParamProblems,
  toggleScopeUpdates,
  visibility,
  type BuilderField,
  type FieldProblem,
} from './form-state';
import {InstallContext} from './InstallContext';
import {loadOutcome, preloadBuilderParts} from './on-demand';
import {LinkExtras, ResultBar} from './Output';
import {PermissionsSection} from './PermissionsSection';
import {ProblemList, ProblemText} from './ProblemText';
import {ScopePicker} from './ScopePicker';
import {ServerSection} from './ServerSection';
import {useBuilderState} from './useBuilderState';
import styles from './styles.module.css';

/** A page parameter the builder ignored: said beside its part of the form, never in the "no link" list. */
const isNotice = (problem: FieldProblem): boolean => problem.kind === 'param' && problem.error.code === 'bad-choice';
/** A value over its limit: the text field says so itself (TextField's `limit`). */
const isTooLong = (problem: FieldProblem): boolean => problem.kind === 'param' && problem.error.code === 'too-long';

/** Moves focus to a field named in the "no link" list (a fieldset is not focusable: its first control is). */
function focusField(idPrefix: string, field: BuilderField): void {
  const target =
    field === 'clientId'
      ? document.querySelector<HTMLElement>(`[id="${idPrefix}-clientId"] input`)
      : document.getElementById(`${idPrefix}-${field}`);
  const focusable = target?.matches('input, select, textarea, [tabindex]')
    ? target
    : target?.querySelector<HTMLElement>('input:not([disabled]), select, textarea');
  focusable?.focus();
}

/**
 * Builds a bot invite link from the shared Application ID and a few choices. A thin view: the rules live in
 * form-state.ts, outcome.ts and src/discord/invite/. Everything but the ID is in the page URL.
 */
export default function InviteBuilder(): ReactNode {
  const idPrefix = useId();
  const locale = useSiteLocale();
  const store = useBuilderState();
  const {state, clientId, update} = store;
  // The linter loads once the reader reaches into the builder, or as soon as there is something to check.
  const [engaged, setEngaged] = useState(false);
  const {module: rules, failed: rulesFailed} = useOnDemand(
    loadOutcome,
    engaged || clientId.trim() !== '' || store.hasQuery,
  );
  const outcome = useMemo(() => {
    if (rules !== null) return rules.builderOutcome(state, clientId);
    return clientId.trim() === '' ? noIdOutcome(state) : null;
  }, [rules, state, clientId]);
  const show = visibility(state);
  // Beside each field: the linter's problems, and every page parameter the builder could not use.
  const near = useMemo(
    () => [...(outcome?.problems ?? []).filter((p) => p.kind !== 'param'), ...shownParamProblems(state)],
    [outcome, state],
  );
  const of = (field: BuilderField) => near.filter((problem) => problem.field === field);
  const error = (field: BuilderField): ReactNode => {
    const problem = of(field).find((p) => !isNotice(p) && !isTooLong(p));
    return problem === undefined ? null : <ProblemText problem={problem} />;
  };
  const notices = (field: BuilderField): ReactNode => <ProblemList problems={of(field).filter(isNotice)} />;

  const engage = useCallback(() => {
    setEngaged(true);
    preloadBuilderParts();
  }, []);
  const goTo = useCallback((field: BuilderField) => focusField(idPrefix, field), [idPrefix]);
  const shareUrl = useCallback(() => {
    const {origin, pathname, search} = window.location;
    const trimmed = clientId.trim();
    const query = applyParamUpdates(search, {[PAGE_PARAMS.clientId]: trimmed === '' ? null : trimmed});
    return `${origin}${pathname}${query}#${BUILDER_ANCHOR}`;
  }, [clientId]);

  return (
    // Any focus or press inside the builder starts loading the parts its first render leaves out (on-demand.ts).
    <div id={BUILDER_ANCHOR} className={styles.builder} tabIndex={-1} onFocus={engage} onPointerDown={engage}>
      <div id={`${idPrefix}-clientId`}>
        <ClientIdSection store={store} />
      </div>
      <InstallContext
        idPrefix={idPrefix}
        userInstall={state.userInstall}
        notices={notices('install')}
        onChange={(userInstall) => update(installUpdates(state, userInstall))}
      />
      <ScopePicker
        idPrefix={idPrefix}
        scopes={state.scopes}
        userInstall={state.userInstall}
        locale={locale}
        problems={of('scopes')}
        onToggle={(scope, on) => update(toggleScopeUpdates(state, scope, on))}
      />
      {show.permissions ? (
        <PermissionsSection
          idPrefix={idPrefix}
          value={state.permissions}
          error={error('permissions')}
          onChange={(value) => update({[PAGE_PARAMS.permissions]: value === 0n ? null : formatDecimal(value)})}
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
          guildError={error('guildId')}
          notices={notices('guildId')}
          onGuildId={(value) => update({[PAGE_PARAMS.guildId]: value})}
          onDisableGuildSelect={(on) => update({[PAGE_PARAMS.disableGuildSelect]: on ? 'true' : null})}
        />
      )}
      <CodeGrantSection
        idPrefix={idPrefix}
        on={state.codeGrant}
        redirectUri={state.redirectUri}
        state={state.state}
        prompt={state.prompt}
        redirectError={error('redirectUri')}
        stateError={error('state')}
        notices={notices('codeGrant')}
        onToggle={(on) => update({[PAGE_PARAMS.codeGrant]: on ? '1' : null})}
        onChange={(updates) => update(updates)}
      />
      <ResultBar idPrefix={idPrefix} outcome={outcome} loadFailed={rulesFailed} onGoTo={goTo} />
      <LinkExtras outcome={outcome} shareUrl={shareUrl} />
    </div>
  );
}
