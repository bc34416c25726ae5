import {useId, type ReactNode} from 'react';
import styles from './layout.module.css';

/** One titled part of a calculator; the heading names the region for screen-reader navigation. */
export function Section({title, children}: {readonly title: ReactNode; readonly children: ReactNode}): ReactNode {
  const id = useId();
  return (
    <section className={styles.section} aria-labelledby={id}>
      <h3 id={id} className={styles.sectionTitle}>
        {title}
      </h3>
      {children}
    </section>
  );
}

/** A short muted line under a section title. */
export function Hint({children}: {readonly children: ReactNode}): ReactNode {
  return <p className={styles.hint}>{children}</p>;
}

/** A row of buttons under a part of the tool. */
export function Actions({children}: {readonly children: ReactNode}): ReactNode {
  return <div className={styles.actions}>{children}</div>;
}

/**
 * Holds a note that comes and goes with the reader's choices. The wrapper is always rendered and live, so the note
 * appearing is announced to screen readers, not just painted.
 */
export function LiveSlot({children}: {readonly children: ReactNode}): ReactNode {
  return (
    <div aria-live="polite" className={styles.liveSlot}>
      {children}
    </div>
  );
}
