/**
 * Code a reader can paste into their bot, in discord.py, nextcord, discord.js and Discord.Net. Split by subject so a
 * page ships only the tables it uses (the permission calculator needs no intent or invite code); this module gathers
 * them for callers that want everything. Library versions and sources: snippet-common.ts.
 */
export * from './snippet-common';
export * from './permission-snippets';
export * from './intent-snippets';
export * from './invite-snippets';
