import '@site/src/client/messages/intents';
import type {ReactNode} from 'react';
import Translate, {translate} from '@docusaurus/Translate';
import {CodeTabs} from '@site/src/components/FlagCalculator/CodeTabs';
import {IntegerPanel, type IntegerPanelStrings} from '@site/src/components/FlagCalculator/IntegerPanel';
import {Actions, Hint, Section} from '@site/src/components/FlagCalculator/Layout';
import {ResultBar} from '@site/src/components/FlagCalculator/ResultBar';
import {useInView} from '@site/src/components/FlagCalculator/useInView';
import {ALL_INTENTS, decodeIntents, INVALID_INTENTS_CLOSE} from '@site/src/discord/intents';
import {INTENTS_PARAM} from '@site/src/hooks/intent-needs';
import {quote} from '@site/src/discord/invite/text';
import {useSiteLocale} from '@site/src/hooks/useSiteLocale';
import {IntentPicker} from './IntentPicker';
import {NeedPicker} from './NeedPicker';
import {InviteNote, PrivilegedNote} from './Notes';
import {useIntentsState} from './useIntentsState';
import layout from '@site/src/components/FlagCalculator/layout.module.css';

const loadSnippet = () => import('@site/src/discord/intent-snippets').then((m) => m.intentsSnippet);

const INTEGER_STRINGS: IntegerPanelStrings = {
  field: (
    <Translate id="tools.intents.integer.label" description="Label of the intents integer field">
      Intents integer
    </Translate>
  ),
  hint: (
    <Translate id="tools.intents.integer.hint" description="Hint under the intents integer field">
      Type or paste a number to tick its boxes: decimal (33281), hex (0x8201), shifts (1 &lt;&lt; 0 | 1 &lt;&lt; 9 | 1
      &lt;&lt; 15), Thai or full-width digits all work.
    </Translate>
  ),
  decimal: (
    <Translate id="tools.intents.integer.decimal" description="Label: the value in decimal">
      Decimal
    </Translate>
  ),
  hex: (
    <Translate id="tools.intents.integer.hex" description="Label: the value in hexadecimal">
      Hex
    </Translate>
  ),
  // Unlike a permission, an unknown intent bit is refused outright by Discord, so the warning names the close code.
  unknownBits: (bits) =>
    translate(
      {
        id: 'tools.intents.integer.unknownBits',
        message:
          'Bit {bits} is not a gateway intent. A bot that sends it is disconnected with close code {code}, “{name}”, so the code below leaves it out.|Bits {bits} are not gateway intents. A bot that sends them is disconnected with close code {code}, “{name}”, so the code below leaves them out.',
        description:
          'Plural forms separated by |; {bits}: comma-separated bit numbers; {code}: 4013; {name}: Discord’s English name of the close code, keep it in English',
      },
      {bits, code: INVALID_INTENTS_CLOSE.code, name: INVALID_INTENTS_CLOSE.name},
    ),
  copyInteger: (
    <Translate id="tools.intents.copy.integer" description="Button: copy the intents integer">
      Copy integer
    </Translate>
  ),
  copyLink: (
    <Translate id="tools.intents.copy.link" description="Button: copy a link that restores this set">
      Copy share link
    </Translate>
  ),
};

/**
 * The gateway intents calculator: the flag-calculator kit over src/discord/intents.ts. Two ways in (what the bot
 * should do, or the intents themselves) write one set, kept in the `intents` URL parameter with the ticked needs in
 * `needs`, so a shared link, a reload and the language switch all restore it.
 */
export default function IntentsCalculator(): ReactNode {
  const locale = useSiteLocale();
  const state = useIntentsState();
  const {value, needs, setValue, toggleNeed, clear} = state;
  const privileged = decodeIntents(value).known.filter((info) => info.privileged);
  const [integerRef, integerInView] = useInView<HTMLDivElement>();

  return (
    // data-tool: a stable handle for end-to-end tests and axe scans (CSS module class names are hashed).
    <div className={layout.calculator} data-tool="intents-calculator">
      <Section
        title={
          <Translate id="tools.intents.section.needs" description="Calculator section heading: what the bot should do">
            What should your bot do?
          </Translate>
        }>
        <Hint>
          <Translate id="tools.intents.needs.hint" description="Hint above the list of needs">
            Tick what your bot does and its intents are ticked below. Unticking a line takes its intents out again,
            unless another ticked line also needs them.
          </Translate>
        </Hint>
        {state.unknownNeeds.length > 0 && (
          <p className={layout.unknown} role="alert">
            <Translate
              id="tools.intents.needs.unknown"
              description="Under the needs list when the page URL's needs parameter has ids no need has; {ids}: those ids, quoted and shortened"
              values={{ids: quote(state.unknownNeeds.join(', '))}}>
              {'The page link asks for needs this calculator does not have ({ids}): they were left out.'}
            </Translate>
          </p>
        )}
        <NeedPicker value={value} needs={needs} locale={locale} onToggle={toggleNeed} />
      </Section>
      <PrivilegedNote intents={privileged} locale={locale} />
      <Section
        title={
          <Translate id="tools.intents.section.integer" description="Calculator section heading: the intents integer">
            The integer
          </Translate>
        }
        belowPhoneFoldRem={29}>
        <div ref={integerRef}>
          <IntegerPanel state={state} knownBits={ALL_INTENTS} strings={INTEGER_STRINGS} shareParam={INTENTS_PARAM} />
        </div>
        <InviteNote />
      </Section>
      <Section
        title={
          <Translate id="tools.intents.section.picker" description="Calculator section heading: the intent checkboxes">
            Intents
          </Translate>
        }>
        <IntentPicker value={value} needs={needs} locale={locale} onChange={setValue} />
        <Actions>
          <button type="button" className="button button--sm button--secondary" onClick={clear}>
            <Translate id="tools.intents.actions.clear" description="Button: untick every intent and need">
              Clear all
            </Translate>
          </button>
        </Actions>
      </Section>
      <ResultBar shown={!integerInView} value={value} strings={INTEGER_STRINGS} />
      <Section
        title={
          <Translate id="tools.intents.section.code" description="Calculator section heading: the code snippets">
            In your bot's code
          </Translate>
        }
        belowPhoneFoldRem={21}>
        <Hint>
          <Translate id="tools.intents.code.hint" description="Hint above the code snippets">
            The same intents with your library's names. This is where intents really take effect: paste it where your
            bot creates its client.
          </Translate>
        </Hint>
        <CodeTabs value={value} load={loadSnippet} />
      </Section>
    </div>
  );
}
