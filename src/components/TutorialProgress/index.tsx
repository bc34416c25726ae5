import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import {useTutorialProgress} from '@site/src/hooks/useTutorialProgress';
import ProgressBar from './ProgressBar';
import {countDone, TUTORIAL_STEPS} from './steps';
import styles from './styles.module.css';

/** The whole path with what the reader ticked, saved in this browser only. */
export default function TutorialProgress(): ReactNode {
  const {done, reset} = useTutorialProgress();
  return (
    <section className="site-panel" aria-label={translate({id: 'tutorial.progress.region', message: 'Your progress'})}>
      <ProgressBar done={done} />
      <ol className={styles.steps}>
        {TUTORIAL_STEPS.map((step) => (
          <li key={step.id} className={done.has(step.id) ? styles.stepDone : undefined}>
            <Link to={`/docs/tutorial/${step.id}`}>{step.label()}</Link>
            {done.has(step.id) && (
              <span className={styles.check}>
                {' '}
                <Translate id="tutorial.progress.doneMark">(done)</Translate>
              </span>
            )}
          </li>
        ))}
      </ol>
      <p className={styles.note}>
        <Translate id="tutorial.progress.privacy">
          Progress is kept in this browser only, in both languages. Nothing is sent anywhere.
        </Translate>{' '}
        <button
          type="button"
          className="button button--sm button--outline button--secondary"
          onClick={reset}
          // Counted like the bar: entries of steps this guide no longer has are not progress the reader can see.
          disabled={countDone(done) === 0}>
          <Translate id="tutorial.progress.reset">Reset progress</Translate>
        </button>
      </p>
    </section>
  );
}
