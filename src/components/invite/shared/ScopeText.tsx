import '@site/src/client/messages/invite';
import type {ReactNode} from 'react';
import Translate from '@docusaurus/Translate';
import type {ScopeInfo} from '@site/src/discord/scopes';
import styles from './scope-text.module.css';

/**
 * Catalogue descriptions mark scope names with backticks; they become <code>. Plain text otherwise: nothing from
 * the catalogue (or a pasted link) is ever parsed as HTML.
 */
export function InlineCode({text}: {readonly text: string}): ReactNode {
  return (
    <>
      {text.split('`').map((part, index) =>
        // Odd pieces sit between a pair of backticks.
        index % 2 === 1 ? <code key={index}>{part}</code> : part,
      )}
    </>
  );
}

/** Badges that tell a reader a scope is not for an ordinary bot invite, in words (not colour alone). */
export function ScopeFlags({info}: {readonly info: ScopeInfo}): ReactNode {
  const flags: ReactNode[] = [];
  if (info.clientCredentialsOnly === true) {
    flags.push(
      <span key="cc" className={styles.flag}>
        <Translate id="tools.invite.scope.flag.clientCredentials">Never in an authorize link</Translate>
      </span>,
    );
  } else if (info.needsCodeGrant) {
    flags.push(
      <span key="code" className={styles.flag}>
        <Translate id="tools.invite.scope.flag.codeGrant">Needs the code grant</Translate>
      </span>,
    );
  }
  if (info.needsApproval) {
    flags.push(
      <span key="approval" className={styles.flag}>
        <Translate id="tools.invite.scope.flag.approval">Needs Discord’s approval</Translate>
      </span>,
    );
  }
  if (flags.length === 0) return null;
  return <span className={styles.flags}>{flags}</span>;
}
