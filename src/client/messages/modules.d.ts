/** One group of the locale's code translations (scripts/message-groups/loader.cjs). */
declare module '@generated/codeTranslations?group=*' {
  const messages: Readonly<Record<string, string>>;
  export default messages;
}
