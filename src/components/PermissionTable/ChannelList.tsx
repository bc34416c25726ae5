import type {ReactNode} from 'react';
import Translate from '@docusaurus/Translate';
import type {ChannelKind} from '@site/src/discord/permissions';

function ChannelName({kind}: {readonly kind: ChannelKind}): ReactNode {
  switch (kind) {
    case 'text':
      return <Translate id="tools.permissionTable.channel.text">Text</Translate>;
    case 'voice':
      return <Translate id="tools.permissionTable.channel.voice">Voice</Translate>;
    case 'stage':
      return <Translate id="tools.permissionTable.channel.stage">Stage</Translate>;
  }
}

/** The channel types a permission can be set on, or "server only" when it has none. */
export function ChannelList({channels}: {readonly channels: readonly ChannelKind[]}): ReactNode {
  if (channels.length === 0) {
    return (
      <Translate id="tools.permissionTable.channel.none" description="Channels column: cannot be set per channel">
        Server only
      </Translate>
    );
  }
  return (
    <>
      {channels.map((kind, index) => (
        <span key={kind}>
          {index > 0 && ', '}
          <ChannelName kind={kind} />
        </span>
      ))}
    </>
  );
}
