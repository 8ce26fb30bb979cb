// A push service on localhost, standing in for FCM/Mozilla/Apple: browsers here cannot subscribe
// to a real one. It hands out subscriptions the way a browser makes them (a P-256 key pair and a
// 16-byte auth secret), records each POST to their endpoints, decrypts the payload with the
// subscription's private key (RFC 8291, aes128gcm) and answers 201, or what a test asks for.
import { createECDH, createDecipheriv, hkdfSync, randomBytes, type ECDH } from "node:crypto";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export interface BrowserSubscription {
  endpoint: string;
  keys: { p256dh: string; auth: string };
}

export interface ReceivedPush {
  endpoint: string;
  headers: IncomingMessage["headers"];
  /** The decrypted payload, parsed as JSON. */
  payload: Record<string, unknown>;
  bytes: number;
  /** performance.timeOrigin + performance.now() when the request's body had arrived. */
  at: number;
}

interface Keys {
  ecdh: ECDH;
  auth: Buffer;
}

/** RFC 8291 §3.4 + RFC 8188: one aes128gcm record from the application server. */
export function decryptPushBody(body: Buffer, keys: Keys): Buffer {
  const salt = body.subarray(0, 16);
  const idLength = body.readUInt8(20);
  const serverPublicKey = body.subarray(21, 21 + idLength);
  const record = body.subarray(21 + idLength);
  const sharedSecret = keys.ecdh.computeSecret(serverPublicKey);
  const keyInfo = Buffer.concat([Buffer.from("WebPush: info\0"), keys.ecdh.getPublicKey(), serverPublicKey]);
  const ikm = Buffer.from(hkdfSync("sha256", sharedSecret, keys.auth, keyInfo, 32));
  const contentKey = Buffer.from(hkdfSync("sha256", ikm, salt, Buffer.from("Content-Encoding: aes128gcm\0"), 16));
  const nonce = Buffer.from(hkdfSync("sha256", ikm, salt, Buffer.from("Content-Encoding: nonce\0"), 12));
  const decipher = createDecipheriv("aes-128-gcm", contentKey, nonce);
  decipher.setAuthTag(record.subarray(record.length - 16));
  const padded = Buffer.concat([decipher.update(record.subarray(0, record.length - 16)), decipher.final()]);
  // The last record ends with the delimiter 0x02, then zero padding.
  let end = padded.length - 1;
  while (end >= 0 && padded[end] === 0) end--;
  if (padded[end] !== 2) throw new Error("Not the last record of an aes128gcm body");
  return padded.subarray(0, end);
}

export interface PushService {
  origin: string;
  received: ReceivedPush[];
  /** A new browser's subscription on this service. */
  subscribe(): BrowserSubscription;
  /** The statuses the endpoint answers next, in order (then 201 again); a number alone is permanent. */
  answer(endpoint: string, statuses: number[] | number): void;
  /** Resolves when `count` pushes (in all) have arrived. */
  waitForCount(count: number): Promise<void>;
  close(): Promise<void>;
}

export async function startPushService(): Promise<PushService> {
  const keysByPath = new Map<string, Keys>();
  const answers = new Map<string, number[] | number>();
  const received: ReceivedPush[] = [];
  const waiters: { count: number; resolve: () => void }[] = [];

  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const at = performance.timeOrigin + performance.now();
      const path = req.url ?? "";
      const keys = keysByPath.get(path);
      const planned = answers.get(path);
      const status = typeof planned === "number" ? planned : (planned?.shift() ?? 201);
      if (!keys || req.method !== "POST") {
        res.writeHead(404).end();
        return;
      }
      if (status === 201) {
        const body = Buffer.concat(chunks);
        const payload = JSON.parse(decryptPushBody(body, keys).toString("utf8")) as Record<string, unknown>;
        received.push({ endpoint: `${origin}${path}`, headers: req.headers, payload, bytes: body.length, at });
        for (const waiter of waiters.filter((w) => received.length >= w.count)) {
          waiters.splice(waiters.indexOf(waiter), 1);
          waiter.resolve();
        }
      }
      res.writeHead(status, status === 429 ? { "Retry-After": "0" } : {}).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    origin,
    received,
    subscribe() {
      const ecdh = createECDH("prime256v1");
      ecdh.generateKeys();
      const auth = randomBytes(16);
      const path = `/push/${randomBytes(12).toString("hex")}`;
      keysByPath.set(path, { ecdh, auth });
      return { endpoint: `${origin}${path}`, keys: { p256dh: ecdh.getPublicKey().toString("base64url"), auth: auth.toString("base64url") } };
    },
    answer(endpoint, statuses) {
      answers.set(new URL(endpoint).pathname, statuses);
    },
    waitForCount(count) {
      if (received.length >= count) return Promise.resolve();
      return new Promise((resolve) => waiters.push({ count, resolve }));
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
