import type {ReactNode} from 'react';
import Translate, {translate} from '@docusaurus/Translate';
import {pick, type Locale} from '@site/src/discord/locale';
import {getPermission, PERMISSION_GROUPS, PERMISSIONS, type PermissionInfo} from '@site/src/discord/permissions';
import {useSiteLocale} from '@site/src/hooks/useSiteLocale';
import {ChannelList} from './ChannelList';
import {useDeclareAnchors} from '@site/src/hooks/useDeclareAnchors';
import ReferenceTable from '@site/src/components/ReferenceTable';
import {FlagCells} from '@site/src/components/ReferenceTable/FlagCells';

const GROUP_LABELS = new Map(PERMISSION_GROUPS.map((group) => [group.id, group.label]));

/** The anchor of a permission's row, so other pages and the calculator can link to it. */
export function permissionAnchor(info: PermissionInfo): string {
  return `perm-${info.apiName}`;
}

function SplitCell({info, locale}: {readonly info: PermissionInfo; readonly locale: Locale}): ReactNode {
  const split = info.split;
  if (!split) return null;
  const from = getPermission(split.from);
  return (
    <Translate
      id="tools.permissionTable.split"
      description="Table cell for a permission split out of an older one. {from}: link to the older permission; {date}: YYYY-MM-DD; {note}: what changed"
      values={{
        from: <a href={`#${permissionAnchor(from)}`}>{pick(from.label, locale)}</a>,
        date: <time dateTime={split.date}>{split.date}</time>,
        note: pick(split.note, locale),
      }}>
      {'From {from}, {date}. {note}'}
    </Translate>
  );
}

function Row({info, locale}: {readonly info: PermissionInfo; readonly locale: Locale}): ReactNode {
  const anchor = permissionAnchor(info);
  return (
    <tr id={anchor}>
      <FlagCells info={info} anchor={anchor} locale={locale} />
      <td>{pick(GROUP_LABELS.get(info.group) ?? {en: info.group, th: info.group}, locale)}</td>
      <td>
        <ChannelList channels={info.channels} />
      </td>
      <td>
        {info.twoFactor ? (
          <Translate id="tools.permissionTable.twoFactor.yes" description="2FA column: the permission needs 2FA">
            Yes
          </Translate>
        ) : (
          <Translate id="tools.permissionTable.twoFactor.no" description="2FA column: the permission does not">
            No
          </Translate>
        )}
      </td>
      <td>
        <SplitCell info={info} locale={locale} />
      </td>
    </tr>
  );
}

const ANCHORS: readonly string[] = PERMISSIONS.map(permissionAnchor);

/**
 * Every permission in one table, generated from the catalogue so it can never disagree with the calculator. Each
 * row has an anchor (`#perm-MANAGE_GUILD`) that other pages link to.
 */
export default function PermissionTable(): ReactNode {
  const locale = useSiteLocale();
  useDeclareAnchors(ANCHORS);
  return (
    <ReferenceTable
      label={translate({
        id: 'tools.permissionTable.region',
        message: 'Table of all Discord permissions (scrolls sideways)',
        description: 'Accessible name of the scrollable wrapper around the permission table',
      })}>
      <thead>
        <tr>
          <th scope="col">
            <Translate id="tools.permissionTable.col.name">Permission</Translate>
          </th>
          <th scope="col">
            <Translate id="tools.permissionTable.col.apiName">API name and key</Translate>
          </th>
          <th scope="col">
            <Translate id="tools.permissionTable.col.bit">Bit</Translate>
          </th>
          <th scope="col">
            <Translate id="tools.permissionTable.col.value">Value</Translate>
          </th>
          <th scope="col">
            <Translate id="tools.permissionTable.col.group">Role editor section</Translate>
          </th>
          <th scope="col">
            <Translate id="tools.permissionTable.col.channels">Channels</Translate>
          </th>
          <th scope="col">
            <Translate id="tools.permissionTable.col.twoFactor">Needs 2FA</Translate>
          </th>
          <th scope="col">
            <Translate id="tools.permissionTable.col.split">Split out of</Translate>
          </th>
        </tr>
      </thead>
      <tbody>
        {PERMISSIONS.map((info) => (
          <Row key={info.key} info={info} locale={locale} />
        ))}
      </tbody>
    </ReferenceTable>
  );
}
