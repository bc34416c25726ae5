import '@site/src/client/messages/invite';
import {translate} from '@docusaurus/Translate';
import type {BuilderField} from './form-state';

/**
 * The one problem of the builder's first render (no Application ID yet), in the server HTML. Every other problem's
 * sentence is in ProblemSentence.tsx, loaded on demand.
 */
export function noClientIdMessage(): string {
  return translate({
    id: 'tools.invite.builder.problem.noClientId',
    message: 'Enter your Application ID at the top of the builder.',
  });
}

/** The name of each field in the "why there is no link" list. */
export function fieldLabel(field: BuilderField): string {
  switch (field) {
    case 'clientId':
      return translate({id: 'tools.invite.builder.field.clientId', message: 'Application ID'});
    case 'install':
      return translate({
        id: 'tools.invite.builder.field.install',
        message: 'Install context',
        description: 'Name of the server/user install choice in the builder’s "no link" list',
      });
    case 'scopes':
      return translate({id: 'tools.invite.builder.field.scopes', message: 'Scopes'});
    case 'permissions':
      return translate({id: 'tools.invite.builder.field.permissions', message: 'Permissions'});
    case 'guildId':
      return translate({id: 'tools.invite.builder.field.guildId', message: 'Server ID'});
    case 'codeGrant':
      return translate({
        id: 'tools.invite.builder.field.codeGrant',
        message: 'Code grant',
        description: 'Name of the code-grant part of the builder in its "no link" list',
      });
    case 'redirectUri':
      return translate({id: 'tools.invite.builder.field.redirectUri', message: 'Redirect URI'});
    case 'state':
      return translate({id: 'tools.invite.builder.field.state', message: 'State'});
  }
}
