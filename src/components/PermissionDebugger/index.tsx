import '@site/src/client/messages/debugger';
import {lazy, useState, type ReactNode} from 'react';
import Translate from '@docusaurus/Translate';
import {Hint, Section} from '@site/src/components/FlagCalculator/Layout';
import {LiveCallout} from '@site/src/components/FlagCalculator/Callout';
import type {DebuggerState} from '@site/src/discord/debugger-state';
import {useSiteLocale} from '@site/src/hooks/useSiteLocale';
import {Answer} from './Answer';
import {ChannelEditor} from './ChannelEditor';
import {ServerEditor} from './ServerEditor';
import {SubjectPicker} from './SubjectPicker';
import {useDebuggerState} from './useDebuggerState';
import OnDemand from '@site/src/components/OnDemand';
import layout from '@site/src/components/FlagCalculator/layout.module.css';

// The paste panel (four snippets, the JSON reader, the importer) is a third of the tool's code and most readers build
// the server by hand, so it loads when asked for, like the calculators' filter status.
const loadPastePanel = () => import('./PastePanel');
const PastePanel = lazy(() => loadPastePanel().then((m) => ({default: m.PastePanel})));
const preloadPastePanel = (): void => void loadPastePanel();

interface PasteSectionProps {
  readonly state: DebuggerState;
  readonly onChange: (next: DebuggerState) => void;
}

function PasteSection(props: PasteSectionProps): ReactNode {
  const [open, setOpen] = useState(false);
  return (
    <>
      <p>
        <button
          type="button"
          className="button button--secondary button--sm"
          aria-expanded={open}
          onFocus={preloadPastePanel}
          onMouseEnter={preloadPastePanel}
          onClick={() => setOpen(!open)}>
          <Translate id="tools.debugger.paste.open" description="Button that shows the snippets and the paste box">
            Show the code for your bot and the paste box
          </Translate>
        </button>
      </p>
      {open && (
        <OnDemand>
          <PastePanel {...props} />
        </OnDemand>
      )}
    </>
  );
}

/**
 * "Why can't my bot …?": a server (typed in or pasted), an action, and Discord's answer with its reasons and fixes.
 * The computation is src/discord/effective-permissions; this is a view over it, with the whole state in the page URL.
 */
export default function PermissionDebugger(): ReactNode {
  const locale = useSiteLocale();
  const {state, ignored, setState} = useDebuggerState();
  return (
    <div className={layout.calculator} data-tool="permission-debugger">
      <Section title={<Translate id="tools.debugger.section.subject">The question</Translate>}>
        <SubjectPicker state={state} locale={locale} onChange={setState} />
      </Section>
      <Section title={<Translate id="tools.debugger.section.answer">The answer</Translate>}>
        <Answer state={state} locale={locale} onChange={setState} />
      </Section>
      <LiveCallout
        shown={ignored.length > 0}
        type="warning"
        named
        title={<Translate id="tools.debugger.ignored.title">Part of this link could not be used</Translate>}>
        <p>
          <Translate
            id="tools.debugger.ignored.body"
            values={{params: ignored.map((p) => p.param || '?').join(', ')}}
            description="{params} lists the URL parameters that were left out">
            {'These parameters were left out, and the rest was kept: {params}.'}
          </Translate>
        </p>
      </LiveCallout>
      <Section title={<Translate id="tools.debugger.section.server">The server: roles and the bot</Translate>}>
        <Hint>
          <Translate id="tools.debugger.server.hint">
            Higher positions are higher in Server Settings → Roles. Tick the roles the bot has.
          </Translate>
        </Hint>
        <ServerEditor state={state} onChange={setState} />
      </Section>
      <Section title={<Translate id="tools.debugger.section.channel">The channel and its overwrites</Translate>}>
        <ChannelEditor state={state} locale={locale} onChange={setState} />
      </Section>
      <Section title={<Translate id="tools.debugger.section.paste">Or paste your real server</Translate>}>
        <PasteSection state={state} onChange={setState} />
      </Section>
    </div>
  );
}
