import '@site/src/client/messages/intents';
import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';
import {DISALLOWED_INTENTS_CLOSE, PRIVILEGED_INTENT_REVIEW, type IntentInfo} from '@site/src/discord/intents';
import {pick, type Locale} from '@site/src/discord/locale';
import {Callout, LiveCallout} from '@site/src/components/FlagCalculator/Callout';
import styles from './styles.module.css';

/** Portal labels are quoted in English in both languages: that is how the Developer Portal shows them. */
function Quoted({children}: {readonly children: string}): ReactNode {
  return <q className={styles.portalLabel}>{children}</q>;
}

function ToggleList({intents}: {readonly intents: readonly IntentInfo[]}): ReactNode {
  return (
    <ul className={styles.toggleList}>
      {intents.map((info) => (
        <li key={info.key}>
          <Quoted>{info.portalToggle?.en ?? info.apiName}</Quoted>
        </li>
      ))}
    </ul>
  );
}

export interface PrivilegedNoteProps {
  /** Privileged intents in the set; the note shows only while there is at least one. */
  readonly intents: readonly IntentInfo[];
  readonly locale: Locale;
}

/**
 * Where to switch the ticked privileged intents on, what happens if they are not, and when Discord must review
 * them instead. Announced when it appears (say, after ticking "read message text").
 */
export function PrivilegedNote({intents, locale}: PrivilegedNoteProps): ReactNode {
  const review = PRIVILEGED_INTENT_REVIEW;
  const changeLog = review.sources[0];
  return (
    <LiveCallout
      shown={intents.length > 0}
      type="warning"
      named
      title={
        <Translate
          id="tools.intents.privileged.title"
          description="Title of the note shown while privileged intents are ticked; {names}: their names, comma-separated"
          values={{names: intents.map((info) => pick(info.label, locale)).join(', ')}}>
          {'Privileged intents ticked: {names}'}
        </Translate>
      }>
      <p>
        <Translate
          id="tools.intents.privileged.where"
          description="Keep the quoted Developer Portal labels in English: the portal shows them in English"
          values={{
            bot: <Quoted>Bot</Quoted>,
            section: <Quoted>Privileged Gateway Intents</Quoted>,
          }}>
          {
            'Before the bot connects, open your application in the Developer Portal, select {bot} and, under {section}, switch on:'
          }
        </Translate>
      </p>
      <ToggleList intents={intents} />
      <p>
        <Translate
          id="tools.intents.privileged.missing"
          description="{code}: 4014; {name}: Discord's English name of the close code, keep it in English"
          values={{
            code: <code>{DISALLOWED_INTENTS_CLOSE.code}</code>,
            name: <Quoted>{DISALLOWED_INTENTS_CLOSE.name}</Quoted>,
          }}>
          {
            'If one of them is off, Discord closes the connection with code {code}, {name}, and the bot stays offline: reconnecting does not help. Switch it on, or take the intent out of your code.'
          }
        </Translate>
      </p>
      <p className={styles.noteSubtitle}>
        <Translate
          id="tools.intents.privileged.reviewTitle"
          description="Subheading in the privileged note: when the app must apply instead of toggling">
          When Discord must approve them instead
        </Translate>
      </p>
      <p>{pick(review.text, locale)}</p>
      <p className={styles.source}>
        <Translate
          id="tools.intents.privileged.source"
          description="{changeLog}: link to Discord's developer change log; {date}: YYYY-MM-DD the rule took effect; {tutorial}: link to our page"
          values={{
            changeLog: (
              <a href={changeLog} rel="noopener noreferrer">
                <Translate
                  id="tools.intents.privileged.changeLog"
                  description="Link text: Discord's developer change log">
                  Discord’s change log
                </Translate>
              </a>
            ),
            date: <time dateTime={review.effective}>{review.effective}</time>,
            tutorial: (
              <Link to="/docs/tutorial/privileged-intents#approval">
                <Translate
                  id="tools.intents.privileged.tutorial"
                  description="Link text: the tutorial page on privileged intents">
                  Privileged intents, step by step
                </Translate>
              </Link>
            ),
          }}>
          {'Source: {changeLog}, rule in effect since {date}. More: {tutorial}.'}
        </Translate>
      </p>
    </LiveCallout>
  );
}

/** Always shown: readers expect the invite link to carry intents, and it does not. */
export function InviteNote(): ReactNode {
  return (
    <Callout
      type="info"
      named
      title={
        <Translate
          id="tools.intents.invite.title"
          description="Title of the note that intents are not part of the invite link">
          Intents are not part of the invite link
        </Translate>
      }>
      <p>
        <Translate
          id="tools.intents.invite.body"
          description="Body of the note that intents are not part of the invite link">
          An invite link carries scopes and permissions only. Your bot's code sends its intents each time it connects to
          Discord, so changing them means changing the code, not inviting the bot again.
        </Translate>
      </p>
    </Callout>
  );
}
