import '@site/src/client/messages/invite';
import type {ReactNode} from 'react';
import {translate} from '@docusaurus/Translate';
import {snowflakeErrorMessage} from '@site/src/components/ApplicationIdField/messages';
import {bitfieldErrorMessage} from '@site/src/components/BitfieldField/messages';
import {findingText} from '@site/src/discord/invite/lint';
import {quote} from '@site/src/discord/invite/text';
import {DEFAULT_SCOPES} from '@site/src/hooks/page-params';
import type {BuilderParamError, FieldProblem, ParamProblem} from './form-state';
import {noClientIdMessage} from './messages';

/*
 * The sentences of the builder's problems. Its first render has only one (no Application ID yet, in messages.ts):
 * these load on demand (on-demand.ts), with the lint findings' sentences they reuse.
 */

const list = (values: readonly string[]): string => values.map((value) => `“${quote(value)}”`).join(', ');

function paramErrorMessage(param: string, error: BuilderParamError): string {
  switch (error.code) {
    case 'too-long':
      return translate(
        {
          id: 'tools.invite.builder.problem.tooLong',
          message: 'Too long: {length} characters, and this field takes at most {limit}. Shorten it to get a link.',
          description: 'In the "no link" list when a builder field is over its length limit; nothing is cut',
        },
        {length: String(error.length), limit: String(error.limit)},
      );
    case 'bitfield':
      return translate(
        {
          id: 'tools.invite.builder.problem.permissions',
          message: 'The permissions value in the page address cannot be read: {reason} Tick the boxes to replace it.',
          description: '{reason} is a sentence explaining the parse error',
        },
        {reason: bitfieldErrorMessage(error.error.code)},
      );
    case 'unknown-scopes':
      return error.usedDefault
        ? translate(
            {
              id: 'tools.invite.builder.problem.scopesDefault',
              message:
                'The page address asks for {names}, and Discord has no scope by that name, so the builder uses the default ({fallback}) instead.',
              description: 'Under the scopes when every scope in the builder page URL is unknown; {names} lists them',
            },
            {names: list(error.names), fallback: DEFAULT_SCOPES.join(' ')},
          )
        : translate(
            {
              id: 'tools.invite.builder.problem.scopesUnknown',
              message: 'The page address also asks for {names}: Discord has no scope by that name, so it was left out.',
              description: 'Under the scopes when some scopes in the builder page URL are unknown; {names} lists them',
            },
            {names: list(error.names)},
          );
    case 'bad-choice':
      return translate(
        {
          id: 'tools.invite.builder.problem.badChoice',
          message:
            'The page address sets {param} to {value}, which the builder cannot use (it takes {allowed}), so it was ignored.',
          description: 'Under a builder field whose page URL value is not one of the allowed ones',
        },
        {param, value: `“${quote(error.value)}”`, allowed: list(error.allowed)},
      );
  }
}

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
    case 'param':
      return paramErrorMessage((problem satisfies ParamProblem).param, problem.error);
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
