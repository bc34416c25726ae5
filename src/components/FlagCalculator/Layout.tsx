import clsx from 'clsx';
import {useId, type ReactNode} from 'react';
import {cssVariables} from './cssVariables';
import styles from './layout.module.css';

export interface SectionProps {
  readonly title: ReactNode;
  readonly children: ReactNode;
  /**
   * Set when the section starts below the first screen of a phone: the height, in rem, it holds there until the
   * reader scrolls near it and it is drawn (layout.module.css says why). Leave it off for anything a load shows and
   * for sections that hold a deferred part of their own, such as a picker's groups: a scroll to one would aim at the
   * section's estimate, and miss.
   */
  readonly belowPhoneFoldRem?: number;
}

/** One titled part of a calculator; the heading names the region for screen-reader navigation. */
export function Section({title, children, belowPhoneFoldRem}: SectionProps): ReactNode {
  const id = useId();
  const deferred = belowPhoneFoldRem !== undefined;
  return (
    <section
      className={clsx(styles.section, deferred && styles.belowPhoneFold)}
      style={deferred ? cssVariables({'--section-estimate': `${belowPhoneFoldRem}rem`}) : undefined}
      aria-labelledby={id}>
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
