vcl 4.1;

# The newsroom behind Varnish 7 with vmod-xkey (Debian: varnish, varnish-modules).
#
# - Reader pages, feeds, sitemaps, media, Open Graph images and Next's static
#   files are cached, keyed by URL, with the cookies and tracking parameters
#   readers' browsers add taken off first.
# - The staff area, the APIs, previews, sign-in, search and everything that
#   is not a GET or HEAD go straight to an app server.
# - Each cached response names the cache tags it depends on in `xkey`; the
#   app's worker purges exactly those tags after a change (soft purge: the
#   old copy is served while a fresh one is fetched). `xkey` never reaches
#   readers.
# - Stale copies are served while a fresh one is fetched (a few seconds),
#   and for hours when every app server is down (grace).
#
# Backends, their health checks and who may purge live in backends.vcl, so
# an operator replaces that file and keeps this one.

import std;
import xkey;
import directors;

include "backends.vcl";

sub vcl_recv {
  # The director as a whole (healthy while any app server is); each fetch
  # picks its app server below.
  set req.backend_hint = app.backend(resolve=LAZY);

  # One id per request, carried to the app and its logs.
  if (!req.http.X-Request-Id) {
    set req.http.X-Request-Id = "v-" + req.xid;
  }

  if (req.method == "PURGE") {
    if (client.ip !~ purgers) {
      return (synth(403, "Not allowed to purge"));
    }
    if (req.http.xkey-purge) {
      set req.http.n-gone = xkey.softpurge(req.http.xkey-purge);
    } elsif (req.http.xkey-purge-hard) {
      set req.http.n-gone = xkey.purge(req.http.xkey-purge-hard);
    } else {
      return (synth(400, "Say which keys: xkey-purge or xkey-purge-hard"));
    }
    return (synth(200, "Invalidated " + req.http.n-gone + " objects"));
  }

  if (req.method != "GET" && req.method != "HEAD") {
    return (pass);
  }

  # Personal, per-request or staff-only: never cached here.
  if (req.url ~ "^/(editor|api|login|account|preview|search|healthz|metrics)(/|\?|$)" ||
      req.url ~ "^(/uk)?/comments/" ||
      req.url ~ "^/uk/search(/|\?|$)" ||
      req.url ~ "^(/uk)?/newsletters/(confirm|manage|unsubscribe|sign-up)(/|\?|$)") {
    return (pass);
  }

  # Tracking parameters change nothing on the page; dropping them keeps one
  # cached copy per page instead of one per campaign.
  if (req.url ~ "[?&](utm_[a-z]+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|_ga|igshid|yclid)=") {
    set req.url = regsuball(req.url, "([?&])(utm_[a-z]+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|_ga|igshid|yclid)=[^&]*", "\1");
    set req.url = regsuball(req.url, "[?&]+$", "");
    set req.url = regsuball(req.url, "\?&+", "?");
    set req.url = regsuball(req.url, "&&+", "&");
  }

  # Cached pages are the same for everyone: readers' and staff cookies are
  # not sent (the personal islands ask /api/, which is passed above).
  unset req.http.Cookie;
  unset req.http.Authorization;

  # Browsers take gzip, and get the copy Varnish keeps gzipped. A client that
  # does not (a crawler, a script) gets a plain copy kept for it, instead of
  # Varnish unzipping the gzipped one on every request.
  if (req.http.Accept-Encoding ~ "gzip") {
    unset req.http.X-Plain;
  } else {
    set req.http.X-Plain = "1";
  }

  # Next's image optimizer answers by Accept (AVIF, WebP or the original):
  # three variants, not one per browser's exact header.
  if (req.url ~ "^/_next/image") {
    if (req.http.Accept ~ "image/avif") {
      set req.http.Accept = "image/avif";
    } elsif (req.http.Accept ~ "image/webp") {
      set req.http.Accept = "image/webp";
    } else {
      set req.http.Accept = "*/*";
    }
  }

  # A few seconds of staleness while a fresh copy is fetched when the app is
  # up; the whole grace period when it is not.
  if (std.healthy(req.backend_hint)) {
    set req.grace = 10s;
  }

  return (hash);
}

