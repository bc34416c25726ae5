import '@site/src/client/messages/invite';
import type {ReactNode} from 'react';
import Translate from '@docusaurus/Translate';
import CopyButton from '@site/src/components/CopyButton';
import {CodeTabs} from '@site/src/components/FlagCalculator/CodeTabs';
import FindingList from '@site/src/components/invite/Findings';
import type {LintFinding} from '@site/src/discord/invite/lint';
import type {InviteParams} from '@site/src/discord/invite/params';
import styles from './styles.module.css';

/*
 * What the output shows once there is a link. The builder's first render (the server HTML) has no Application ID
 * and so no link: this module is loaded on demand (on-demand.ts), not with the page.
 */

const loadSnippet = () => import('@site/src/discord/invite-snippets').then((m) => m.inviteSnippet);

/** The link itself, to copy or to open in a new tab. */
export function LinkBox({idPrefix, url}: {readonly idPrefix: string; readonly url: string}): ReactNode {
  const urlId = `${idPrefix}-url`;
  return (
    <div className={styles.linkBox}>
      <label htmlFor={urlId} className={styles.fieldLabel}>
        <Translate id="tools.invite.builder.output.label">Invite link</Translate>
      </label>
      <textarea
        id={urlId}
        className={styles.url}
        readOnly
        rows={2}
        value={url}
        spellCheck={false}
        onFocus={(event) => event.currentTarget.select()}
      />
      <div className={styles.actions}>
        <CopyButton text={url}>
          <Translate id="tools.invite.builder.output.copy">Copy link</Translate>
        </CopyButton>
        <a className="button button--sm button--primary" href={url} target="_blank" rel="noopener noreferrer">
          <Translate id="tools.invite.builder.output.open">Open the link (new tab)</Translate>
        </a>
      </div>
    </div>
  );
}

/** Warnings and notes about a link that can be built. */
export function LinkNotes({notes}: {readonly notes: readonly LintFinding[]}): ReactNode {
  return (
    <div className={styles.notes}>
      <h4 className={styles.subTitle}>
        <Translate id="tools.invite.builder.output.notes">Worth knowing about this link</Translate>
      </h4>
      <FindingList findings={notes} />
    </div>
  );
}

export interface LinkCodeProps {
  readonly params: InviteParams;
  /** The page URL with the Application ID, built on click (it needs window.location). */
  readonly shareUrl: () => string;
}

/** The same link written with each library's helper, in the site-wide library tabs, and a link to these settings. */
export function LinkCode({params, shareUrl}: LinkCodeProps): ReactNode {
  return (
    <>
      <h4 className={styles.subTitle}>
        <Translate id="tools.invite.builder.output.code">The same link from your bot’s code</Translate>
      </h4>
      <CodeTabs value={params} load={loadSnippet} />
      <p className={styles.actions}>
        <CopyButton text={shareUrl}>
          <Translate id="tools.invite.builder.output.share">Copy a link to these builder settings</Translate>
        </CopyButton>
      </p>
    </>
  );
}
