import {type ReactNode} from 'react';
import ApplicationIdField from '@site/src/components/ApplicationIdField';
import {SharedIdNotice} from './on-demand';
import type {BuilderStore} from './useBuilderState';
import OnDemand from '@site/src/components/OnDemand';

/**
 * The shared Application ID field, and under it what the builder did with a `client_id` from the page URL. The
 * notice loads on demand: only a page URL brings one, and the first render reads none.
 */
export function ClientIdSection({store}: {readonly store: BuilderStore}): ReactNode {
  const {shared, savedId, saveSharedId, dropSharedId} = store;
  return (
    <>
      {/* Typing an ID of their own is the reader's answer: the page URL's one is dropped. */}
      <ApplicationIdField onEdit={shared.kind === 'in-use' ? dropSharedId : undefined} />
      {shared.kind !== 'none' && (
        <OnDemand>
          <SharedIdNotice shared={shared} savedId={savedId} onSave={saveSharedId} onDrop={dropSharedId} />
        </OnDemand>
      )}
    </>
  );
}