sub vcl_hash {
  hash_data(req.url);
  # Client navigations fetch React's flight data from the same URL; Next
  # adds `_rsc` to the URL, and these headers keep the two apart anyway.
  if (req.http.RSC) {
    hash_data("rsc");
    hash_data(req.http.Next-Router-Prefetch);
    hash_data(req.http.Next-Router-Segment-Prefetch);
  }
  if (req.url ~ "^/_next/image") {
    hash_data(req.http.Accept);
  }
  if (req.http.X-Plain) {
    hash_data("plain");
  }
  return (lookup);
}

sub vcl_backend_fetch {
  # An address always goes to the same app server (its caches stay warm);
  # a retry goes to the next one in the ring, never back to the server that
  # just failed, even before the health probe has noticed it is down.
  set bereq.backend = app.backend(by=URL, alt=bereq.retries);
  # Fetches (background refreshes included) keep the reader's request id.
  set bereq.http.X-Request-Id = bereq.http.X-Request-Id;
  # The plain copy is fetched plain (Varnish asks for gzip otherwise).
  if (bereq.http.X-Plain) {
    unset bereq.http.Accept-Encoding;
  }
}

sub vcl_backend_response {
  # An app server that fails mid-fetch: the next one in the director tries.
  if (beresp.status >= 500 && bereq.retries < 2 && bereq.method == "GET") {
    return (retry);
  }

  # A story taken down answers 404 (410 for a removed file). That answer must
  # replace the copy a soft purge left stale, or the stale page would be
  # served for the whole grace: so it is kept, briefly, like any 404 a
  # reader gets (the same for everyone; a second bounds how long a story
  # published later at that address waits).
  if (beresp.status == 404 || beresp.status == 410) {
    unset beresp.http.Set-Cookie;
    set beresp.ttl = 1s;
    set beresp.grace = 0s;
    return (deliver);
  }

  # Never store a response that sets a cookie or says it is personal.
  if (beresp.http.Set-Cookie || beresp.http.Cache-Control ~ "(private|no-store)") {
    set beresp.uncacheable = true;
    set beresp.ttl = 120s;
    return (deliver);
  }

  # Pages carry their cache tags; a page that should but does not (a render
  # the app could not tag) is kept only briefly, since no purge can reach it.
  if (!beresp.http.xkey && beresp.http.Content-Type ~ "text/html" && beresp.status == 200) {
    set beresp.ttl = 1s;
  }

  # The flight data's Vary headers are covered by the hash above.
  if (beresp.http.Vary) {
    set beresp.http.Vary = regsuball(beresp.http.Vary, "(?i)(,\s*)?(rsc|next-router-state-tree|next-router-prefetch|next-router-segment-prefetch|next-url)\b", "");
    set beresp.http.Vary = regsub(beresp.http.Vary, "^\s*,\s*", "");
    if (beresp.http.Vary == "") {
      unset beresp.http.Vary;
    }
  }

  # Served stale for up to a day if every app server is down.
  set beresp.grace = 24h;
  # Text compresses well; Varnish keeps it gzipped (but the plain copy, see
  # vcl_recv).
  if (!bereq.http.X-Plain && beresp.http.Content-Type ~ "^(text/|application/(json|xml|rss\+xml|atom\+xml|javascript)|image/svg)") {
    set beresp.do_gzip = true;
  }
  return (deliver);
}

sub vcl_backend_error {
  # Connection refused or reset (an app server stopping): try the next one.
  if (bereq.retries < 2) {
    return (retry);
  }
}

sub vcl_deliver {
  # Cache tags are for purging, not for readers.
  unset resp.http.xkey;
  set resp.http.X-Request-Id = req.http.X-Request-Id;
  if (obj.uncacheable) {
    set resp.http.X-Cache = "PASS";
  } elsif (obj.hits > 0) {
    set resp.http.X-Cache = "HIT";
  } else {
    set resp.http.X-Cache = "MISS";
  }
  # Browsers revalidate pages with the ETag; only the edge keeps them.
  if (resp.http.Content-Type ~ "text/html" && resp.http.Cache-Control ~ "s-maxage") {
    set resp.http.Cache-Control = "public, max-age=0, must-revalidate";
  }
  unset resp.http.Via;
  unset resp.http.X-Varnish;
}
