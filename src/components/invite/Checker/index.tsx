import '@site/src/client/messages/invite';
import {useDeferredValue, useMemo, useState, type ReactNode} from 'react';
import Translate from '@docusaurus/Translate';
import LoadingNote from '@site/src/components/LoadingNote';
import TextField from '@site/src/components/TextField';
import {MAX_INVITE_INPUT_LENGTH} from '@site/src/discord/invite/limits';
import {formatCheckParam} from '@site/src/hooks/page-params';
import {PAGE_PARAMS} from '@site/src/hooks/page-param-names';
import {useOnDemand} from '@site/src/hooks/useOnDemand';
import {LoadFailedNote} from '@site/src/components/OnDemand';
import {useSiteLocale} from '@site/src/hooks/useSiteLocale';
import {useUrlParam, useUrlParamsUpdater} from '@site/src/hooks/useUrlParams';
import styles from './styles.module.css';

/** One checker per page; the id lets a link (or an accessibility check) point at the tool itself. */
const CHECKER_ANCHOR = 'checker';

/** The check and its result (Report.tsx): never part of the first load, which has nothing pasted yet. */
const loadReport = () => import('./Report');

/** The check of the pasted text, once the checker's code has loaded (it loads once `wanted`). */
function useCheck(text: string, wanted: boolean) {
  const {module: report, failed} = useOnDemand(loadReport, wanted);
  // Checking a 4 KB paste is quick, but typing should never wait for it.
  const deferred = useDeferredValue(text);
  const result = useMemo(
    () => (report === null || deferred.trim() === '' ? null : report.checkInviteUrl(deferred)),
    [report, deferred],
  );
  return {
    report,
    failed,
    parsed: result?.parsed.ok ? result.parsed.value : null,
    findings: result?.findings ?? [],
    parseError: result && !result.parsed.ok ? result.parsed.error : null,
  };
}

/**
 * Takes apart any authorize link a reader pastes: each parameter in words, the lint findings with their fixes, and a
 * way into the builder. Everything pasted is shown as text; nothing is fetched, opened or rendered as markup.
 */
export default function InviteChecker(): ReactNode {
  const locale = useSiteLocale();
  const param = useUrlParam(PAGE_PARAMS.check);
  const lib = useUrlParam(PAGE_PARAMS.lib);
  const update = useUrlParamsUpdater();
  // The reader's own text wins once they type: a paste too long for the page URL must not vanish on the next render.
  const [draft, setDraft] = useState<string | null>(null);
  const text = draft ?? param ?? '';
  // Focusing the field starts loading the checker's code, so it is usually there by the time a link is pasted.
  const [focused, setFocused] = useState(false);
  const {report, failed, parsed, findings, parseError} = useCheck(text, focused || text.trim() !== '');
  // Something to check, but the code that checks it is still on its way.
  const loading = report === null && text.trim() !== '';

  const onChange = (value: string) => {
    setDraft(value);
    update({[PAGE_PARAMS.check]: formatCheckParam(value)});
  };

  return (
    <div id={CHECKER_ANCHOR} className={styles.checker}>
      <TextField
        label={<Translate id="tools.invite.checker.label">Invite link to check</Translate>}
        rows={4}
        limit={MAX_INVITE_INPUT_LENGTH}
        value={text}
        placeholder="https://discord.com/oauth2/authorize?client_id=…"
        onFocus={() => setFocused(true)}
        onChange={onChange}
        error={
          report !== null && parseError !== null ? <report.ParseProblem error={parseError} findings={findings} /> : null
        }
        hint={
          <Translate id="tools.invite.checker.hint">
            Paste the whole link. The check runs in your browser: nothing is opened or sent anywhere.
          </Translate>
        }
      />

      {loading && <p>{failed ? <LoadFailedNote /> : <LoadingNote />}</p>}
      {report !== null && parsed !== null && (
        <report.Report parsed={parsed} findings={findings} locale={locale} text={text} lib={lib} />
      )}
    </div>
  );
}
