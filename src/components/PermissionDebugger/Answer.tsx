import '@site/src/client/messages/debugger';
import {useMemo, type ReactNode} from 'react';
import Translate from '@docusaurus/Translate';
import {getBotAction} from '@site/src/discord/bot-actions';
import {debuggerContext, debuggerTarget, type DebuggerState} from '@site/src/discord/debugger-state';
import {applyFixesToState} from '@site/src/discord/debugger-state/apply-fix';
import {explainAction, explainPermission, type ActionVerdict} from '@site/src/discord/effective-permissions';
import type {ContextError} from '@site/src/discord/effective-permissions/context-error';
import {pick, type Locale} from '@site/src/discord/locale';
import {getPermission} from '@site/src/discord/permissions';
import type {Result} from '@site/src/discord/result';
import {stepText} from './step-text';
import {blockerText, fixText} from './verdict-text';
import styles from './styles.module.css';

export interface AnswerProps {
  readonly state: DebuggerState;
  readonly locale: Locale;
  readonly onChange: (next: DebuggerState) => void;
}

function verdictOf(state: DebuggerState): Result<ActionVerdict, ContextError> | null {
  const subject = state.subject;
  if (subject === undefined) return null;
  const context = debuggerContext(state);
  return subject.kind === 'action'
    ? explainAction(context, subject.id, debuggerTarget(state))
    : explainPermission(context, subject.key);
}

function subjectLabel(state: DebuggerState, locale: Locale): string {
  const subject = state.subject;
  if (subject === undefined) return '';
  if (subject.kind === 'permission') return pick(getPermission(subject.key).label, locale);
  const action = getBotAction(subject.id);
  return action ? pick(action.label, locale) : subject.id;
}

const ERROR_NAMES: Readonly<Record<number, string>> = {50001: 'Missing Access', 50013: 'Missing Permissions'};

function Headline({verdict, label}: {readonly verdict: ActionVerdict; readonly label: string}): ReactNode {
  if (verdict.allowed) {
    return (
      <p className={styles.allowed} data-verdict="allowed">
        <Translate
          id="tools.debugger.verdict.allowed"
          values={{action: <strong>{label}</strong>}}
          description="The answer when the bot can do it; {action} is the action's name">
          {'Yes: the bot can do this ({action}).'}
        </Translate>
      </p>
    );
  }
  if (verdict.silent) {
    return (
      <p className={styles.refused} data-verdict="silent">
        <Translate
          id="tools.debugger.verdict.silent"
          values={{action: <strong>{label}</strong>}}
          description="The request succeeds but its effect is dropped without an error">
          {'Not quite ({action}): Discord accepts the request without an error, but drops what this permission adds.'}
        </Translate>
      </p>
    );
  }
  const code = verdict.error ?? 50013;
  return (
    <p className={styles.refused} data-verdict="refused">
      <Translate
        id="tools.debugger.verdict.refused"
        values={{action: <strong>{label}</strong>, code: <code>{`${code} ${ERROR_NAMES[code] ?? ''}`}</code>}}
        description="The answer when the bot can't; {code} is Discord's error code and name, kept in English">
        {"No: the bot can't do this ({action}). Discord answers {code}, because:"}
      </Translate>
    </p>
  );
}

function Fixes({verdict, state, locale, onChange}: AnswerProps & {readonly verdict: ActionVerdict}): ReactNode {
  if (verdict.fixes.length === 0) return null;
  return (
    <>
      <h4 className={styles.subheading}>
        <Translate id="tools.debugger.fixes.title">How to fix it</Translate>
      </h4>
      <ol className={styles.fixes}>
        {verdict.fixes.map((option, index) => {
          const fixable = option.changes.every((change) => change.kind !== 'not-fixable');
          return (
            <li key={index}>
              {option.changes.map((change, i) => (
                <p key={i} className={styles.fix}>
                  {fixText(change, state, locale)}
                </p>
              ))}
              {fixable && (
                <button
                  type="button"
                  className="button button--sm button--secondary"
                  onClick={() => onChange(applyFixesToState(state, option.changes))}>
                  <Translate
                    id="tools.debugger.fixes.apply"
                    description="Button: make this fix in the tool's server, to see the answer change">
                    Try this fix here
                  </Translate>
                </button>
              )}
            </li>
          );
        })}
      </ol>
    </>
  );
}

function Steps({verdict, state, locale}: Omit<AnswerProps, 'onChange'> & {readonly verdict: ActionVerdict}): ReactNode {
  const steps = verdict.permissions.steps;
  return (
    <details className={styles.steps}>
      <summary>
        <Translate
          id="tools.debugger.steps.title"
          values={{count: steps.length}}
          description="Opens the list of rules Discord applied; {count} is their number">
          {'How Discord worked it out ({count} steps)'}
        </Translate>
      </summary>
      <ol>
        {steps.map((step, index) => (
          <li key={index}>{stepText(step, state, locale)}</li>
        ))}
      </ol>
      <p>
        <Translate
          id="tools.debugger.steps.result"
          values={{value: <code>{verdict.permissions.effective.toString()}</code>}}
          description="The bot's final permissions integer">
          {'What the bot ends up with, as an integer: {value}'}
        </Translate>
      </p>
    </details>
  );
}

/** The answer: a sentence, why, how to fix it, and the steps behind it. Recomputed on every change of the state. */
export function Answer({state, locale, onChange}: AnswerProps): ReactNode {
  const result = useMemo(() => verdictOf(state), [state]);
  const label = subjectLabel(state, locale);
  return (
    <div aria-live="polite" className={styles.answer} data-answer="">
      {result === null ? (
        <p>
          <Translate id="tools.debugger.verdict.none">Pick what the bot should do, above.</Translate>
        </p>
      ) : !result.ok ? (
        // A state from this page is always a valid context; only a target that does not fit the question fails.
        <p className={styles.refused} data-error={result.error.code}>
          <Translate id="tools.debugger.verdict.badTarget" description="The target picked does not fit the question">
            The member or role picked does not fit this question: pick another one.
          </Translate>
        </p>
      ) : (
        <>
          <Headline verdict={result.value} label={label} />
          {result.value.blockers.length > 0 && (
            <ul className={styles.blockers}>
              {result.value.blockers.map((blocker, index) => (
                <li key={index}>{blockerText(blocker, state, locale)}</li>
              ))}
            </ul>
          )}
          <Fixes verdict={result.value} state={state} locale={locale} onChange={onChange} />
          <Steps verdict={result.value} state={state} locale={locale} />
        </>
      )}
    </div>
  );
}
