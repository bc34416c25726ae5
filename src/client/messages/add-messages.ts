import codeTranslations from '@generated/codeTranslations';

/**
 * Adds a group's messages to the table translate() reads. It reads the table when it is called, so adding them when a
 * tool's code is loaded, before the tool renders, is soon enough, on the server and in the browser alike.
 */
export function addMessages(messages: Readonly<Record<string, string>>): void {
  Object.assign(codeTranslations, messages);
}
