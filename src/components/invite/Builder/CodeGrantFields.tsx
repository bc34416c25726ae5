import '@site/src/client/messages/invite';
import type {ReactNode} from 'react';
import Translate, {translate} from '@docusaurus/Translate';
import TextField from '@site/src/components/TextField';
import {PAGE_PARAM_LIMITS} from '@site/src/hooks/page-params';
import type {CodeGrantUpdates, Prompt} from './form-state';
import styles from './styles.module.css';

export interface CodeGrantFieldsProps {
  readonly idPrefix: string;
  readonly redirectUri: string;
  readonly state: string;
  readonly prompt: Prompt | null;
  readonly redirectError: ReactNode;
  readonly stateError: ReactNode;
  readonly onChange: (updates: CodeGrantUpdates) => void;
}

/** redirect_uri, state and prompt, shown once the reader ticks "Requires OAuth2 Code Grant". */
export function CodeGrantFields({
  idPrefix,
  redirectUri,
  state,
  prompt,
  redirectError,
  stateError,
  onChange,
}: CodeGrantFieldsProps): ReactNode {
  const promptId = `${idPrefix}-prompt`;
  return (
    <div className={styles.subFields}>
      <p className={styles.hint}>
        <Translate id="tools.invite.builder.codeGrant.responseType" values={{param: <code>response_type=code</code>}}>
          {'The link gets {param}: Discord sends the person back to your website with a code.'}
        </Translate>
      </p>
      <TextField
        id={`${idPrefix}-redirectUri`}
        label={<Translate id="tools.invite.builder.codeGrant.redirect">Redirect URI (redirect_uri)</Translate>}
        hint={
          <Translate id="tools.invite.builder.codeGrant.redirectHint">
            One of the redirects registered on the “OAuth2” page, character for character. Leave empty to use the first
            one.
          </Translate>
        }
        value={redirectUri}
        error={redirectError}
        onChange={(value) => onChange({redirect_uri: value})}
        limit={PAGE_PARAM_LIMITS.redirectUri}
        inputMode="url"
        placeholder="https://example.com/callback"
      />
      <TextField
        id={`${idPrefix}-state`}
        label={<Translate id="tools.invite.builder.codeGrant.state">State (state)</Translate>}
        hint={
          <Translate id="tools.invite.builder.codeGrant.stateHint">
            A random value your website makes for each sign-in and checks when the person comes back. Discord returns it
            unchanged.
          </Translate>
        }
        value={state}
        error={stateError}
        onChange={(value) => onChange({state: value})}
        limit={PAGE_PARAM_LIMITS.state}
      />
      <div className={styles.selectField}>
        <label htmlFor={promptId} className={styles.fieldLabel}>
          <Translate id="tools.invite.builder.codeGrant.prompt">Ask again? (prompt)</Translate>
        </label>
        <select
          id={promptId}
          className={styles.select}
          value={prompt ?? ''}
          onChange={(event) => onChange({prompt: event.target.value})}>
          <option value="">
            {translate({id: 'tools.invite.builder.codeGrant.promptUnset', message: 'Not set (Discord decides)'})}
          </option>
          <option value="consent">
            {translate({
              id: 'tools.invite.builder.codeGrant.promptConsent',
              message: 'consent: always show the authorization screen',
            })}
          </option>
          <option value="none">
            {translate({
              id: 'tools.invite.builder.codeGrant.promptNone',
              message: 'none: skip it for people who authorized before',
            })}
          </option>
        </select>
      </div>
    </div>
  );
}
