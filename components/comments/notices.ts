/** What the comments island announces after a post (role="status"). */
export const HELD_NOTICE = "Thank you. Your comment will appear once a moderator has approved it.";
export const PUBLISHED_NOTICE = "Your comment is published.";
