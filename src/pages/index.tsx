import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import styles from './index.module.css';

interface ToolCard {
  readonly to: string;
  readonly title: ReactNode;
  readonly text: ReactNode;
}

const TOOLS: readonly ToolCard[] = [
  {
    to: '/docs/tools/permission-calculator',
    title: <Translate id="home.tools.permissions.title">Permission calculator</Translate>,
    text: (
      <Translate id="home.tools.permissions.text">
        Tick what your bot needs and get the permission integer, or paste an integer and see what it grants.
      </Translate>
    ),
  },
  {
    to: '/docs/tools/invite-url-builder',
    title: <Translate id="home.tools.invite.title">Invite link builder and checker</Translate>,
    text: (
      <Translate id="home.tools.invite.text">
        Build the link that adds your bot to a server, or paste a link you already have and find what is wrong with it.
      </Translate>
    ),
  },
  {
    to: '/docs/tools/intents-calculator',
    title: <Translate id="home.tools.intents.title">Gateway intents calculator</Translate>,
    text: (
      <Translate id="home.tools.intents.text">
        Say what your bot should react to and get the intents to ask for, with the privileged ones marked.
      </Translate>
    ),
  },
];

const STEPS: readonly ReactNode[] = [
  <Translate id="home.steps.create" key="create">
    Create an application in the Developer Portal
  </Translate>,
  <Translate id="home.steps.token" key="token">
    Get the bot token and keep it secret
  </Translate>,
  <Translate id="home.steps.intents" key="intents">
    Switch on only the intents you need
  </Translate>,
  <Translate id="home.steps.invite" key="invite">
    Invite the bot with the least permissions
  </Translate>,
  <Translate id="home.steps.code" key="code">
    Bring it online with a few lines of code
  </Translate>,
];

export default function Home(): ReactNode {
  return (
    <Layout
      title={translate({id: 'home.meta.title', message: 'Create a Discord bot account, step by step'})}
      description={translate({
        id: 'home.meta.description',
        message:
          'Create a Discord bot, get its token and Application ID, keep the token safe and invite the bot to your server, with live permission, intents and invite-link tools.',
      })}>
      <header className={styles.hero}>
        <div className="container">
          <Heading as="h1" className={styles.title}>
            <Translate id="home.hero.title">Your Discord bot, from nothing to online</Translate>
          </Heading>
          <p className={styles.lead}>
            <Translate id="home.hero.lead">
              A step-by-step guide to creating a bot account, keeping its token safe and inviting it to a server, with
              tools that work out permission integers, intents and invite links for you.
            </Translate>
          </p>
          <div className={styles.actions}>
            <Link className="button button--primary button--lg" to="/docs/tutorial/overview">
              <Translate id="home.hero.start">Start the tutorial</Translate>
            </Link>
            <Link className="button button--secondary button--lg" to="/docs/guides/token-safety">
              <Translate id="home.hero.tokenSafety">Keep your token safe</Translate>
            </Link>
          </div>
        </div>
      </header>
      <main className="container margin-vert--lg">
        <section aria-labelledby="home-steps">
          <Heading as="h2" id="home-steps">
            <Translate id="home.steps.title">What the tutorial covers</Translate>
          </Heading>
          <ol className={styles.steps}>
            {STEPS.map((step, i) => (
              <li key={i}>{step}</li>
            ))}
          </ol>
        </section>
        <section aria-labelledby="home-tools">
          <Heading as="h2" id="home-tools">
            <Translate id="home.tools.title">Tools</Translate>
          </Heading>
          <ul className={styles.cards}>
            {TOOLS.map((tool) => (
              <li key={tool.to} className={styles.card}>
                <Link to={tool.to} className={styles.cardLink}>
                  <span className={styles.cardTitle}>{tool.title}</span>
                  <span>{tool.text}</span>
                </Link>
              </li>
            ))}
          </ul>
          <p>
            <Translate id="home.privacy">
              Everything you type into these tools stays in your browser. No page on this site ever asks for your bot
              token.
            </Translate>
          </p>
        </section>
      </main>
    </Layout>
  );
}
