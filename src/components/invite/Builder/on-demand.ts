import {lazy} from 'react';

/*
 * The loaders of what the builder's first render never needs. The server HTML (and hydration) has no Application
 * ID and reads no page URL, so it has no link, no code-grant fields and no problem but the missing ID: the outcome
 * (the lint rules), the link and what comes with it, the sentences of the other problems, the code-grant fields and what
 * the builder says about a `client_id` in the page URL
 * load as soon as the reader focuses or presses anything in the builder, or an ID or page parameters are there.
 */
// One chunk for all of them (same chunk name), so what they share (the rules table and its sentences) downloads once.
export const loadOutcome = () => import(/* webpackChunkName: "invite-builder-parts" */ './outcome');
const loadLink = () => import(/* webpackChunkName: "invite-builder-parts" */ './ValidLink');
const loadSentences = () => import(/* webpackChunkName: "invite-builder-parts" */ './ProblemSentence');
const loadCodeGrant = () => import(/* webpackChunkName: "invite-builder-parts" */ './CodeGrantFields');
const loadNotice = () => import(/* webpackChunkName: "invite-builder-parts" */ './SharedIdNotice');

export const LinkBox = lazy(() => loadLink().then((m) => ({default: m.LinkBox})));
export const LinkNotes = lazy(() => loadLink().then((m) => ({default: m.LinkNotes})));
export const LinkCode = lazy(() => loadLink().then((m) => ({default: m.LinkCode})));
export const ProblemSentence = lazy(() => loadSentences().then((m) => ({default: m.ProblemSentence})));
export const CodeGrantFields = lazy(() => loadCodeGrant().then((m) => ({default: m.CodeGrantFields})));
export const SharedIdNotice = lazy(() => loadNotice().then((m) => ({default: m.SharedIdNotice})));

export function preloadBuilderParts(): void {
  void loadOutcome();
  void loadLink();
  void loadSentences();
  void loadCodeGrant();
  void loadNotice();
}
