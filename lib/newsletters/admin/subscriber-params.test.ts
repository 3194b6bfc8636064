import { describe, expect, it } from "vitest";
import { readSubscriberParams, subscriberSearch } from "./subscriber-params";

describe("subscriber list parameters", () => {
  it("reads known filters and drops anything else", () => {
    expect(
      readSubscriberParams({ q: " Olena@", newsletter: "nl_1", status: "confirmed", page: "2" }),
    ).toEqual({ query: "olena@", newsletterId: "nl_1", status: "CONFIRMED", page: 2 });
    expect(readSubscriberParams({ newsletter: "x'; drop", status: "GONE" })).toEqual({
      query: "",
      newsletterId: "",
      status: "",
      page: 1,
    });
  });

  it("writes them back into an address", () => {
    expect(subscriberSearch({ query: "a@b", newsletterId: "n1", status: "UNSUBSCRIBED" }, 3)).toBe(
      "q=a%40b&newsletter=n1&status=UNSUBSCRIBED&page=3",
    );
    expect(subscriberSearch({ query: "", newsletterId: "", status: "" })).toBe("");
  });
});
