/** The builder wrapper's id: the checker's "Edit in the builder" link lands on it (…/invite-url-builder?…#builder). */
export const BUILDER_ANCHOR = 'builder';

/** Where "Edit in the builder" goes: the tool page, which embeds the builder above the checker. */
export const BUILDER_PAGE = '/docs/tools/invite-url-builder';
