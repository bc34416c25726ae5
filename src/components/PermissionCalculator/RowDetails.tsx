import '@site/src/client/messages/permissions';
import type {ReactNode} from 'react';
import Translate from '@docusaurus/Translate';
import {pick, type Locale} from '@site/src/discord/locale';
import {getPermission, type PermissionInfo} from '@site/src/discord/permissions';
import type {RowDetailsProps} from '@site/src/components/PermissionPicker';
import styles from '@site/src/components/FlagCalculator/picker.module.css';

function SplitNote({info, locale, id}: {readonly info: PermissionInfo; readonly locale: Locale; readonly id: string}) {
  const split = info.split;
  if (!split) return null;
  return (
    <p id={id} className={styles.description}>
      <Translate
        id="tools.permissions.row.split"
        description="Under a permission split out of an older one. {from}: the older permission's name; {date}: YYYY-MM-DD; {note}: what changed"
        values={{
          from: pick(getPermission(split.from).label, locale),
          date: <time dateTime={split.date}>{split.date}</time>,
          note: pick(split.note, locale),
        }}>
        {'Split from “{from}” on {date}. {note}'}
      </Translate>
    </p>
  );
}

/**
 * What the full calculator adds under a row: the name in channel settings where it differs, and when and from what
 * the permission was split. A slot of the picker (PermissionPicker's `rowDetails`), so the compact picker of the
 * invite builder doesn't ship these sentences.
 */
export function RowDetails({info, locale, splitId}: RowDetailsProps): ReactNode {
  return (
    <>
      {info.channelLabel && (
        <p className={styles.description}>
          <Translate
            id="tools.permissions.row.channelLabel"
            description="Under a permission whose name differs in channel settings; {name} is that name"
            values={{name: pick(info.channelLabel, locale)}}>
            {'In channel settings it is called “{name}”.'}
          </Translate>
        </p>
      )}
      <SplitNote info={info} locale={locale} id={splitId} />
    </>
  );
}
