/**
 * Imported first by the app server. tsx turns Node's source maps on for its
 * own TypeScript, and with them on, Node 20 reads and keeps the map of every
 * module it loads afterwards: Next's runtime and the build's server chunks
 * ship tens of megabytes of them, held for the life of the process. `next
 * start` runs with them off; so does this server, from here on. (Errors in
 * Next's compiled code point into the build, as they do under `next start`.)
 */
process.setSourceMapsEnabled(false);
