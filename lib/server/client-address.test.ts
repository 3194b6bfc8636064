import { describe, expect, it } from "vitest";
import { clientAddressOf } from "./client-address";

describe("clientAddressOf", () => {
  it("uses the socket address when no proxy is trusted, whatever the client claims", () => {
    expect(clientAddressOf("203.0.113.7", "198.51.100.2", 0)).toBe("198.51.100.2");
    expect(clientAddressOf(["1.1.1.1, 2.2.2.2"], "198.51.100.2", 0)).toBe("198.51.100.2");
    expect(clientAddressOf(undefined, "::ffff:198.51.100.2", 0)).toBe("198.51.100.2");
  });

  it("takes the address the nearest trusted proxy saw", () => {
    // Client claimed 6.6.6.6; the edge (socket 10.0.0.5) appended the real peer.
    expect(clientAddressOf("6.6.6.6, 203.0.113.7", "10.0.0.5", 1)).toBe("203.0.113.7");
    // A TLS proxy in front of the edge: two trusted hops.
    expect(clientAddressOf("6.6.6.6, 203.0.113.7, 10.0.0.9", "10.0.0.5", 2)).toBe("203.0.113.7");
  });

  it("never reads further back than the chain or past a malformed hop", () => {
    expect(clientAddressOf("", "10.0.0.5", 3)).toBe("10.0.0.5");
    expect(clientAddressOf("203.0.113.7", "10.0.0.5", 3)).toBe("203.0.113.7");
    expect(clientAddressOf("6.6.6.6, not-an-ip", "10.0.0.5", 2)).toBe("10.0.0.5");
    expect(clientAddressOf(undefined, undefined, 1)).toBe("");
  });
});
