import '@site/src/client/messages/invite';
import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';
import FindingList from '@site/src/components/invite/Findings';
import {correctedInviteUrl} from '@site/src/discord/invite/build';
import type {LintFinding} from '@site/src/discord/invite/lint';
import type {ParsedInvite} from '@site/src/discord/invite/params';
import {MAX_INVITE_INPUT_LENGTH, type InviteParseError} from '@site/src/discord/invite/parse';
import type {Locale} from '@site/src/discord/locale';
import {formatCheckParam} from '@site/src/hooks/page-params';
import {PAGE_PARAMS} from '@site/src/hooks/page-param-names';
import {applyParamUpdates} from '@site/src/hooks/url-params';
import {BUILDER_ANCHOR, BUILDER_PAGE} from '../shared/anchors';
import {editInBuilderSearch, openableUrl} from './checker-state';
import {parseErrorMessage} from './messages';
import {ParamList} from './ParamList';
import styles from './result.module.css';

/*
 * Everything the checker needs once something is pasted: the check itself and what shows its result. The field is in
 * index.tsx and in the server HTML; this module loads when the reader focuses the field or a pasted link arrives
 * in the page URL, so a page that only shows the empty checker doesn't download the parser, the parameter
 * explanations and the findings' sentences.
 */

export {checkInviteUrl} from '@site/src/discord/invite/parse';

/** Why the paste is not an authorize link: its lint findings if it has any, else one sentence. */
export function ParseProblem({
  error,
  findings,
}: {
  readonly error: InviteParseError;
  readonly findings: readonly LintFinding[];
}): ReactNode {
  return findings.length > 0 ? (
    <FindingList findings={findings} />
  ) : (
    <p>{parseErrorMessage(error, MAX_INVITE_INPUT_LENGTH)}</p>
  );
}

export interface ReportProps {
  readonly parsed: ParsedInvite;
  readonly findings: readonly LintFinding[];
  readonly locale: Locale;
  /** What the reader pasted, kept in the "Edit in builder" link so the checker still shows it there. */
  readonly text: string;
  /** The page's `lib` parameter (the chosen library tab), kept in that link too. */
  readonly lib: string | null;
}

/** Each parameter in words, the findings with their fixes, and the ways on: into the builder, or open the link. */
export function Report({parsed, findings, locale, text, lib}: ReportProps): ReactNode {
  const open = openableUrl(parsed, findings);
  const editSearch = editInBuilderSearch(
    parsed,
    applyParamUpdates('', {[PAGE_PARAMS.check]: formatCheckParam(text), [PAGE_PARAMS.lib]: lib}),
  );
  return (
    <div className={styles.result}>
      <h3 className={styles.title}>
        <Translate id="tools.invite.checker.params.title">What this link asks for</Translate>
      </h3>
      <ParamList parsed={parsed} locale={locale} />
      <h3 className={styles.title}>
        <Translate id="tools.invite.checker.findings.title">Problems and advice</Translate>
      </h3>
      {findings.length === 0 ? (
        <p className={styles.ok}>
          <Translate id="tools.invite.checker.findings.none">No problems found: this is a clean invite link.</Translate>
        </p>
      ) : (
        <FindingList findings={findings} correctedUrl={(finding) => correctedInviteUrl(parsed.params, finding)} />
      )}
      <p className={styles.actions}>
        <Link
          className="button button--sm button--primary"
          to={`${BUILDER_PAGE}${editSearch}#${BUILDER_ANCHOR}`}
          onClick={() => {
            // Same page: after the router applies the new query, move focus to the builder for keyboard users.
            requestAnimationFrame(() => document.getElementById(BUILDER_ANCHOR)?.focus());
          }}>
          <Translate id="tools.invite.checker.edit">Edit in the builder</Translate>
        </Link>
        {open !== null && (
          <a className="button button--sm button--secondary" href={open} target="_blank" rel="noopener noreferrer">
            <Translate id="tools.invite.checker.open">Open the link (new tab)</Translate>
          </a>
        )}
      </p>
    </div>
  );
}
