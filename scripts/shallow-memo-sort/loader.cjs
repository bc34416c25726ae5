/**
 * Rspack/webpack loader for @docusaurus/theme-common's lib/utils/reactUtils.js. Its `useShallowMemoObject` sorts an
 * object's keys with `localeCompare` so that the memo ignores key order. The first `localeCompare` a page runs builds
 * an ICU collator: 20–30 ms of main thread in Chromium on the test machine (unthrottled, measured in an empty page),
 * which Lighthouse's simulated phone counts four times over. On a phone-width doc page that first call came right
 * after hydration, inside the re-render that draws the mobile sidebar (`NavbarSecondaryMenuFiller`), so every such
 * page load paid it. Any fixed total order makes the memo order-insensitive; this loader sorts by UTF-16 code units.
 *
 * It fails the build when the expression is not there, so an upgrade of Docusaurus cannot silently drop the change.
 */
'use strict';

const {replaceOnce} = require('../lib/replace-once.cjs');

const LOCALE_SORT = 'deps.sort((a, b) => a[0].localeCompare(b[0]));';
const CODE_UNIT_SORT = 'deps.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));';

/** @param {string} source */
function sortWithoutCollator(source) {
  return replaceOnce(
    source,
    LOCALE_SORT,
    CODE_UNIT_SORT,
    'shallow-memo-sort: @docusaurus/theme-common reactUtils.js no longer has the one sort this loader knows; ' +
      'check scripts/shallow-memo-sort/loader.cjs',
  );
}

module.exports = function shallowMemoSortLoader(source) {
  return sortWithoutCollator(String(source));
};
module.exports.sortWithoutCollator = sortWithoutCollator;
