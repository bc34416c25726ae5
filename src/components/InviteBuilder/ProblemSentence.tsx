import type {ReactNode} from 'react';
import {translate} from '@docusaurus/Translate';
import {snowflakeErrorMessage} from '@site/src/components/ApplicationIdField/messages';
import {bitfieldErrorMessage} from '@site/src/components/BitfieldField/messages';
import {findingText} from '@site/src/discord/invite/lint';
import type {FieldProblem} from './builder-state';
import {noClientIdMessage} from './messages';

/*
 * The sentences of the builder's problems. Its first render has only one (no Application ID yet, in messages.ts):
 * these load on demand (lazy-parts.ts), with the lint findings' sentences they reuse.
 */

/**
 * Why a field blocks the link, in the reader's language: the same sentence next to the field and in the output.
 * A lint finding (only ever a scope problem) is worded as in the findings list: what is wrong, then the fix.
 */
export function problemMessage(problem: FieldProblem): string {
  switch (problem.kind) {
    case 'empty':
      return noClientIdMessage();
    case 'lint': {
      const {message, fix} = findingText(problem.finding);
      return `${message} ${fix}`;
    }
    case 'snowflake':
      return snowflakeErrorMessage(problem.code);
    case 'bitfield':
      return translate(
        {
          id: 'tools.invite.builder.problem.permissions',
          message: 'The permissions value in the page address cannot be read: {reason} Tick the boxes to replace it.',
          description: '{reason} is a sentence explaining the parse error',
        },
        {reason: bitfieldErrorMessage(problem.error.code)},
      );
    case 'redirect':
      return translate({
        id: 'tools.invite.builder.problem.redirect',
        message:
          'Enter a full address such as https://example.com/callback, exactly as registered on the “OAuth2” page of your app.',
      });
    case 'state':
      return translate({
        id: 'tools.invite.builder.problem.state',
        message: 'This contains a broken character that cannot go into a link. Retype it.',
      });
  }
}

/** problemMessage as a component, for React.lazy. */
export function ProblemSentence({problem}: {readonly problem: FieldProblem}): ReactNode {
  return problemMessage(problem);
}
