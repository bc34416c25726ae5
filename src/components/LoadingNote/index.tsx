import type {ReactNode} from 'react';
import {translate} from '@docusaurus/Translate';
import styles from './styles.module.css';

/**
 * The Suspense fallback of a tool part whose code loads on demand (a checker result, the code tabs): plain text in
 * the reader's language, so a screen reader in a live region hears it before the content that replaces it. It only
 * ever shows after an interaction, never in the server HTML.
 */
export default function LoadingNote(): ReactNode {
  return (
    <span className={styles.loading}>
      {translate({
        id: 'tools.loading.message',
        message: 'Loading…',
        description: 'Shown for a moment while a part of a tool (results, code) is being loaded',
      })}
    </span>
  );
}
