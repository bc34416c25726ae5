import type {ReactNode} from 'react';
import styles from './styles.module.css';

/** Cell classes the tables share: `anchor` (row name), `description`, `number`. */
export {styles as referenceTableStyles};

/**
 * The frame of a generated reference table: a scroll region the keyboard can reach (axe:
 * scrollable-region-focusable) with a name, so a table wider than a phone scrolls instead of the page.
 */
export default function ReferenceTable({
  label,
  children,
}: {
  readonly label: string;
  readonly children: ReactNode;
}): ReactNode {
  return (
    <div className={styles.scroll} tabIndex={0} role="region" aria-label={label}>
      <table className={styles.table}>{children}</table>
    </div>
  );
}
