/**
 * The one edit the upstream loaders (scripts/<name>/loader.cjs) make to a module: replace a text that must appear in it
 * exactly once. Missing or doubled, the module is not the one the loader was written for, and the build fails with
 * `message` rather than ship it unchanged or changed in the wrong place.
 */
'use strict';

/**
 * @param {string} source
 * @param {string} from
 * @param {string} to
 * @param {string} message
 */
function replaceOnce(source, from, to, message) {
  const at = source.indexOf(from);
  if (at === -1 || source.indexOf(from, at + 1) !== -1) throw new Error(message);
  return source.slice(0, at) + to + source.slice(at + from.length);
}

module.exports = {replaceOnce};
