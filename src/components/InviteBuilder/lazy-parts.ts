import {lazy} from 'react';

/*
 * Parts of the builder that its first render never shows. The server HTML (and hydration) has no Application ID,
 * so no link, and reads no page URL, so no code grant and no problem but the missing ID: the link and what comes
 * with it, the sentences of the other problems and the code-grant fields load the first time one of them renders,
 * or earlier, as soon as the reader focuses or presses anything in the builder (preloadBuilderParts).
 */
// One chunk for the three (same chunk name), so what they share (the findings' sentences) downloads once.
const loadLink = () => import(/* webpackChunkName: "invite-builder-parts" */ './ValidLink');
const loadSentences = () => import(/* webpackChunkName: "invite-builder-parts" */ './ProblemSentence');
const loadCodeGrant = () => import(/* webpackChunkName: "invite-builder-parts" */ './CodeGrantFields');

export const LinkBox = lazy(() => loadLink().then((m) => ({default: m.LinkBox})));
export const LinkNotes = lazy(() => loadLink().then((m) => ({default: m.LinkNotes})));
export const LinkCode = lazy(() => loadLink().then((m) => ({default: m.LinkCode})));
export const ProblemSentence = lazy(() => loadSentences().then((m) => ({default: m.ProblemSentence})));
export const CodeGrantFields = lazy(() => loadCodeGrant().then((m) => ({default: m.CodeGrantFields})));

export function preloadBuilderParts(): void {
  void loadLink();
  void loadSentences();
  void loadCodeGrant();
}
