import { describe, expect, it } from "vitest";
import { parseWrk } from "./wrk";

describe("parseWrk", () => {
  it("reads requests per second, latency percentiles and errors", () => {
    const output = `Running 8s test @ http://127.0.0.1:3000/
  1 threads and 10 connections
  Latency Distribution
     50%  735.00us
     75%    1.02ms
     90%    1.50ms
     99%    4.20ms
  44000 requests in 8.00s, 4.5GB read
  Socket errors: connect 0, read 2, write 0, timeout 1
  Non-2xx or 3xx responses: 3
Requests/sec:   5500.12
Transfer/sec:    560.00MB`;
    expect(parseWrk(output)).toEqual({ rps: 5500.12, p50: 0.735, p99: 4.2, errors: 6 });
  });
});
