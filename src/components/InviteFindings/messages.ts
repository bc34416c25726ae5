import {translate} from '@docusaurus/Translate';
import type {Locale} from '@site/src/discord/locale';
import {deferredTranslate} from './deferred-translate';
import type {InviteParams, LintCode, LintFinding, LintSeverity} from '@site/src/discord/invite-url';

/** The query parameter each field of InviteParams is written as, for messages that name the parameter. */
const PARAM_NAME: Readonly<Record<keyof InviteParams, string>> = {
  clientId: 'client_id',
  scopes: 'scope',
  permissions: 'permissions',
  guildId: 'guild_id',
  disableGuildSelect: 'disable_guild_select',
  integrationType: 'integration_type',
  redirectUri: 'redirect_uri',
  responseType: 'response_type',
  state: 'state',
  prompt: 'prompt',
};

/** A pasted value can be 4 KB long; a message quotes only its start, so one finding never fills the screen. */
const MAX_QUOTED = 80;

export function quote(value: string | undefined): string {
  const text = value ?? '';
  return text.length > MAX_QUOTED ? `${text.slice(0, MAX_QUOTED)}…` : text;
}

export interface LintText {
  /** What is wrong, one sentence. */
  readonly message: string;
  /** What to do about it, one sentence. */
  readonly fix: string;
}

/**
 * One sentence and one fix per lint code, in the reader's language. The switch has no default, so a new LintCode in
 * src/discord/invite-url.ts fails the type check here until someone writes its message.
 */
