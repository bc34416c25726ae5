import '@site/src/client/messages/invite';
import type {ReactNode} from 'react';
import Translate from '@docusaurus/Translate';
import styles from './styles.module.css';

export interface InstallContextProps {
  readonly idPrefix: string;
  readonly userInstall: boolean;
  readonly onChange: (userInstall: boolean) => void;
  /** An integration_type in the page URL the builder could not use. */
  readonly notices: ReactNode;
}

/** Server install (a bot user in a server) or user install (commands on a person's account): a radio group. */
export function InstallContext({idPrefix, userInstall, onChange, notices}: InstallContextProps): ReactNode {
  const name = `${idPrefix}-install`;
  return (
    <fieldset id={`${idPrefix}-install`} className={styles.group} aria-describedby={`${name}-notices`}>
      <legend className={styles.legend}>
        <Translate id="tools.invite.builder.install.legend">Where will it be installed?</Translate>
      </legend>
      <ul className={styles.choices}>
        <li className={styles.choice}>
          <input
            id={`${name}-server`}
            type="radio"
            name={name}
            checked={!userInstall}
            aria-describedby={`${name}-server-desc`}
            onChange={() => onChange(false)}
          />
          <div className={styles.choiceText}>
            <label htmlFor={`${name}-server`} className={styles.choiceLabel}>
              <Translate id="tools.invite.builder.install.server">Server install (bot)</Translate>
            </label>
            <span id={`${name}-server-desc`} className={styles.choiceDescription}>
              <Translate id="tools.invite.builder.install.serverHint">
                Adds the bot user to a server that the person opening the link manages, with the permissions you ask
                for. This is what the tutorial builds.
              </Translate>
            </span>
          </div>
        </li>
        <li className={styles.choice}>
          <input
            id={`${name}-user`}
            type="radio"
            name={name}
            checked={userInstall}
            aria-describedby={`${name}-user-desc`}
            onChange={() => onChange(true)}
          />
          <div className={styles.choiceText}>
            <label htmlFor={`${name}-user`} className={styles.choiceLabel}>
              <Translate id="tools.invite.builder.install.user">User install (commands only)</Translate>
            </label>
            <span id={`${name}-user-desc`} className={styles.choiceDescription}>
              <Translate id="tools.invite.builder.install.userHint">
                Adds the app’s commands to the person’s own account, usable anywhere. No bot user, no permissions and no
                server: the link drops them. The app must have “User Install” ticked on its “Installation” page.
              </Translate>
            </span>
          </div>
        </li>
      </ul>
      <div id={`${name}-notices`} role="alert" className={styles.error}>
        {notices}
      </div>
    </fieldset>
  );
}
