import { afterEach, describe, expect, it, vi } from "vitest";
import PageCacheHandler, { RACE_WINDOW_MS } from "./page-cache-handler.mjs";
import { markTagsInvalidated } from "./tag-clock";
import { requestContext } from "@/lib/server/logging";

const page = (tags: string[], html = "<p>page</p>") => ({
  kind: "APP_PAGE",
  html,
  rscData: Buffer.from("rsc"),
  headers: { "x-next-cache-tags": tags.join(",") },
  status: 200,
});

afterEach(() => vi.useRealTimers());

describe("the page cache handler", () => {
  it("serves a stored page until a tag it shows is invalidated, and only that page", async () => {
    vi.useFakeTimers({ now: 1_000_000 });
    const handler = new PageCacheHandler({});
    await handler.set("/war", page(["section:war", "feed"]), {});
    await handler.set("/tag/drones", page(["tag:drones"]), {});
    vi.advanceTimersByTime(RACE_WINDOW_MS + 1);
    expect((await handler.get("/war"))?.value.html).toBe("<p>page</p>");

    markTagsInvalidated(["feed"]);
    expect(await handler.get("/war")).toBeNull();
    expect(await handler.get("/tag/drones")).not.toBeNull();
  });

  it("does not trust a page stored just after a change it may have missed", async () => {
    vi.useFakeTimers({ now: 2_000_000 });
    const handler = new PageCacheHandler({});
    markTagsInvalidated(["article:race"]);
    vi.advanceTimersByTime(RACE_WINDOW_MS - 1);
    await handler.set("/story", page(["article:race"]), {});
    expect(await handler.get("/story")).toBeNull();

    vi.advanceTimersByTime(2);
    await handler.set("/story", page(["article:race"]), {});
    expect(await handler.get("/story")).not.toBeNull();
  });

  it("keeps a page whose render began after a change, however soon after", async () => {
    vi.useFakeTimers({ now: 5_000_000 });
    const handler = new PageCacheHandler({});
    markTagsInvalidated(["article:soon"]);
    vi.advanceTimersByTime(1);
    await requestContext.run({ requestId: "after", startedAt: Date.now() }, async () => {
      vi.advanceTimersByTime(40);
      await handler.set("/soon", page(["article:soon"]), {});
    });
    expect((await handler.get("/soon"))?.value.html).toBe("<p>page</p>");
  });

  it("drops a page whose render began before a change, however late it is stored", async () => {
    vi.useFakeTimers({ now: 6_000_000 });
    const handler = new PageCacheHandler({});
    await requestContext.run({ requestId: "before", startedAt: Date.now() }, async () => {
      vi.advanceTimersByTime(5);
      markTagsInvalidated(["article:late"]);
      vi.advanceTimersByTime(RACE_WINDOW_MS * 2);
      await handler.set("/late", page(["article:late"]), {});
    });
    expect(await handler.get("/late")).toBeNull();
    // A change the render did not show does not count against it.
    await requestContext.run({ requestId: "other", startedAt: Date.now() }, async () => {
      markTagsInvalidated(["article:unrelated"]);
      await handler.set("/late", page(["article:late"]), {});
    });
    expect(await handler.get("/late")).not.toBeNull();
  });

  it("takes Next's own revalidateTag too", async () => {
    vi.useFakeTimers({ now: 3_000_000 });
    const handler = new PageCacheHandler({});
    await handler.set("/author/ana", page(["author:ana"]), {});
    vi.advanceTimersByTime(RACE_WINDOW_MS + 1);
    await handler.revalidateTag("author:ana");
    expect(await handler.get("/author/ana")).toBeNull();
  });

  it("keeps the tags of a data entry given at set time", async () => {
    vi.useFakeTimers({ now: 4_000_000 });
    const handler = new PageCacheHandler({});
    await handler.set(
      "data",
      { kind: "FETCH", data: { body: "1" }, revalidate: 60 },
      {
        tags: ["popular"],
      },
    );
    vi.advanceTimersByTime(RACE_WINDOW_MS + 1);
    expect(await handler.get("data")).not.toBeNull();
    markTagsInvalidated(["popular"]);
    expect(await handler.get("data")).toBeNull();
  });
});