export function lintText(finding: LintFinding, locale: Locale): LintText {
  const data = finding.data ?? {};
  const code: LintCode = finding.code;
  switch (code) {
    case 'bad-client-id':
      return {
        message: deferredTranslate(locale, {
          id: 'tools.invite.lint.bad-client-id.message',
          message: 'The client_id is missing or is not an Application ID.',
        }),
        fix: deferredTranslate(locale, {
          id: 'tools.invite.lint.bad-client-id.fix',
          message:
            'Copy the Application ID from your app’s “General Information” page in the Developer Portal: a number of 17 to 20 digits.',
        }),
      };
    case 'unknown-scope':
      return {
        message: deferredTranslate(
          locale,
          {
            id: 'tools.invite.lint.unknown-scope.message',
            message: 'Discord has no scope called {scopes}.',
            description: '{scopes} is one or more scope names from the link, separated by spaces',
          },
          {scopes: quote(data.scopes)},
        ),
        fix: deferredTranslate(locale, {
          id: 'tools.invite.lint.unknown-scope.fix',
          message:
            'Check the spelling (scopes are lower case and separated by spaces) or remove it; the scope reference lists every valid scope.',
        }),
      };
    case 'scope-client-credentials-only':
      return {
        message: deferredTranslate(
          locale,
          {
            id: 'tools.invite.lint.scope-client-credentials-only.message',
            message: '{scopes} cannot be asked for in an authorize link: only the client credentials grant issues it.',
          },
          {scopes: quote(data.scopes)},
        ),
        fix: deferredTranslate(locale, {
          id: 'tools.invite.lint.scope-client-credentials-only.fix',
          message: 'Remove it from the link; your server code gets it with the client credentials grant instead.',
        }),
      };
    case 'permissions-without-bot':
      return {
        message: deferredTranslate(locale, {
          id: 'tools.invite.lint.permissions-without-bot.message',
          message: 'The link asks for permissions but has no bot scope, and permissions only apply to a bot user.',
        }),
        fix: deferredTranslate(locale, {
          id: 'tools.invite.lint.permissions-without-bot.fix',
          message: 'Add the bot scope, or remove permissions if the app only needs its commands.',
        }),
      };
    case 'bad-permissions':
      return {
        message: deferredTranslate(
          locale,
          {
            id: 'tools.invite.lint.bad-permissions.message',
            message: 'The permissions value “{value}” is not a permission integer.',
          },
          {value: quote(data.value)},
        ),
        fix: deferredTranslate(locale, {
          id: 'tools.invite.lint.bad-permissions.fix',
          message: 'Use a whole number from the permission calculator, for example 3072.',
        }),
      };
    case 'user-install-with-bot':
      return {
        message: deferredTranslate(locale, {
          id: 'tools.invite.lint.user-install-with-bot.message',
          message: 'A user install (integration_type=1) cannot add a bot user, so the bot scope does not work here.',
        }),
        fix: deferredTranslate(locale, {
          id: 'tools.invite.lint.user-install-with-bot.fix',
          message: 'Remove bot for a user install, or make it a server install (integration_type=0).',
        }),
      };
    case 'user-install-with-permissions':
      return {
        message: deferredTranslate(locale, {
          id: 'tools.invite.lint.user-install-with-permissions.message',
          message: 'A user install gets no role in any server, so the permissions in this link mean nothing.',
        }),
        fix: deferredTranslate(locale, {
          id: 'tools.invite.lint.user-install-with-permissions.fix',
          message: 'Remove permissions, or make it a server install.',
        }),
      };
    case 'user-install-with-guild':
      return {
        message: deferredTranslate(locale, {
          id: 'tools.invite.lint.user-install-with-guild.message',
          message: 'A user install does not go to a server, so guild_id and disable_guild_select do not apply.',
        }),
        fix: deferredTranslate(locale, {
          id: 'tools.invite.lint.user-install-with-guild.fix',
          message: 'Remove them, or make it a server install.',
        }),
      };
    case 'code-grant-missing-response-type':
      return {
        message: deferredTranslate(
          locale,
          {
            id: 'tools.invite.lint.code-grant-missing-response-type.message',
            message: '{scopes} only works in the authorization code grant, which needs response_type=code.',
          },
          {scopes: quote(data.scopes)},
        ),
        fix: deferredTranslate(locale, {
          id: 'tools.invite.lint.code-grant-missing-response-type.fix',
          message:
            'For a plain bot invite, untick those scopes. If your website signs people in, tick the code grant option (it adds response_type=code) and give your redirect URI.',
        }),
      };
    case 'bad-value':
      return {
        message: deferredTranslate(
          locale,
          {
            id: 'tools.invite.lint.bad-value.message',
            message: '{param} has a value Discord does not accept: “{value}”.',
            description: '{param} is a query parameter name such as prompt; {value} is what the link has',
          },
          {param: finding.field === undefined ? '' : PARAM_NAME[finding.field], value: quote(data.value)},
        ),
        fix: deferredTranslate(
          locale,
          {
            id: 'tools.invite.lint.bad-value.fix',
            message: 'Correct {param} using the parameter table on the invite link builder page, or remove it.',
          },
          {param: finding.field === undefined ? '' : PARAM_NAME[finding.field]},
        ),
      };
    case 'non-discord-host':
      return {
        message: deferredTranslate(
          locale,
          {id: 'tools.invite.lint.non-discord-host.message', message: 'This link goes to {host}, not to Discord.'},
          {host: quote(data.host)},
        ),
        fix: deferredTranslate(locale, {
          id: 'tools.invite.lint.non-discord-host.fix',
          message: 'Do not use it to add a bot: a real invite link starts with https://discord.com/oauth2/authorize.',
        }),
      };
    case 'administrator-requested':
      return {
        message: deferredTranslate(locale, {
          id: 'tools.invite.lint.administrator-requested.message',
          message: 'The link asks for Administrator: every permission, with channel overwrites ignored.',
        }),
        fix: deferredTranslate(locale, {
          id: 'tools.invite.lint.administrator-requested.fix',
          message:
            'Ask only for the permissions the bot needs, so a bug or a leaked token cannot take over the whole server.',
        }),
      };
    case 'unknown-permission-bits':
      return {
        message: deferredTranslate(
          locale,
          {
            id: 'tools.invite.lint.unknown-permission-bits.message',
            message: 'Bits {bits} of the permissions value are not permissions this guide knows.',
            description: '{bits} is a list of bit numbers, e.g. "60 61"',
          },
          {bits: quote(data.bits)},
        ),
        fix: deferredTranslate(locale, {
          id: 'tools.invite.lint.unknown-permission-bits.fix',
          message: 'Check the number in the permission calculator: a typo, or a permission newer than this guide.',
        }),
      };
    case 'guild-without-bot':
      return {
        message: deferredTranslate(locale, {
          id: 'tools.invite.lint.guild-without-bot.message',
          message: 'The link preselects a server, but that only works for a bot, and it has no bot scope.',
        }),
        fix: deferredTranslate(locale, {
          id: 'tools.invite.lint.guild-without-bot.fix',
          message: 'Add the bot scope, or remove guild_id and disable_guild_select.',
        }),
      };
    case 'disable-guild-select-without-guild':
      return {
        message: deferredTranslate(locale, {
          id: 'tools.invite.lint.disable-guild-select-without-guild.message',
          message: 'disable_guild_select is on, but there is no guild_id to lock the choice to.',
        }),
        fix: deferredTranslate(locale, {
          id: 'tools.invite.lint.disable-guild-select-without-guild.fix',
          message: 'Add the server’s ID as guild_id, or remove disable_guild_select.',
        }),
      };
    case 'integration-type-without-commands':
      return {
        message: deferredTranslate(locale, {
          id: 'tools.invite.lint.integration-type-without-commands.message',
          message:
            'integration_type only matters with the applications.commands or bot scope, and this link has neither.',
        }),
        fix: deferredTranslate(locale, {
          id: 'tools.invite.lint.integration-type-without-commands.fix',
          message: 'Add applications.commands, or remove integration_type.',
        }),
      };
    case 'code-grant-missing-redirect':
      return {
        message: deferredTranslate(locale, {
          id: 'tools.invite.lint.code-grant-missing-redirect.message',
          message:
            'There is no redirect_uri, so Discord sends the person to the first redirect registered for the app.',
        }),
        fix: deferredTranslate(locale, {
          id: 'tools.invite.lint.code-grant-missing-redirect.fix',
          message: 'Add the redirect URI your website handles, exactly as it is registered on the “OAuth2” page.',
        }),
      };
    case 'scope-needs-approval':
      return {
        message: deferredTranslate(
          locale,
          {
            id: 'tools.invite.lint.scope-needs-approval.message',
            message: '{scopes} needs Discord’s approval before an app may use it.',
          },
          {scopes: quote(data.scopes)},
        ),
        fix: deferredTranslate(locale, {
          id: 'tools.invite.lint.scope-needs-approval.fix',
          message: 'Remove it unless Discord has approved your app for it.',
        }),
      };
    case 'implicit-grant':
      return {
        message: deferredTranslate(locale, {
          id: 'tools.invite.lint.implicit-grant.message',
          message:
            'response_type=token puts an access token in the browser’s address bar, and it comes without a refresh token.',
        }),
        fix: deferredTranslate(locale, {
          id: 'tools.invite.lint.implicit-grant.fix',
          message:
            'Use response_type=code and exchange the code on your server, or leave response_type out for a plain bot invite.',
        }),
      };
    case 'duplicate-parameter':
      return {
        message: deferredTranslate(
          locale,
          {
            id: 'tools.invite.lint.duplicate-parameter.message',
            message: '{params} appears more than once; Discord may use either value.',
            description: '{params} is one or more parameter names',
          },
          {params: quote(data.params)},
        ),
        fix: deferredTranslate(locale, {
          id: 'tools.invite.lint.duplicate-parameter.fix',
          message: 'Keep one of each parameter.',
        }),
      };
    case 'http-not-https':
      return {
        message: deferredTranslate(locale, {
          id: 'tools.invite.lint.http-not-https.message',
          message: 'The link starts with http://, which is not encrypted.',
        }),
        fix: deferredTranslate(locale, {
          id: 'tools.invite.lint.http-not-https.fix',
          message: 'Start it with https://discord.com/oauth2/authorize instead.',
        }),
      };
    case 'missing-scope':
      return {
        message: deferredTranslate(locale, {
          id: 'tools.invite.lint.missing-scope.message',
          message:
            'The link has no scope, so Discord uses the default install settings from your app’s “Installation” page.',
        }),
        fix: deferredTranslate(locale, {
          id: 'tools.invite.lint.missing-scope.fix',
          message: 'That is fine if those settings are right; add scope=bot to decide in the link itself.',
        }),
      };
    case 'scope-needs-code-grant':
      return {
        message: deferredTranslate(
          locale,
          {
            id: 'tools.invite.lint.scope-needs-code-grant.message',
            message: '{scopes} makes this a full OAuth2 sign-in: Discord sends a code to your redirect URI afterwards.',
          },
          {scopes: quote(data.scopes)},
        ),
        fix: deferredTranslate(locale, {
          id: 'tools.invite.lint.scope-needs-code-grant.fix',
          message:
            'Your website must exchange that code for a token; for a plain bot invite, use only bot and applications.commands.',
        }),
      };
    case 'code-grant-without-state':
      return {
        message: deferredTranslate(locale, {
          id: 'tools.invite.lint.code-grant-without-state.message',
          message: 'There is no state, the value that protects a sign-in against forged requests.',
        }),
        fix: deferredTranslate(locale, {
          id: 'tools.invite.lint.code-grant-without-state.fix',
          message: 'Add a new random state for each sign-in and check it when the person comes back.',
        }),
      };
    case 'prompt-none-passthrough':
      return {
        message: deferredTranslate(locale, {
          id: 'tools.invite.lint.prompt-none-passthrough.message',
          message: 'prompt=none has no effect with bot or webhook.incoming: Discord always asks.',
        }),
        fix: deferredTranslate(locale, {
          id: 'tools.invite.lint.prompt-none-passthrough.fix',
          message: 'Remove prompt, or use prompt=consent.',
        }),
      };
    case 'legacy-host':
      return {
        message: deferredTranslate(
          locale,
          {
            id: 'tools.invite.lint.legacy-host.message',
            message: '{host} is Discord’s old domain; it still redirects.',
          },
          {host: quote(data.host)},
        ),
        fix: deferredTranslate(locale, {id: 'tools.invite.lint.legacy-host.fix', message: 'Use discord.com instead.'}),
      };
    case 'unknown-parameter':
      return {
        message: deferredTranslate(
          locale,
          {
            id: 'tools.invite.lint.unknown-parameter.message',
            message: 'Discord does not use {params} in an authorize link.',
          },
          {params: quote(data.params)},
        ),
        fix: deferredTranslate(locale, {
          id: 'tools.invite.lint.unknown-parameter.fix',
          message: 'Remove it, or check whether it is a misspelt parameter.',
        }),
      };
  }
}

export function severityLabel(severity: LintSeverity): string {
  switch (severity) {
    case 'error':
      return translate({id: 'tools.invite.severity.error', message: 'Error', description: 'Severity of a finding'});
    case 'warning':
      return translate({id: 'tools.invite.severity.warning', message: 'Warning', description: 'Severity of a finding'});
    case 'info':
      return translate({id: 'tools.invite.severity.info', message: 'Note', description: 'Severity of a finding'});
  }
}
