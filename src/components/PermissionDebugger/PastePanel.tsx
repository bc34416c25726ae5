import '@site/src/client/messages/debugger';
import {useState, type ReactNode} from 'react';
import Translate from '@docusaurus/Translate';
import {CodeTabs, type SnippetWriter} from '@site/src/components/FlagCalculator/CodeTabs';
import TextField from '@site/src/components/TextField';
import type {DebuggerState} from '@site/src/discord/debugger-state';
import {debuggerStateFromContext, type ContextImport} from '@site/src/discord/debugger-state/from-context';
import type {ContextError} from '@site/src/discord/effective-permissions/context-error';
import {MAX_CONTEXT_TEXT_LENGTH, parsePermissionContext} from '@site/src/discord/permission-context-parse';
import {contextErrorText} from '@site/src/discord/effective-permissions/context-error-text';
import styles from './styles.module.css';

// The snippet takes no value: only the library and the reader's language, which CodeTabs gives every writer.
const loadSnippet = () =>
  import('@site/src/discord/context-snippets').then(({contextSnippet}) => {
    const write: SnippetWriter<null> = (library, _none, locale) => contextSnippet(library, locale);
    return write;
  });

export interface PastePanelProps {
  readonly state: DebuggerState;
  readonly onChange: (next: DebuggerState) => void;
}

type Outcome = {readonly ok: true; readonly value: ContextImport} | {readonly ok: false; readonly error: ContextError};

function Loaded({value}: {readonly value: ContextImport}): ReactNode {
  const {state} = value;
  return (
    <p className={styles.loaded} role="status">
      <Translate
        id="tools.debugger.paste.loaded"
        values={{
          roles: state.roles.length,
          overwrites: state.channel?.overwrites.length ?? 0,
          skipped: value.skippedOverwrites,
        }}
        description="After a paste; {skipped} counts overwrites for other members, which never change the bot's permissions">
        {
          'Loaded {roles} roles and {overwrites} channel overwrites ({skipped} overwrites for other members left out: they never change the bot). Edit them below.'
        }
      </Translate>
    </p>
  );
}

/** The other way in: code that prints the bot's context, and a box to paste what it printed. */
export function PastePanel({state, onChange}: PastePanelProps): ReactNode {
  const [text, setText] = useState('');
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const load = () => {
    const parsed = parsePermissionContext(text);
    const result: Outcome = parsed.ok ? debuggerStateFromContext(parsed.value, {subject: state.subject}) : parsed;
    setOutcome(result);
    if (result.ok) onChange(result.value.state);
  };
  return (
    <div className={styles.paste}>
      <p>
        <Translate id="tools.debugger.paste.intro">
          Add this to your bot and call it with the channel where it gets the error. It prints the server's roles, the
          bot's own member and the channel's overwrites as JSON, in your terminal: no token, no messages.
        </Translate>
      </p>
      <CodeTabs value={null} load={loadSnippet} />
      <TextField
        label={<Translate id="tools.debugger.paste.label">What your bot printed</Translate>}
        hint={
          <Translate id="tools.debugger.paste.hint">
            Nothing you paste leaves this page. IDs and role names are shown only to you.
          </Translate>
        }
        value={text}
        rows={8}
        code
        limit={MAX_CONTEXT_TEXT_LENGTH}
        error={outcome !== null && !outcome.ok ? contextErrorText(outcome.error) : null}
        onChange={(value) => {
          setText(value);
          setOutcome(null);
        }}
      />
      <p>
        <button
          type="button"
          className="button button--primary button--sm"
          disabled={text.trim() === ''}
          onClick={load}>
          <Translate id="tools.debugger.paste.use">Use this</Translate>
        </button>
      </p>
      {outcome?.ok === true && <Loaded value={outcome.value} />}
    </div>
  );
}
