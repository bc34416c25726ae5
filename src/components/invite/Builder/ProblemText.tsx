import {type ReactNode} from 'react';
import type {FieldProblem} from './form-state';
import {ProblemSentence} from './on-demand';
import {noClientIdMessage} from './messages';
import OnDemand from '@site/src/components/OnDemand';

/**
 * Why a field blocks the link, in the reader's language: the same sentence next to the field and in the output. The
 * first render's only problem (no Application ID) is worded right here; any other loads its sentence on demand.
 */
export function ProblemText({problem}: {readonly problem: FieldProblem}): ReactNode {
  if (problem.kind === 'empty') return noClientIdMessage();
  return (
    <OnDemand>
      <ProblemSentence problem={problem} />
    </OnDemand>
  );
}

/** Several problems of one part of the form, one paragraph each (nothing when there are none). */
export function ProblemList({problems}: {readonly problems: readonly FieldProblem[]}): ReactNode {
  return problems.map((problem, index) => (
    <p key={`${problem.kind}-${index}`}>
      <ProblemText problem={problem} />
    </p>
  ));
}
