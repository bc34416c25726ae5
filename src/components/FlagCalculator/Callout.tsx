import {useId, type ReactNode} from 'react';
import Admonition from '@theme/Admonition';
import {LiveSlot} from './Layout';
import styles from './layout.module.css';

export interface CalloutProps {
  readonly type: 'note' | 'info' | 'tip' | 'warning' | 'danger';
  readonly title: ReactNode;
  /** Exposed as a note named by its title, so assistive technology (and tests) can find it by that name. */
  readonly named?: boolean;
  readonly children: ReactNode;
}

/** A note beside a tool, drawn by the theme's own admonition so it looks like every `:::note` of the site. */
export function Callout({type, title, named = false, children}: CalloutProps): ReactNode {
  const titleId = useId();
  const box = (
    <Admonition type={type} title={<span id={titleId}>{title}</span>} className={styles.callout}>
      {children}
    </Admonition>
  );
  return named ? (
    <div role="note" aria-labelledby={titleId}>
      {box}
    </div>
  ) : (
    box
  );
}

/** A callout that comes and goes with the reader's choices, announced when it appears (see LiveSlot). */
export function LiveCallout({shown, ...callout}: CalloutProps & {readonly shown: boolean}): ReactNode {
  return <LiveSlot>{shown && <Callout {...callout} />}</LiveSlot>;
}
