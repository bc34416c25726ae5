import {useId, type ReactNode} from 'react';
import Translate, {translate} from '@docusaurus/Translate';
import styles from './styles.module.css';

type Tone = 'plain' | 'public' | 'secret';

interface BoxProps {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly tone: Tone;
  readonly name: ReactNode;
  readonly note: ReactNode;
  /** A short word ("public", "secret") shown as a pill under the note. */
  readonly tag?: ReactNode;
}

const TONE_CLASS: Readonly<Record<Tone, string | undefined>> = {
  plain: styles.plain,
  public: styles.public,
  secret: styles.secret,
};

/**
 * One labelled box. The label sits in a foreignObject so that it wraps: translated labels (Thai in particular)
 * are longer than the English ones, and SVG <text> never wraps.
 */
function Box({x, y, width, height, tone, name, note, tag}: BoxProps): ReactNode {
  return (
    <g className={TONE_CLASS[tone]}>
      <rect className={styles.box} x={x} y={y} width={width} height={height} rx={8} />
      <foreignObject x={x} y={y} width={width} height={height}>
        <div className={styles.label}>
          <span className={styles.name}>{name}</span>
          <span className={styles.note}>{note}</span>
          {tag ? <span className={styles.tag}>{tag}</span> : null}
        </div>
      </foreignObject>
    </g>
  );
}

interface ArrowProps {
  readonly x: number;
  readonly y1: number;
  readonly y2: number;
  readonly markerId: string;
}

function Arrow({x, y1, y2, markerId}: ArrowProps): ReactNode {
  return <line className={styles.arrow} x1={x} y1={y1} x2={x} y2={y2} markerEnd={`url(#${markerId})`} />;
}

interface ArrowLabelProps {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly children: ReactNode;
}

function ArrowLabel({x, y, width, children}: ArrowLabelProps): ReactNode {
  return (
    <foreignObject x={x} y={y} width={width} height={40}>
      <div className={styles.arrowLabel}>{children}</div>
    </foreignObject>
  );
}

/**
 * How the parts of a Discord bot fit together: the application holds the bot user, its public Application ID and
 * its secret token; the ID goes into the invite link, the token into your code; both lead to the server.
 * Drawn in a 300-unit-wide viewBox so it stays legible on a 320 px screen; colours come from Infima variables, so
 * it follows the light and dark themes. Screen readers get the title and the description, not the boxes.
 */
