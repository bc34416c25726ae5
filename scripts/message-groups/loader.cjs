/**
 * Rspack/webpack loader for Docusaurus' generated codeTranslations.json (src/client/messages/groups.ts says why):
 * imported as is, it leaves out the messages of the groups in its `groups` option; imported with `?group=<prefix>`,
 * it is that group's messages only. Every message is in exactly one of the two.
 */
'use strict';

/** The group an id belongs to, or undefined for the main bundle's table. */
function groupOf(id, groups) {
  return groups.find((group) => id.startsWith(`${group}.`));
}

/** The messages of `group` (undefined: of no group). */
function pickMessages(all, groups, group) {
  return Object.fromEntries(Object.entries(all).filter(([id]) => groupOf(id, groups) === group));
}

function loader(source) {
  const {groups} = this.getOptions();
  const group = new URLSearchParams(this.resourceQuery).get('group') ?? undefined;
  if (group !== undefined && !groups.includes(group)) {
    throw new Error(`message-groups: no group "${group}"; the groups are ${groups.join(', ')}`);
  }
  return JSON.stringify(pickMessages(JSON.parse(source), groups, group));
}

module.exports = loader;
module.exports.pickMessages = pickMessages;
