import '@site/src/client/messages/invite';
import {useState, type ReactNode} from 'react';
import Translate from '@docusaurus/Translate';
import {pick, type Locale} from '@site/src/discord/locale';
import {getScope, type ScopeName} from '@site/src/discord/scopes';
import {MORE_SCOPES, PRIMARY_SCOPES} from '../shared/scope-order';
import {InlineCode, ScopeFlags} from '../shared/ScopeText';
import type {FieldProblem} from './form-state';
import {ProblemList} from './ProblemText';
import styles from './styles.module.css';

export interface ScopePickerProps {
  readonly idPrefix: string;
  readonly scopes: readonly ScopeName[];
  readonly userInstall: boolean;
  readonly locale: Locale;
  readonly onToggle: (scope: ScopeName, on: boolean) => void;
  /** Problems with the scope selection. */
  readonly problems: readonly FieldProblem[];
}

function ScopeBox({
  scope,
  checked,
  disabled,
  idPrefix,
  locale,
  onToggle,
  note,
}: {
  readonly scope: ScopeName;
  readonly checked: boolean;
  readonly disabled: boolean;
  readonly idPrefix: string;
  readonly locale: Locale;
  readonly onToggle: (scope: ScopeName, on: boolean) => void;
  readonly note?: ReactNode;
}): ReactNode {
  const info = getScope(scope);
  if (info === undefined) return null;
  // Scope names contain dots, which are fine in ids; the prefix keeps two builders on one page apart.
  const id = `${idPrefix}-scope-${scope}`;
  return (
    <li className={styles.choice}>
      <input
        id={id}
        type="checkbox"
        checked={checked}
        disabled={disabled}
        aria-describedby={`${id}-desc`}
        onChange={(event) => onToggle(scope, event.target.checked)}
      />
      <div className={styles.choiceText}>
        <label htmlFor={id} className={styles.choiceLabel}>
          <code>{scope}</code>
        </label>
        <span id={`${id}-desc`} className={styles.choiceDescription}>
          <InlineCode text={pick(info.description, locale)} /> <ScopeFlags info={info} /> {note}
        </span>
      </div>
    </li>
  );
}

/**
 * The scopes as checkboxes: the two of a bot invite first, the other 27 (mostly for websites that sign people in)
 * behind a disclosure that opens by itself when one of them is ticked, e.g. from a shared link.
 */
export function ScopePicker({idPrefix, scopes, userInstall, locale, onToggle, problems}: ScopePickerProps): ReactNode {
  const extraTicked = scopes.some((scope) => MORE_SCOPES.includes(scope));
  // Open by default when a shared link ticks one of them; after that the reader's own choice wins.
  const [userOpen, setUserOpen] = useState<boolean | null>(null);
  const open = userOpen ?? extraTicked;
  const errorId = `${idPrefix}-scopes-error`;

  return (
    <fieldset
      id={`${idPrefix}-scopes`}
      className={styles.group}
      // aria-invalid is not allowed on a group; the message is tied to it instead, and announced as it appears.
      aria-describedby={errorId}>
      <legend className={styles.legend}>
        <Translate id="tools.invite.builder.scopes.legend">Scopes: what the link asks for</Translate>
      </legend>
      <ul className={styles.choices}>
        {PRIMARY_SCOPES.map((scope) => (
          <ScopeBox
            key={scope}
            scope={scope}
            // A user install cannot carry `bot`: the box shows what the link will contain.
            checked={scopes.includes(scope) && !(userInstall && scope === 'bot')}
            disabled={userInstall && scope === 'bot'}
            idPrefix={idPrefix}
            locale={locale}
            onToggle={onToggle}
            note={
              userInstall && scope === 'bot' ? (
                <strong>
                  <Translate id="tools.invite.builder.scopes.botUserInstall">
                    Not available in a user install.
                  </Translate>
                </strong>
              ) : undefined
            }
          />
        ))}
      </ul>
      <details className={styles.more} open={open} onToggle={(event) => setUserOpen(event.currentTarget.open)}>
        <summary className={styles.summary}>
          <Translate id="tools.invite.builder.scopes.more">More scopes (for websites that sign people in)</Translate>
        </summary>
        <p className={styles.hint}>
          <Translate id="tools.invite.builder.scopes.moreHint">
            A bot invite needs none of these. Most of them turn the link into a full OAuth2 sign-in that sends the
            person to your website afterwards.
          </Translate>
        </p>
        <ul className={styles.choices}>
          {MORE_SCOPES.map((scope) => (
            <ScopeBox
              key={scope}
              scope={scope}
              checked={scopes.includes(scope)}
              disabled={false}
              idPrefix={idPrefix}
              locale={locale}
              onToggle={onToggle}
            />
          ))}
        </ul>
      </details>
      <div id={errorId} role="alert" className={styles.error}>
        <ProblemList problems={problems} />
      </div>
    </fieldset>
  );
}
