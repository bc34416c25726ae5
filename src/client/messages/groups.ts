/**
 * The code.json ids whose messages ship with the tool that shows them instead of in every page's main bundle.
 *
 * Docusaurus puts every message of a locale's code.json into one module of the main bundle. For Thai that was 72 KiB
 * (13.9 KiB gzip) on every page, two thirds of it the four tools' own text, which a reader of the home page or a
 * tutorial step never sees. The loader in scripts/message-groups/ leaves these groups out of that module, and each
 * group's module in this folder adds them back when the tool's code is loaded: any file whose ids start with a
 * group's prefix imports that module (groups.test.ts checks every file). English needs nothing: its messages are the
 * defaults in the source.
 */
export const MESSAGE_GROUPS = ['tools.invite', 'tools.debugger', 'tools.permissions', 'tools.intents'] as const;

export type MessageGroup = (typeof MESSAGE_GROUPS)[number];

/** The module a file imports to have a group's messages, as written in its import. */
export const GROUP_MODULES: Record<MessageGroup, string> = {
  'tools.invite': '@site/src/client/messages/invite',
  'tools.debugger': '@site/src/client/messages/debugger',
  'tools.permissions': '@site/src/client/messages/permissions',
  'tools.intents': '@site/src/client/messages/intents',
};
