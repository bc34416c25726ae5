import {useDeferredValue, useId, useMemo, useState, type ReactNode} from 'react';
import Translate from '@docusaurus/Translate';
import LoadingNote from '@site/src/components/LoadingNote';
import {useOnDemand} from '@site/src/hooks/useOnDemand';
import {useSiteLocale} from '@site/src/hooks/useSiteLocale';
import {useUrlParam, useUrlParamsUpdater} from '@site/src/hooks/useUrlParams';
import {CHECK_PARAM, checkParam} from './check-param';
import styles from './styles.module.css';

/** One checker per page; the id lets a link (or an accessibility check) point at the tool itself. */
const CHECKER_ANCHOR = 'checker';

/** The check and its result (Report.tsx): never part of the first load, which has nothing pasted yet. */
const loadReport = () => import('./Report');

/**
 * Takes apart any authorize link a reader pastes: each parameter in words, the lint findings with their fixes, and a
 * way into the builder. Everything pasted is shown as text; nothing is fetched, opened or rendered as markup.
 */
export default function InviteChecker(): ReactNode {
  const id = useId();
  const locale = useSiteLocale();
  const param = useUrlParam(CHECK_PARAM);
  const lib = useUrlParam('lib');
  const update = useUrlParamsUpdater();
  // The reader's own text wins once they type: a paste too long for the page URL must not vanish on the next render.
  const [draft, setDraft] = useState<string | null>(null);
  const text = draft ?? param ?? '';
  // Focusing the field starts loading the checker's code, so it is usually there by the time a link is pasted.
  const [focused, setFocused] = useState(false);
  const report = useOnDemand(loadReport, focused || text.trim() !== '');
  // Checking a 4 KB paste is quick, but typing should never wait for it.
  const deferred = useDeferredValue(text);
  const result = useMemo(
    () => (report === null || deferred.trim() === '' ? null : report.checkInviteUrl(deferred)),
    [report, deferred],
  );

  const parsed = result?.parsed.ok ? result.parsed.value : null;
  const findings = result?.findings ?? [];
  const parseError = result && !result.parsed.ok ? result.parsed.error : null;
  // Something to check, but the code that checks it is still on its way.
  const loading = report === null && text.trim() !== '';

  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const onChange = (value: string) => {
    setDraft(value);
    update({[CHECK_PARAM]: checkParam(value)});
  };

  return (
    <div id={CHECKER_ANCHOR} className={styles.checker}>
      <div className={styles.field}>
        <label htmlFor={id} className={styles.label}>
          <Translate id="tools.invite.checker.label">Invite link to check</Translate>
        </label>
        <textarea
          id={id}
          className={styles.input}
          rows={4}
          value={text}
          spellCheck={false}
          autoComplete="off"
          placeholder="https://discord.com/oauth2/authorize?client_id=…"
          aria-invalid={parseError !== null || undefined}
          aria-describedby={`${errorId} ${hintId}`}
          onFocus={() => setFocused(true)}
          onChange={(event) => onChange(event.target.value)}
        />
        <p id={hintId} className={styles.hint}>
          <Translate id="tools.invite.checker.hint">
            Paste the whole link. The check runs in your browser: nothing is opened or sent anywhere.
          </Translate>
        </p>
        <div id={errorId} role="alert" className={styles.error}>
          {report !== null && parseError !== null && <report.ParseProblem error={parseError} findings={findings} />}
        </div>
      </div>

      {loading && (
        <p>
          <LoadingNote />
        </p>
      )}
      {report !== null && parsed !== null && (
        <report.Report parsed={parsed} findings={findings} locale={locale} text={text} lib={lib} />
      )}
    </div>
  );
}