export default function AppAnatomyDiagram(): ReactNode {
  // useId gives the same value on the server and the client; keep only characters that are safe in url(#…).
  const baseId = `anatomy-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const titleId = `${baseId}-title`;
  const descId = `${baseId}-desc`;
  const markerId = `${baseId}-arrow`;

  return (
    <figure className={styles.figure}>
      <svg
        className={styles.svg}
        viewBox="0 0 300 440"
        role="img"
        aria-labelledby={titleId}
        aria-describedby={descId}
        xmlns="http://www.w3.org/2000/svg">
        <title id={titleId}>
          {translate({
            id: 'diagram.anatomy.title',
            message: 'How a Discord bot fits together',
            description:
              'Accessible name of the diagram showing application, bot user, token, Application ID, invite link and server',
          })}
        </title>
        <desc id={descId}>
          {translate({
            id: 'diagram.anatomy.desc',
            message:
              'Your application, created in the Developer Portal, holds three things: the bot user, which is the account people see in a server; the Application ID, also called the client ID, which is public; and the token, which is the bot user’s password and must stay secret. The Application ID goes into the invite link, an OAuth2 link that someone with the Manage Server permission opens to add the bot user to a server. The token goes into your code, which logs in as the bot user and brings it online in that server.',
            description: 'Long text description of the diagram for screen readers',
          })}
        </desc>
        <defs>
          <marker
            id={markerId}
            viewBox="0 0 10 10"
            refX={9}
            refY={5}
            markerWidth={7}
            markerHeight={7}
            orient="auto-start-reverse">
            <path className={styles.arrowHead} d="M0,0 L10,5 L0,10 z" />
          </marker>
        </defs>

        <rect className={styles.container} x={6} y={6} width={288} height={196} rx={12} />
        <foreignObject x={16} y={10} width={268} height={30}>
          <div className={styles.containerLabel}>
            <span className={styles.name}>
              <Translate id="diagram.anatomy.application" description="Diagram label: the Discord application">
                Application
              </Translate>
            </span>{' '}
            <span className={styles.note}>
              <Translate
                id="diagram.anatomy.application.note"
                description="Diagram note under 'Application': where it is created">
                made in the Developer Portal
              </Translate>
            </span>
          </div>
        </foreignObject>

        <Box
          x={16}
          y={44}
          width={268}
          height={52}
          tone="plain"
          name={
            <Translate id="diagram.anatomy.botUser" description="Diagram label: the bot user account">
              Bot user
            </Translate>
          }
          note={
            <Translate id="diagram.anatomy.botUser.note" description="Diagram note under 'Bot user'">
              the account people see in a server
            </Translate>
          }
        />
        <Box
          x={16}
          y={106}
          width={128}
          height={86}
          tone="public"
          name={
            <Translate id="diagram.anatomy.appId" description="Diagram label: the Application ID">
              Application ID
            </Translate>
          }
          note={
            <Translate
              id="diagram.anatomy.appId.note"
              description="Diagram note under 'Application ID': its other name. Keep it short: the box holds about 30 characters">
              also called the client ID
            </Translate>
          }
          tag={
            <Translate id="diagram.anatomy.tag.public" description="Diagram tag: this value is not a secret">
              public
            </Translate>
          }
        />
        <Box
          x={156}
          y={106}
          width={128}
          height={86}
          tone="secret"
          name={
            <Translate id="diagram.anatomy.token" description="Diagram label: the bot token">
              Token
            </Translate>
          }
          note={
            <Translate
              id="diagram.anatomy.token.note"
              description="Diagram note under 'Token': what it is. Keep it short: the box holds about 30 characters">
              the bot user’s password
            </Translate>
          }
          tag={
            <Translate id="diagram.anatomy.tag.secret" description="Diagram tag: this value must be kept secret">
              secret
            </Translate>
          }
        />

        <Arrow x={80} y1={192} y2={246} markerId={markerId} />
        <Arrow x={220} y1={192} y2={246} markerId={markerId} />

        <Box
          x={6}
          y={248}
          width={138}
          height={80}
          tone="plain"
          name={
            <Translate id="diagram.anatomy.invite" description="Diagram label: the OAuth2 invite link">
              Invite link (OAuth2)
            </Translate>
          }
          note={
            <Translate
              id="diagram.anatomy.invite.note"
              description="Diagram note under 'Invite link': what the link contains">
              client ID + scopes + permissions
            </Translate>
          }
        />
        <Box
          x={156}
          y={248}
          width={138}
          height={80}
          tone="plain"
          name={
            <Translate id="diagram.anatomy.code" description="Diagram label: the bot's program">
              Your code
            </Translate>
          }
          note={
            <Translate id="diagram.anatomy.code.note" description="Diagram note under 'Your code'">
              reads the token from the environment
            </Translate>
          }
        />

        <Arrow x={40} y1={328} y2={372} markerId={markerId} />
        <ArrowLabel x={46} y={330} width={96}>
          <Translate id="diagram.anatomy.arrow.adds" description="Diagram arrow label: from invite link to server">
            adds the bot
          </Translate>
        </ArrowLabel>
        <Arrow x={190} y1={328} y2={372} markerId={markerId} />
        <ArrowLabel x={196} y={330} width={98}>
          <Translate id="diagram.anatomy.arrow.online" description="Diagram arrow label: from your code to server">
            brings it online
          </Translate>
        </ArrowLabel>

        <Box
          x={6}
          y={374}
          width={288}
          height={60}
          tone="plain"
          name={
            <Translate id="diagram.anatomy.server" description="Diagram label: the Discord server (guild)">
              Server
            </Translate>
          }
          note={
            <Translate id="diagram.anatomy.server.note" description="Diagram note under 'Server'">
              someone with Manage Server adds the bot; its roles decide what it may do
            </Translate>
          }
        />
      </svg>
    </figure>
  );
}
