import {lazy, useState, type ReactNode} from 'react';
import Translate from '@docusaurus/Translate';
import TextField from '@site/src/components/TextField';
import {parseSnowflake, snowflakeDate} from '@site/src/discord/snowflake';
import {APPLICATION_ID_LIMIT, whyNotStored, type NotStored} from '@site/src/hooks/application-id';
import {useApplicationId} from '@site/src/hooks/useApplicationId';
import OnDemand from '@site/src/components/OnDemand';

// What the field says about the text (IdStatus.tsx) loads on demand: the empty field of the first render says
// nothing, and focusing the field starts the download before anything is typed.
const loadStatus = () => import('./IdStatus');
const IdProblem = lazy(() => loadStatus().then((m) => ({default: m.IdProblem})));
const IdCreated = lazy(() => loadStatus().then((m) => ({default: m.IdCreated})));
const preloadStatus = (): void => void loadStatus();

/** Text the reader typed that lives in this component only, and why it is not in the shared store. */
interface Draft {
  readonly text: string;
  readonly why: NotStored | 'storage-failed';
}

/** What the field says about its text: a secret, a refusing browser, or why it is no Discord ID. */
function describe(text: string, why: Draft['why'] | null) {
  const secret = why === 'bot-token' || why === 'client-secret' ? why : null;
  // Text over the limit gets TextField's own message; a blank one gets "Paste the ID" from the ID parser.
  const parsed = text !== '' && secret === null && why !== 'too-long' ? parseSnowflake(text) : null;
  const error = parsed !== null && !parsed.ok ? parsed.error.code : null;
  return {
    secret,
    error,
    storageFailed: why === 'storage-failed',
    created: parsed?.ok && why === null ? snowflakeDate(parsed.value) : null,
  };
}

/**
 * Asks for the Application ID once (`onEdit` tells a tool the reader typed, e.g. so it stops using another ID); the tutorial and every tool read it from the same store afterwards.
 * A pasted token or client secret, a paste over the limit and a blank entry are never stored: they stay in this
 * component's memory (so nothing the reader typed vanishes) and the field says why.
 */
export default function ApplicationIdField({onEdit}: {readonly onEdit?: (text: string) => void} = {}): ReactNode {
  const {value, setValue, forget} = useApplicationId();
  const [draft, setDraft] = useState<Draft | null>(null);
  const text = draft?.text ?? value;
  const {secret, error, storageFailed, created} = describe(text, draft?.why ?? null);

  const onChange = (next: string) => {
    onEdit?.(next);
    const notStored = whyNotStored(next);
    if (notStored !== null) {
      forget();
      setDraft(next === '' ? null : {text: next, why: notStored});
      return;
    }
    setDraft(setValue(next) === 'saved' ? null : {text: next, why: 'storage-failed'});
  };

  const showProblem = secret !== null || storageFailed || error !== null;
  return (
    <div className="site-panel">
      <TextField
        label={<Translate id="tools.applicationId.label">Your Application ID</Translate>}
        value={text}
        limit={APPLICATION_ID_LIMIT}
        inputMode="numeric"
        placeholder="123456789012345678"
        onFocus={preloadStatus}
        onChange={onChange}
        error={
          showProblem ? (
            <OnDemand>
              <IdProblem secret={secret} storageFailed={storageFailed} error={error} />
            </OnDemand>
          ) : null
        }
        status={
          created ? (
            <OnDemand fallback={null}>
              <IdCreated date={created} />
            </OnDemand>
          ) : null
        }
        actions={
          <button
            type="button"
            className="button button--sm button--outline button--secondary"
            disabled={text === ''}
            onClick={() => {
              setDraft(null);
              forget();
            }}>
            <Translate id="tools.applicationId.forget">Forget this ID</Translate>
          </button>
        }
        hint={
          <Translate id="tools.applicationId.hint">
            Also called Client ID, on the General Information page of your application. It is public (every invite link
            contains it) and is not the token. This browser remembers it for every page of this guide.
          </Translate>
        }
      />
    </div>
  );
}
