import {useId, type ReactNode} from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';
import {formatDecimal} from '@site/src/discord/bitfield';
import {hasPermission} from '@site/src/discord/permission-bits';
import {useSiteLocale} from '@site/src/hooks/useSiteLocale';
import {BadgeLegend} from './BadgeLegend';
import {CalculatorCode} from './CalculatorCode';
import {IntegerPanel} from './IntegerPanel';
import {AdministratorWarning, InviteNote} from './Notes';
import {PermissionPicker} from './PermissionPicker';
import {Presets} from './Presets';
import {RowDetails} from './RowDetails';
import {usePermissionsState} from './usePermissionsState';
import styles from './styles.module.css';

export {PermissionPicker, type PermissionPickerProps} from './PermissionPicker';

export interface PermissionCalculatorProps {
  /** The tutorial's invite step: picker and integer only, with a link to the full tool. */
  readonly compact?: boolean;
}

/**
 * The permission calculator: a thin view over src/discord. The `permissions` URL parameter holds the set, so a
 * shared link, a reload and the language switch all restore it.
 */
export default function PermissionCalculator({compact = false}: PermissionCalculatorProps): ReactNode {
  const locale = useSiteLocale();
  const {value, text, error, setValue, setText, settleText} = usePermissionsState();
  const admin = hasPermission(value, 'Administrator');
  const id = useId();

  const integer = (
    <IntegerPanel
      value={value}
      text={text}
      error={error}
      onTextChange={setText}
      onBlur={settleText}
      compact={compact}
    />
  );

  if (compact) {
    return (
      <div className={clsx(styles.calculator, styles.calculatorCompact)} data-tool="permission-calculator">
        <PermissionPicker value={value} onChange={setValue} compact />
        <AdministratorWarning active={admin} />
        {integer}
        <p>
          <Link to={`/docs/tools/permission-calculator?permissions=${formatDecimal(value)}`}>
            <Translate id="tools.permissions.compact.openFull">Open in the full calculator</Translate>
          </Link>
        </p>
      </div>
    );
  }

  return (
    // data-tool: a stable hook for end-to-end tests and page styles; CSS module class names are hashed.
    <div className={styles.calculator} data-tool="permission-calculator">
      <section className={styles.section} aria-labelledby={`${id}-integer`}>
        <h3 id={`${id}-integer`} className={styles.sectionTitle}>
          <Translate id="tools.permissions.section.integer">The integer</Translate>
        </h3>
        {integer}
        <AdministratorWarning active={admin} />
        <InviteNote />
      </section>
      <section className={styles.section} aria-labelledby={`${id}-presets`}>
        <h3 id={`${id}-presets`} className={styles.sectionTitle}>
          <Translate id="tools.permissions.section.presets">Start from a preset</Translate>
        </h3>
        <Presets value={value} locale={locale} onChange={setValue} />
      </section>
      <section className={styles.section} aria-labelledby={`${id}-picker`}>
        <h3 id={`${id}-picker`} className={styles.sectionTitle}>
          <Translate id="tools.permissions.section.picker">Permissions</Translate>
        </h3>
        <BadgeLegend />
        <PermissionPicker value={value} onChange={setValue} rowDetails={RowDetails} />
      </section>
      <section className={styles.section} aria-labelledby={`${id}-code`}>
        <h3 id={`${id}-code`} className={styles.sectionTitle}>
          <Translate id="tools.permissions.section.code">In your bot's code</Translate>
        </h3>
        <p className={styles.hint}>
          <Translate id="tools.permissions.code.hint">
            The same permissions with your library's names, for checking or for building the invite link in code.
          </Translate>
        </p>
        <CalculatorCode value={value} />
      </section>
    </div>
  );
}
