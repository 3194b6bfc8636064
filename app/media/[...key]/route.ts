import { serveMedia } from "@/lib/media/serve";

type Context = { params: Promise<{ key: string[] }> };

export async function GET(request: Request, { params }: Context) {
  return serveMedia((await params).key.join("/"), request);
}

export async function HEAD(request: Request, { params }: Context) {
  return serveMedia((await params).key.join("/"), request);
}
