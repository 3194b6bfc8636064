# The app servers behind this Varnish, and who may purge. Replace this file
# for your deployment (npm run cluster writes its own next to its run files).

probe app_health {
  # Readiness: the app answers and its database is reachable and migrated.
  .url = "/healthz?ready=1";
  .interval = 1s;
  .timeout = 2s;
  .window = 3;
  .threshold = 2;
  .initial = 2;
}

backend app1 {
  .host = "127.0.0.1";
  .port = "3000";
  .probe = app_health;
  .connect_timeout = 1s;
  .first_byte_timeout = 30s;
  .between_bytes_timeout = 10s;
}

# The worker (npm run jobs -- --watch) sends PURGE from here.
acl purgers {
  "127.0.0.1";
  "::1";
}

sub vcl_init {
  # Sharded by address, so each app server caches its share of the pages;
  # a retry moves to the next server (default.vcl, vcl_backend_fetch).
  new app = directors.shard();
  app.add_backend(app1);
  app.reconfigure();
}
