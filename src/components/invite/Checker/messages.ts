import '@site/src/client/messages/invite';
import {translate} from '@docusaurus/Translate';
import type {InviteParseError} from '@site/src/discord/invite/parse';
import {quote} from '@site/src/discord/invite/text';

/** Why a paste is not an authorize link, in the reader's language. 'not-discord' is a lint finding instead. */
export function parseErrorMessage(error: InviteParseError, maxLength: number): string {
  switch (error.code) {
    case 'empty':
      return translate({id: 'tools.invite.checker.error.empty', message: 'Paste a link to check it.'});
    case 'too-long':
      return translate(
        {
          id: 'tools.invite.checker.error.tooLong',
          message: 'That is far too long to be an invite link (they are under {max} characters). Paste only the link.',
        },
        {max: String(maxLength)},
      );
    case 'not-a-url':
      return translate({
        id: 'tools.invite.checker.error.notUrl',
        message: 'This is not a link. Paste the whole link, starting with https://discord.com/oauth2/authorize.',
      });
    case 'not-discord':
      return translate(
        {
          id: 'tools.invite.checker.error.notDiscord',
          message: 'This link goes to {host}, not to Discord.',
        },
        {host: quote(error.host)},
      );
    case 'not-authorize-path':
      return translate(
        {
          id: 'tools.invite.checker.error.notAuthorize',
          message:
            'This is a {host} address, but not a bot invite link. Server invites (discord.gg/…) add people, not bots; a bot invite starts with https://discord.com/oauth2/authorize.',
        },
        {host: quote(error.host)},
      );
    case 'unsafe-scheme':
      return translate(
        {
          id: 'tools.invite.checker.error.unsafeScheme',
          message:
            'Text starting with “{scheme}:” is not a web link and never an invite link. Nothing was opened or run.',
        },
        {scheme: quote(error.scheme)},
      );
  }
}
