import '@site/src/client/messages/invite';
import {type ReactNode} from 'react';
import Translate from '@docusaurus/Translate';
import type {CodeGrantUpdates, Prompt} from './form-state';
import {CodeGrantFields} from './on-demand';
import OnDemand from '@site/src/components/OnDemand';
import styles from './styles.module.css';

export interface CodeGrantSectionProps {
  readonly idPrefix: string;
  readonly on: boolean;
  readonly redirectUri: string;
  readonly state: string;
  readonly prompt: Prompt | null;
  readonly redirectError: ReactNode;
  readonly stateError: ReactNode;
  /** Page parameters of this part that could not be used (a prompt the builder has no choice for). */
  readonly notices: ReactNode;
  readonly onToggle: (on: boolean) => void;
  readonly onChange: (updates: CodeGrantUpdates) => void;
}

/**
 * The code-grant parameters, hidden until the reader says their app needs them: a newcomer's bot invite never
 * does, and showing redirect fields to everyone invites them to fill them in. The fields themselves are loaded on
 * demand (on-demand.ts): the box is never ticked in the server HTML, which reads no page URL.
 */
export function CodeGrantSection({
  idPrefix,
  on,
  redirectUri,
  state,
  prompt,
  redirectError,
  stateError,
  notices,
  onToggle,
  onChange,
}: CodeGrantSectionProps): ReactNode {
  const toggleId = `${idPrefix}-codeGrant`;
  return (
    <fieldset
      id={`${idPrefix}-codeGrantGroup`}
      className={styles.group}
      aria-describedby={`${idPrefix}-codeGrant-notices`}>
      <legend className={styles.legend}>
        <Translate id="tools.invite.builder.codeGrant.legend">Code grant (only if your app needs it)</Translate>
      </legend>
      <div className={styles.choice}>
        <input
          id={toggleId}
          type="checkbox"
          checked={on}
          aria-describedby={`${toggleId}-desc`}
          onChange={(event) => onToggle(event.target.checked)}
        />
        <div className={styles.choiceText}>
          <label htmlFor={toggleId} className={styles.choiceLabel}>
            <Translate id="tools.invite.builder.codeGrant.toggle">My app has “Requires OAuth2 Code Grant” on</Translate>
          </label>
          <span id={`${toggleId}-desc`} className={styles.choiceDescription}>
            <Translate id="tools.invite.builder.codeGrant.toggleHint">
              A switch on the “Bot” page of the Developer Portal. With it on, adding the bot only works through your
              website, which must exchange a code. Leave this unticked if you have no such website.
            </Translate>
          </span>
        </div>
      </div>
      <div id={`${idPrefix}-codeGrant-notices`} role="alert" className={styles.error}>
        {notices}
      </div>
      {on && (
        <OnDemand>
          <CodeGrantFields
            idPrefix={idPrefix}
            redirectUri={redirectUri}
            state={state}
            prompt={prompt}
            redirectError={redirectError}
            stateError={stateError}
            onChange={onChange}
          />
        </OnDemand>
      )}
    </fieldset>
  );
}
