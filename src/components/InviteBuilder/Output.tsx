import {Suspense, type ReactNode} from 'react';
import Translate, {translate} from '@docusaurus/Translate';
import LoadingNote from '@site/src/components/LoadingNote';
import type {BuilderOutcome, BuilderField} from './builder-state';
import {LinkBox, LinkCode, LinkNotes} from './lazy-parts';
import {fieldLabel} from './messages';
import {ProblemText} from './ProblemText';
import styles from './styles.module.css';

export interface OutputProps {
  readonly idPrefix: string;
  readonly outcome: BuilderOutcome;
  /** Moves focus to the field with a problem. */
  readonly onGoTo: (field: BuilderField) => void;
  /** The page URL with the Application ID, built on click (it needs window.location). */
  readonly shareUrl: () => string;
}

/**
 * The link, or why there is none; then the notes about it and the same link made in code. Everything that needs a
 * link comes from one module loaded on demand (lazy-parts.ts): it shares the one fallback of the first slot.
 */
export function Output({idPrefix, outcome, onGoTo, shareUrl}: OutputProps): ReactNode {
  const {url, problems, notes, params} = outcome;
  return (
    <section className={styles.output} aria-labelledby={`${idPrefix}-output-title`}>
      <h3 id={`${idPrefix}-output-title`} className={styles.legend}>
        <Translate id="tools.invite.builder.output.title">Your invite link</Translate>
      </h3>
      {/* Live, so a link appearing or disappearing is announced as the reader edits the fields above. */}
      <div aria-live="polite" className={styles.liveSlot}>
        {url !== null ? (
          <Suspense fallback={<LoadingNote />}>
            <LinkBox idPrefix={idPrefix} url={url} />
          </Suspense>
        ) : (
          <div className={styles.noLink}>
            <p className={styles.noLinkTitle}>
              <Translate id="tools.invite.builder.output.noLink">No link yet: a field above needs fixing.</Translate>
            </p>
            <ul className={styles.problemList}>
              {problems.map((problem, index) => (
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
            </ul>
          </div>
        )}
      </div>
      {/* Always rendered and live, so a new warning (Administrator ticked) is announced, not only painted. */}
      <div aria-live="polite" className={styles.liveSlot}>
        {url !== null && notes.length > 0 && (
          <Suspense fallback={null}>
            <LinkNotes notes={notes} />
          </Suspense>
        )}
      </div>
      {url !== null ? (
        <Suspense fallback={null}>
          <LinkCode params={params} shareUrl={shareUrl} />
        </Suspense>
      ) : (
        <p className={styles.hint}>
          {translate({
            id: 'tools.invite.builder.output.noCode',
            message: 'The code for your bot appears here once the link is valid.',
          })}
        </p>
      )}
    </section>
  );
}
