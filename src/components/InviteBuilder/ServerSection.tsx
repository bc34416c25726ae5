import type {ReactElement, ReactNode} from 'react';
import Translate, {translate} from '@docusaurus/Translate';
import {MAX_TEXT} from './builder-state';
import {TextField} from './TextField';
import styles from './styles.module.css';

export interface ServerSectionProps {
  readonly idPrefix: string;
  readonly guildId: string;
  readonly disableGuildSelect: boolean;
  readonly guildError: ReactElement | null;
  readonly onGuildId: (value: string) => void;
  readonly onDisableGuildSelect: (on: boolean) => void;
}

/** Optional: preselect a server in Discord's picker (guild_id) and lock the choice (disable_guild_select). */
export function ServerSection({
  idPrefix,
  guildId,
  disableGuildSelect,
  guildError,
  onGuildId,
  onDisableGuildSelect,
}: ServerSectionProps): ReactNode {
  const lockId = `${idPrefix}-lock`;
  return (
    <fieldset className={styles.group}>
      <legend className={styles.legend}>
        <Translate id="tools.invite.builder.server.legend">Preselect a server (optional)</Translate>
      </legend>
      <TextField
        id={`${idPrefix}-guildId`}
        label={<Translate id="tools.invite.builder.server.label">Server ID</Translate>}
        hint={
          <Translate id="tools.invite.builder.server.hint">
            With Developer Mode on (User Settings → Advanced), right-click the server icon and choose “Copy Server ID”.
            Leave empty to let the person choose.
          </Translate>
        }
        value={guildId}
        error={guildError}
        onChange={onGuildId}
        maxLength={MAX_TEXT.guild_id}
        inputMode="numeric"
        placeholder={translate({
          id: 'tools.invite.builder.server.placeholder',
          message: 'for example 123456789012345678',
          description: 'Placeholder of the server ID field',
        })}
      />
      <div className={styles.choice}>
        <input
          id={lockId}
          type="checkbox"
          checked={disableGuildSelect}
          aria-describedby={`${lockId}-desc`}
          onChange={(event) => onDisableGuildSelect(event.target.checked)}
        />
        <div className={styles.choiceText}>
          <label htmlFor={lockId} className={styles.choiceLabel}>
            <Translate id="tools.invite.builder.server.lock">Don’t let them pick another server</Translate>
          </label>
          <span id={`${lockId}-desc`} className={styles.choiceDescription}>
            <Translate id="tools.invite.builder.server.lockHint">
              Adds disable_guild_select=true. Only useful together with a server ID.
            </Translate>
          </span>
        </div>
      </div>
    </fieldset>
  );
}
