/** How long a search may be, in characters; the form and the server agree on it. */
export const MAX_QUERY = 200;
/** How deep result pages go. */
export const MAX_PAGE = 50;
