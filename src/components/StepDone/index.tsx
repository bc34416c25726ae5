import {useId, type ReactNode} from 'react';
import Translate from '@docusaurus/Translate';
import {useTutorialProgress} from '@site/src/hooks/useTutorialProgress';
import ProgressBar from '@site/src/components/TutorialProgress/ProgressBar';
import {TUTORIAL_STEPS} from '@site/src/components/TutorialProgress/steps';
import styles from './styles.module.css';

/** The "done" box at the end of a tutorial step, with the progress bar so the reader sees the path move. */
export default function StepDone({step}: {readonly step: string}): ReactNode {
  const id = useId();
  const {done, setDone} = useTutorialProgress();
  const known = TUTORIAL_STEPS.some((s) => s.id === step);
  return (
    <aside className={styles.box}>
      <div className={styles.row}>
        <input
          id={id}
          type="checkbox"
          className={styles.checkbox}
          checked={done.has(step)}
          disabled={!known}
          onChange={(e) => setDone(step, e.target.checked)}
        />
        <label htmlFor={id} className={styles.label}>
          <Translate id="tutorial.stepDone.label">I have done this step</Translate>
        </label>
      </div>
      <ProgressBar done={done} />
    </aside>
  );
}
