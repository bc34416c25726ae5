import {useId, type ReactNode} from 'react';
import Translate from '@docusaurus/Translate';
import {TUTORIAL_STEPS, countDone} from './steps';
import styles from './styles.module.css';

/** "3 of 8 steps done" with a native progress element, so screen readers announce the same figure. */
export default function ProgressBar({done}: {readonly done: ReadonlySet<string>}): ReactNode {
  const id = useId();
  const count = countDone(done);
  const total = TUTORIAL_STEPS.length;
  return (
    <div className={styles.bar}>
      <label htmlFor={id} className={styles.barLabel}>
        <Translate id="tutorial.progress.count" values={{done: count, total}}>
          {'Tutorial progress: {done} of {total} steps done'}
        </Translate>
      </label>
      <progress id={id} max={total} value={count} className={styles.progress} />
    </div>
  );
}
