import '@site/src/client/messages/invite';
import {useRef, type ReactNode} from 'react';
import Translate, {translate} from '@docusaurus/Translate';
import LoadingNote from '@site/src/components/LoadingNote';
import type {BuilderField, BuilderOutcome, FieldProblem} from './form-state';
import {fieldLabel} from './messages';
import {LinkBox, LinkCode, LinkNotes} from './on-demand';
import {ProblemText} from './ProblemText';
import {useKeepFocusAbove} from './useKeepFocusAbove';
import OnDemand, {LoadFailedNote} from '@site/src/components/OnDemand';
import styles from './styles.module.css';

/** How many reasons the result bar lists; each one is also shown at its field, so the bar stays short. */
const BAR_REASONS = 2;

export interface ResultBarProps {
  readonly idPrefix: string;
  /** null while the rules are still loading (an ID is there, so the one static reason does not apply). */
  readonly outcome: BuilderOutcome | null;
  /** The rules' code could not be downloaded: said in place of "Loading…". */
  readonly loadFailed?: boolean;
  /** Moves focus to the field with a problem. */
  readonly onGoTo: (field: BuilderField) => void;
}

function NoLink({problems, onGoTo}: {readonly problems: readonly FieldProblem[]} & Pick<ResultBarProps, 'onGoTo'>) {
  const more = problems.length - BAR_REASONS;
  return (
    <div className={styles.noLink}>
      <p className={styles.noLinkTitle}>
        <Translate id="tools.invite.builder.output.noLink">No link yet: a field above needs fixing.</Translate>
      </p>
      <ul className={styles.problemList}>
        {problems.slice(0, BAR_REASONS).map((problem, index) => (
          <li key={`${problem.field}-${index}`}>
            <Translate
              id="tools.invite.builder.output.problem"
              description="One reason there is no link: {field} is a button naming the field, {problem} the reason"
              values={{
                field: (
                  <button type="button" className={styles.linkButton} onClick={() => onGoTo(problem.field)}>
                    {fieldLabel(problem.field)}
                  </button>
                ),
                problem: <ProblemText problem={problem} />,
              }}>
              {'Fix {field}: {problem}'}
            </Translate>
          </li>
        ))}
        {more > 0 && (
          <li>
            <Translate
              id="tools.invite.builder.output.moreProblems"
              values={{count: more}}
              description="Last line of the short 'no link' list: {count} further reasons, each shown at its field">
              {'…and {count} more, each shown at its field.'}
            </Translate>
          </li>
        )}
      </ul>
    </div>
  );
}

/**
 * The link, or why there is none, in a bar that stays at the bottom of the screen while the reader works on the
 * fields above it (position: sticky), so every change shows its effect. Live, so a link appearing or disappearing
 * is announced too.
 */
export function ResultBar({idPrefix, outcome, loadFailed, onGoTo}: ResultBarProps): ReactNode {
  const bar = useRef<HTMLElement>(null);
  useKeepFocusAbove(bar);
  let body: ReactNode;
  if (outcome === null) body = loadFailed ? <LoadFailedNote /> : <LoadingNote />;
  else if (outcome.url === null) body = <NoLink problems={outcome.problems} onGoTo={onGoTo} />;
  else {
    body = (
      <OnDemand>
        <LinkBox idPrefix={idPrefix} url={outcome.url} />
      </OnDemand>
    );
  }
  return (
    <section ref={bar} className={styles.resultBar} aria-labelledby={`${idPrefix}-output-title`} data-result-bar="">
      <h3 id={`${idPrefix}-output-title`} className={styles.barTitle}>
        <Translate id="tools.invite.builder.output.title">Your invite link</Translate>
      </h3>
      <div aria-live="polite" className={styles.liveSlot}>
        {body}
      </div>
    </section>
  );
}

export interface LinkExtrasProps {
  readonly outcome: BuilderOutcome | null;
  /** The page URL with the Application ID, built on click (it needs window.location). */
  readonly shareUrl: () => string;
}

/** Below the bar: the notes about the link and the same link made in code. */
export function LinkExtras({outcome, shareUrl}: LinkExtrasProps): ReactNode {
  const url = outcome?.url ?? null;
  return (
    <div className={styles.extras}>
      {/* Always rendered and live, so a new warning (Administrator ticked) is announced, not only painted. */}
      <div aria-live="polite" className={styles.liveSlot}>
        {outcome !== null && url !== null && outcome.notes.length > 0 && (
          <OnDemand fallback={null}>
            <LinkNotes notes={outcome.notes} />
          </OnDemand>
        )}
      </div>
      {outcome !== null && url !== null ? (
        <OnDemand fallback={null}>
          <LinkCode params={outcome.params} shareUrl={shareUrl} />
        </OnDemand>
      ) : (
        <p className={styles.hint}>
          {translate({
            id: 'tools.invite.builder.output.noCode',
            message: 'The code for your bot appears here once the link is valid.',
          })}
        </p>
      )}
    </div>
  );
}
