import '@site/src/client/messages/invite';
import type {ReactNode} from 'react';
import clsx from 'clsx';
import Translate, {translate} from '@docusaurus/Translate';
import CopyButton from '@site/src/components/CopyButton';
import {findingText, type LintFinding, type LintSeverity} from '@site/src/discord/invite/lint';
import styles from './styles.module.css';

/** The severity in words, so it is never shown by colour alone. */
export function severityLabel(severity: LintSeverity): string {
  switch (severity) {
    case 'error':
      return translate({id: 'tools.invite.severity.error', message: 'Error', description: 'Severity of a finding'});
    case 'warning':
      return translate({id: 'tools.invite.severity.warning', message: 'Warning', description: 'Severity of a finding'});
    case 'info':
      return translate({id: 'tools.invite.severity.info', message: 'Note', description: 'Severity of a finding'});
  }
}

export interface FindingListProps {
  readonly findings: readonly LintFinding[];
  /**
   * The link a finding's correction gives, or null (the checker passes correctedInviteUrl over the pasted link's
   * parameters). Without it, findings show their text only.
   */
  readonly correctedUrl?: (finding: LintFinding) => string | null;
}

/** A corrected link under its finding: shown whole, to copy or to open. */
function CorrectedLink({url}: {readonly url: string}): ReactNode {
  return (
    <span className={styles.corrected}>
      <span className={styles.correctedLabel}>
        <Translate id="tools.invite.finding.corrected" description="Label above the corrected link under a finding">
          Corrected link:
        </Translate>
      </span>
      <code className={styles.correctedUrl}>{url}</code>
      <span className={styles.correctedActions}>
        <CopyButton text={url}>
          <Translate id="tools.invite.finding.copyCorrected" description="Button under a finding">
            Copy the corrected link
          </Translate>
        </CopyButton>
        <a className="button button--sm button--primary" href={url} target="_blank" rel="noopener noreferrer">
          <Translate id="tools.invite.finding.openCorrected" description="Button under a finding; opens Discord">
            Open the corrected link (new tab)
          </Translate>
        </a>
      </span>
    </span>
  );
}

/**
 * Lint findings as a list: severity first, then what is wrong and how to fix it. The sentences are the rules
 * table's own (src/discord/invite/lint-rules.ts), already in this build's language; this module only loads on
 * demand (the builder's and the checker's lazy parts), so a page's first load carries none of them.
 */
export default function FindingList({findings, correctedUrl}: FindingListProps): ReactNode {
  if (findings.length === 0) return null;
  return (
    <ul className={styles.findings}>
      {findings.map((finding, index) => {
        const {message, fix} = findingText(finding);
        const corrected = correctedUrl?.(finding) ?? null;
        return (
          // A finding code can repeat (bad-value for two fields), so the index keeps keys unique.
          <li
            key={`${finding.code}-${finding.field ?? ''}-${index}`}
            className={clsx(styles.finding, styles[finding.severity])}>
            <span className={styles.severity}>{severityLabel(finding.severity)}</span>
            <span className={styles.message}>{message}</span>
            <span className={styles.fix}>
              <Translate id="tools.invite.finding.fix" values={{fix}} description="Prefix of how to fix a finding">
                {'How to fix: {fix}'}
              </Translate>
            </span>
            {corrected !== null && <CorrectedLink url={corrected} />}
          </li>
        );
      })}
    </ul>
  );
}
