// What `next/headers` answers while the authorization matrix calls a route or a server action
// outside Next: the calling role's cookie and client address. The matrix test points vi.mock at
// `nextHeaders` and sets `current` before each call.
export const current = { cookie: "", address: "127.0.0.1" };

function cookieJar() {
  const pairs = current.cookie
    .split(";")
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const at = part.indexOf("=");
      return { name: part.slice(0, at), value: part.slice(at + 1) };
    });
  return {
    getAll: () => pairs,
    get: (name: string) => pairs.find((pair) => pair.name === name),
    has: (name: string) => pairs.some((pair) => pair.name === name),
    set: () => undefined,
    delete: () => undefined,
  };
}

/** The request headers a route would see: the cookie and the address the front door writes. */
export function requestHeaders(extra: Record<string, string> = {}): Headers {
  const headers = new Headers({ "x-forwarded-for": current.address, ...extra });
  if (current.cookie) headers.set("cookie", current.cookie);
  return headers;
}

export const nextHeaders = {
  cookies: async () => cookieJar(),
  headers: async () => requestHeaders(),
  draftMode: async () => ({ isEnabled: false }),
};
