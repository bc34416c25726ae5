import '@site/src/client/messages/invite';
import type {ReactNode} from 'react';
import Translate, {translate} from '@docusaurus/Translate';
import TextField from '@site/src/components/TextField';
import {PAGE_PARAM_LIMITS} from '@site/src/hooks/page-params';
import styles from './styles.module.css';

export interface ServerSectionProps {
  readonly idPrefix: string;
  readonly guildId: string;
  readonly disableGuildSelect: boolean;
  readonly guildError: ReactNode;
  /** Page parameters of this part that could not be used (a disable_guild_select value it cannot read). */
  readonly notices: ReactNode;
  readonly onGuildId: (value: string) => void;
  readonly onDisableGuildSelect: (on: boolean) => void;
}

/** Optional: preselect a server in Discord's picker (guild_id) and lock the choice (disable_guild_select). */
export function ServerSection({
  idPrefix,
  guildId,
  disableGuildSelect,
  guildError,
  notices,
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
        limit={PAGE_PARAM_LIMITS.guildId}
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
      <div role="alert" className={styles.error}>
        {notices}
      </div>
    </fieldset>
  );
}
