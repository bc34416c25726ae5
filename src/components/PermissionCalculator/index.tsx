import '@site/src/client/messages/permissions';
import type {ReactNode} from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import {CodeTabs} from '@site/src/components/FlagCalculator/CodeTabs';
import {IntegerPanel, type IntegerPanelStrings} from '@site/src/components/FlagCalculator/IntegerPanel';
import {Hint, Section} from '@site/src/components/FlagCalculator/Layout';
import {ResultBar} from '@site/src/components/FlagCalculator/ResultBar';
import {useInView} from '@site/src/components/FlagCalculator/useInView';
import {useFlagParam} from '@site/src/components/FlagCalculator/useFlagParam';
import {PermissionPicker} from '@site/src/components/PermissionPicker';
import {formatDecimal} from '@site/src/discord/bitfield';
import {hasPermission} from '@site/src/discord/permission-bits';
import {ALL_PERMISSIONS} from '@site/src/discord/permissions';
import {PAGE_PARAMS} from '@site/src/hooks/page-param-names';
import {useSiteLocale} from '@site/src/hooks/useSiteLocale';
import {BadgeLegend} from './BadgeLegend';
import {AdministratorWarning, InviteNote, SplitGapNote} from './Notes';
import {Presets} from './Presets';
import {RowDetails} from './RowDetails';
import layout from '@site/src/components/FlagCalculator/layout.module.css';
import styles from './styles.module.css';

const loadSnippet = () => import('@site/src/discord/permission-snippets').then((m) => m.permissionSnippet);

/** The query parameter the calculator, its share link and the invite builder agree on. */
export const PERMISSIONS_PARAM = PAGE_PARAMS.permissions;

const INTEGER_STRINGS: IntegerPanelStrings = {
  field: <Translate id="tools.permissions.integer.label">Permissions integer</Translate>,
  hint: (
    <Translate id="tools.permissions.integer.hint">
      Type or paste a number to tick its boxes: decimal (8), hex (0x8), shifts (1 &lt;&lt; 3 | 1 &lt;&lt; 5), Thai or
      full-width digits all work.
    </Translate>
  ),
  decimal: <Translate id="tools.permissions.integer.decimal">Decimal</Translate>,
  hex: <Translate id="tools.permissions.integer.hex">Hex</Translate>,
  unknownBits: (bits) =>
    translate(
      {
        id: 'tools.permissions.integer.unknownBits',
        message:
          'Bit {bits} is set but no Discord permission uses it. It is kept in the integer: check for a typo, or the flag may be newer than this guide.|Bits {bits} are set but no Discord permission uses them. They are kept in the integer: check for a typo, or the flags may be newer than this guide.',
        description: 'Plural forms separated by |; {bits} is a comma-separated list of bit numbers',
      },
      {bits},
    ),
  copyInteger: <Translate id="tools.permissions.copy.integer">Copy integer</Translate>,
  copyLink: <Translate id="tools.permissions.copy.link">Copy share link</Translate>,
};

export interface PermissionCalculatorProps {
  /** The tutorial's invite step: picker and integer only, with a link to the full tool. */
  readonly compact?: boolean;
}

/**
 * The permission calculator: the flag-calculator kit over src/discord's permission catalogue. The `permissions` URL
 * parameter holds the set, so a shared link, a reload and the language switch all restore it.
 */
export default function PermissionCalculator({compact = false}: PermissionCalculatorProps): ReactNode {
  const locale = useSiteLocale();
  const state = useFlagParam(PERMISSIONS_PARAM);
  const {value, setValue} = state;
  const admin = hasPermission(value, 'Administrator');
  const [integerRef, integerInView] = useInView<HTMLDivElement>();
  const integer = (
    <IntegerPanel
      state={state}
      knownBits={ALL_PERMISSIONS}
      strings={INTEGER_STRINGS}
      shareParam={compact ? undefined : PERMISSIONS_PARAM}
    />
  );

  if (compact) {
    return (
      <div className={clsx(layout.calculator, styles.calculatorCompact)} data-tool="permission-calculator">
        <PermissionPicker value={value} onChange={setValue} compact />
        <AdministratorWarning active={admin} />
        {integer}
        <SplitGapNote value={value} locale={locale} onChange={setValue} />
        <p>
          <Link to={`/docs/tools/permission-calculator?${PERMISSIONS_PARAM}=${formatDecimal(value)}`}>
            <Translate id="tools.permissions.compact.openFull">Open in the full calculator</Translate>
          </Link>
        </p>
      </div>
    );
  }

  return (
    // data-tool: a stable hook for end-to-end tests and page styles; CSS module class names are hashed.
    <div className={layout.calculator} data-tool="permission-calculator">
      <Section title={<Translate id="tools.permissions.section.integer">The integer</Translate>}>
        <div ref={integerRef}>{integer}</div>
        <SplitGapNote value={value} locale={locale} onChange={setValue} />
        <AdministratorWarning active={admin} />
        <InviteNote />
      </Section>
      <Section title={<Translate id="tools.permissions.section.presets">Start from a preset</Translate>}>
        <Presets unknown={value & ~ALL_PERMISSIONS} locale={locale} onChange={setValue} />
      </Section>
      <Section title={<Translate id="tools.permissions.section.picker">Permissions</Translate>}>
        <BadgeLegend />
        <PermissionPicker value={value} onChange={setValue} rowDetails={RowDetails} />
      </Section>
      <ResultBar shown={!integerInView} value={value} strings={INTEGER_STRINGS} />
      <Section
        title={<Translate id="tools.permissions.section.code">In your bot's code</Translate>}
        belowPhoneFoldRem={20}>
        <Hint>
          <Translate id="tools.permissions.code.hint">
            The same permissions with your library's names, for checking or for building the invite link in code.
          </Translate>
        </Hint>
        <CodeTabs value={value} load={loadSnippet} />
      </Section>
    </div>
  );
}
