import type {ReactNode} from 'react';
import clsx from 'clsx';
import Translate from '@docusaurus/Translate';
import type {LintFinding} from '@site/src/discord/invite-url';
import {useSiteLocale} from '@site/src/hooks/useSiteLocale';
import {lintText, severityLabel} from './messages';
import styles from './styles.module.css';

export {lintText, severityLabel, quote} from './messages';

export interface FindingListProps {
  readonly findings: readonly LintFinding[];
}

/** Lint findings as a list: severity first (in words, not only colour), then what is wrong and how to fix it. */
export default function FindingList({findings}: FindingListProps): ReactNode {
  const locale = useSiteLocale();
  if (findings.length === 0) return null;
  return (
    <ul className={styles.findings}>
      {findings.map((finding, index) => {
        const {message, fix} = lintText(finding, locale);
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
          </li>
        );
      })}
    </ul>
  );
}
