import {translate} from '@docusaurus/Translate';
import type {SnowflakeErrorCode} from '@site/src/discord/snowflake';

/** Why a pasted value cannot be a Discord ID, in the reader's language. Shared by every ID field. */
export function snowflakeErrorMessage(code: SnowflakeErrorCode): string {
  switch (code) {
    case 'empty':
      return translate({id: 'tools.snowflake.error.empty', message: 'Paste the ID: a number of 17 to 20 digits.'});
    case 'invalid-character':
      return translate({
        id: 'tools.snowflake.error.invalidCharacter',
        message: 'An ID has digits only. Did you copy a name, a link or something else?',
      });
    case 'too-short':
      return translate({id: 'tools.snowflake.error.tooShort', message: 'Too short: Discord IDs have 17 to 20 digits.'});
    case 'too-long':
      return translate({id: 'tools.snowflake.error.tooLong', message: 'Too long: Discord IDs have 17 to 20 digits.'});
    case 'overflow':
      return translate({id: 'tools.snowflake.error.overflow', message: 'Too large to be a Discord ID.'});
    case 'in-future':
    case 'before-epoch':
      return translate({
        id: 'tools.snowflake.error.impossibleDate',
        message: 'No Discord ID can have been created at that time: check the digits.',
      });
  }
}
