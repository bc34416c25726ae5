import {translate} from '@docusaurus/Translate';
import type {ContextError, ContextErrorCode} from '@site/src/discord/effective-permissions/context-error';

interface Values {
  readonly path: string;
  readonly value: string;
  readonly position: string | number;
  readonly limit: string | number;
}

const MESSAGES: Readonly<Record<ContextErrorCode, (v: Values) => string>> = {
  'bad-json': (v) =>
    translate(
      {
        id: 'tools.debugger.error.badJson',
        message:
          'This is not JSON (the text stops making sense at character {position}). Paste exactly what the snippet printed.',
        description: 'Paste error; {position} counts from 1',
      },
      v,
    ),
  'too-large': (v) =>
    translate(
      {
        id: 'tools.debugger.error.tooLarge',
        message: 'Too long: this takes at most {limit} characters, which fits a server with 250 roles.',
        description: 'Paste error',
      },
      v,
    ),
  'not-an-object': (v) =>
    translate(
      {
        id: 'tools.debugger.error.notObject',
        message: '{path} should be an object (in curly brackets).',
        description: 'Paste error; {path} names a field such as roles[2]',
      },
      v,
    ),
  'not-a-list': (v) =>
    translate(
      {
        id: 'tools.debugger.error.notList',
        message: '{path} should be a list (in square brackets).',
        description: 'Paste error',
      },
      v,
    ),
  'missing-field': (v) =>
    translate({id: 'tools.debugger.error.missingField', message: '{path} is missing.', description: 'Paste error'}, v),
  'bad-field-type': (v) =>
    translate(
      {
        id: 'tools.debugger.error.badFieldType',
        message: '{path} has the wrong kind of value: {value}.',
        description: 'Paste error',
      },
      v,
    ),
  'bad-snowflake': (v) =>
    translate(
      {
        id: 'tools.debugger.error.badSnowflake',
        message: '{path} is not a Discord ID: {value}. IDs are 17 to 20 digits, in quotes.',
        description: 'Paste error',
      },
      v,
    ),
  'bad-permission-string': (v) =>
    translate(
      {
        id: 'tools.debugger.error.badPermissions',
        message:
          '{path} is not a permission integer: {value}. Discord writes them as whole numbers in quotes, such as "2048".',
        description: 'Paste error',
      },
      v,
    ),
  'bad-position': (v) =>
    translate(
      {
        id: 'tools.debugger.error.badPosition',
        message: '{path} is not a role position: {value}. Positions are whole numbers from 0.',
        description: 'Paste error',
      },
      v,
    ),
  'bad-overwrite-type': (v) =>
    translate(
      {
        id: 'tools.debugger.error.badOverwriteType',
        message: '{path} should be 0 (a role) or 1 (a member), not {value}.',
        description: 'Paste error',
      },
      v,
    ),
  'bad-channel-type': (v) =>
    translate(
      {
        id: 'tools.debugger.error.badChannelType',
        message: '{path} is not a server channel type: {value}.',
        description: 'Paste error',
      },
      v,
    ),
  'thread-channel': () =>
    translate({
      id: 'tools.debugger.error.thread',
      message:
        'This is a thread. A thread has no permissions of its own: run the snippet on its parent channel (the snippets do this for you).',
      description: 'Paste error',
    }),
  'bad-time': (v) =>
    translate(
      {
        id: 'tools.debugger.error.badTime',
        message: '{path} is not a date and time as Discord writes them: {value}.',
        description: 'Paste error',
      },
      v,
    ),
  'duplicate-id': (v) =>
    translate(
      {
        id: 'tools.debugger.error.duplicateId',
        message: '{path}: the ID {value} appears twice.',
        description: 'Paste error',
      },
      v,
    ),
  'missing-everyone-role': () =>
    translate({
      id: 'tools.debugger.error.noEveryone',
      message:
        "The roles list has no @everyone role (the role whose ID is the server's ID). Paste every role, not only the bot's.",
      description: 'Paste error',
    }),
  'role-not-found': (v) =>
    translate(
      {
        id: 'tools.debugger.error.roleNotFound',
        message: '{path} names role {value}, which is not in the roles list.',
        description: 'Paste error',
      },
      v,
    ),
  'unknown-action': (v) =>
    translate({id: 'tools.debugger.error.unknownAction', message: 'Unknown action: {value}.', description: 'Error'}, v),
  'bad-target': () =>
    translate({
      id: 'tools.debugger.error.badTarget',
      message: 'That member or role does not fit this action.',
      description: 'Error',
    }),
};

/** The error as a sentence in the reader's language, pointing at the field it is about. */
export function contextErrorText(error: ContextError): string {
  return MESSAGES[error.code]({
    path: error.path ?? '',
    value: error.value ?? '',
    position: error.position === undefined ? '?' : error.position + 1,
    limit: error.limit ?? '',
  });
}
