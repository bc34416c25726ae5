import type {ReactNode} from 'react';
import {translate} from '@docusaurus/Translate';
import styles from './styles.module.css';

/**
 * Shown where a part of a tool that loads on demand (results, code, a picker) could not be loaded, usually because
 * the reader went offline after the page arrived. Reloading fetches it again; the tools keep their state in the
 * address, so the reload shows the same state.
 */
export default function LoadFailedNote(): ReactNode {
  return (
    <span className={styles.failed} role="alert">
      {translate({
        id: 'tools.loading.failed',
        message: 'This part of the tool could not be loaded. Check your connection, then reload the page.',
        description: 'Shown in place of a part of a tool (results, code) whose code failed to download',
      })}{' '}
      <button type="button" className="button button--sm button--secondary" onClick={() => window.location.reload()}>
        {translate({
          id: 'tools.loading.reload',
          message: 'Reload the page',
          description: 'Button next to the message that a part of a tool could not be loaded',
        })}
      </button>
    </span>
  );
}
