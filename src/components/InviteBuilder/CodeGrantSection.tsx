import {Suspense, type ReactElement, type ReactNode} from 'react';
import Translate from '@docusaurus/Translate';
import LoadingNote from '@site/src/components/LoadingNote';
import type {Prompt} from './builder-state';
import {CodeGrantFields} from './lazy-parts';
import styles from './styles.module.css';

export interface CodeGrantSectionProps {
  readonly idPrefix: string;
  readonly on: boolean;
  readonly redirectUri: string;
  readonly state: string;
  readonly prompt: Prompt | null;
  readonly redirectError: ReactElement | null;
  readonly stateError: ReactElement | null;
  readonly onToggle: (on: boolean) => void;
  readonly onChange: (updates: CodeGrantUpdates) => void;
}

/** A type, not an interface, so it fits the page URL updater's record of parameters. */
export type CodeGrantUpdates = {
  readonly redirect_uri?: string;
  readonly state?: string;
  readonly prompt?: string;
};

/**
 * The code-grant parameters, hidden until the reader says their app needs them: a newcomer's bot invite never
 * does, and showing redirect fields to everyone invites them to fill them in. The fields themselves are loaded on
 * demand (lazy-parts.ts): the box is never ticked in the server HTML, which reads no page URL.
 */
export function CodeGrantSection({
  idPrefix,
  on,
  redirectUri,
  state,
  prompt,
  redirectError,
  stateError,
  onToggle,
  onChange,
}: CodeGrantSectionProps): ReactNode {
  const toggleId = `${idPrefix}-codeGrant`;
  return (
    <fieldset className={styles.group}>
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
      {on && (
        <Suspense fallback={<LoadingNote />}>
          <CodeGrantFields
            idPrefix={idPrefix}
            redirectUri={redirectUri}
            state={state}
            prompt={prompt}
            redirectError={redirectError}
            stateError={stateError}
            onChange={onChange}
          />
        </Suspense>
      )}
    </fieldset>
  );
}
