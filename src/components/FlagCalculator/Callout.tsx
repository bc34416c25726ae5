import {useId, type ReactNode} from 'react';
import clsx from 'clsx';
import {LiveSlot} from './Layout';
import styles from './layout.module.css';

export interface CalloutProps {
  readonly type: 'note' | 'info' | 'tip' | 'warning' | 'danger';
  readonly title: ReactNode;
  /** Exposed as a note named by its title, so assistive technology (and tests) can find it by that name. */
  readonly named?: boolean;
  readonly children: ReactNode;
}

/** The Infima alert colour each admonition type uses, so a callout matches the `:::note`s of the site. */
const ALERT: Readonly<Record<CalloutProps['type'], string>> = {
  note: 'secondary',
  info: 'info',
  tip: 'success',
  warning: 'warning',
  danger: 'danger',
};

/**
 * A note beside a tool, in the theme's alert colours. Not @theme/Admonition: the tool pages have no `:::note` of their
 * own, and the admonition's chunk (icons and all) cost every tool page 2.7 KiB gz of JS for a coloured box.
 */
export function Callout({type, title, named = false, children}: CalloutProps): ReactNode {
  const titleId = useId();
  return (
    <div
      className={clsx('alert', `alert--${ALERT[type]}`, styles.callout)}
      data-callout={type}
      role={named ? 'note' : undefined}
      aria-labelledby={named ? titleId : undefined}>
      <div className={styles.calloutTitle} id={titleId}>
        {title}
      </div>
      {children}
    </div>
  );
}

/** A callout that comes and goes with the reader's choices, announced when it appears (see LiveSlot). */
export function LiveCallout({shown, ...callout}: CalloutProps & {readonly shown: boolean}): ReactNode {
  return <LiveSlot>{shown && <Callout {...callout} />}</LiveSlot>;
}
