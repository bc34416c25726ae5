import '@site/src/client/messages/permissions';
import type {ReactNode} from 'react';
import Translate, {translate} from '@docusaurus/Translate';
import {usePluralForm} from '@docusaurus/theme-common';

/** How many permissions the reader's filter matches. Loaded on demand: the first render has no filter text. */
export function FilterStatus({matches, query}: {readonly matches: number; readonly query: string}): ReactNode {
  const {selectMessage} = usePluralForm();
  if (matches === 0) {
    return (
      <Translate
        id="tools.permissions.filter.none"
        description="Shown when the filter matches nothing; {query} is what the reader typed"
        values={{query}}>
        {'No permission matches “{query}”.'}
      </Translate>
    );
  }
  return (
    <>
      {selectMessage(
        matches,
        translate(
          {
            id: 'tools.permissions.filter.count',
            message: 'One permission matches.|{count} permissions match.',
            description: 'Plural forms separated by |; {count} is the number of matching permissions',
          },
          {count: matches},
        ),
      )}
    </>
  );
}
