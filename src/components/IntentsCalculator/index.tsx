import {useId, type ReactNode} from 'react';
import Translate from '@docusaurus/Translate';
import {decodeIntents} from '@site/src/discord/intents';
import {useSiteLocale} from '@site/src/hooks/useSiteLocale';
import {CalculatorCode} from './CalculatorCode';
import {IntegerPanel} from './IntegerPanel';
import {IntentPicker} from './IntentPicker';
import {NeedPicker} from './NeedPicker';
import {InviteNote, PrivilegedNote} from './Notes';
import {useIntentsState} from './useIntentsState';
import styles from './styles.module.css';

/**
 * The gateway intents calculator: a thin view over src/discord/intents.ts. Two ways in (what the bot should do, or
 * the intents themselves) write one set, kept in the `intents` URL parameter with the ticked needs in `needs`, so
 * a shared link, a reload and the language switch all restore it.
 */
export default function IntentsCalculator(): ReactNode {
  const locale = useSiteLocale();
  const {value, text, error, needs, setValue, setText, settleText, toggleNeed, clear} = useIntentsState();
  const privileged = decodeIntents(value).known.filter((info) => info.privileged);
  const id = useId();

  return (
    // data-tool: a stable handle for end-to-end tests and axe scans (CSS module class names are hashed).
    <div className={styles.calculator} data-tool="intents-calculator">
      <section className={styles.section} aria-labelledby={`${id}-needs`}>
        <h3 id={`${id}-needs`} className={styles.sectionTitle}>
          <Translate id="tools.intents.section.needs">What should your bot do?</Translate>
        </h3>
        <p className={styles.hint}>
          <Translate id="tools.intents.needs.hint">
            Tick what your bot does and its intents are ticked below. Unticking a line takes its intents out again,
            unless another ticked line also needs them.
          </Translate>
        </p>
        <NeedPicker value={value} needs={needs} locale={locale} onToggle={toggleNeed} />
      </section>
      <PrivilegedNote intents={privileged} locale={locale} />
      <section className={styles.section} aria-labelledby={`${id}-integer`}>
        <h3 id={`${id}-integer`} className={styles.sectionTitle}>
          <Translate id="tools.intents.section.integer">The integer</Translate>
        </h3>
        <IntegerPanel value={value} text={text} error={error} onTextChange={setText} onBlur={settleText} />
        <InviteNote />
      </section>
      <section className={styles.section} aria-labelledby={`${id}-picker`}>
        <h3 id={`${id}-picker`} className={styles.sectionTitle}>
          <Translate id="tools.intents.section.picker">Intents</Translate>
        </h3>
        <IntentPicker value={value} needs={needs} locale={locale} onChange={setValue} />
        <div className={styles.actions}>
          <button type="button" className="button button--sm button--secondary" onClick={clear}>
            <Translate id="tools.intents.actions.clear">Clear all</Translate>
          </button>
        </div>
      </section>
      <section className={styles.section} aria-labelledby={`${id}-code`}>
        <h3 id={`${id}-code`} className={styles.sectionTitle}>
          <Translate id="tools.intents.section.code">In your bot's code</Translate>
        </h3>
        <p className={styles.hint}>
          <Translate id="tools.intents.code.hint">
            The same intents with your library's names. This is where intents really take effect: paste it where your
            bot creates its client.
          </Translate>
        </p>
        <CalculatorCode value={value} />
      </section>
    </div>
  );
}
