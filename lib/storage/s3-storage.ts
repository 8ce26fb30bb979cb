// Photo bytes in an S3-compatible bucket (AWS S3, MinIO, R2, ...), for several instances behind one
// address: a photo uploaded through one instance is served by every other (issue 14). Same
// content-addressed keys as on local disk, under `photos/<first two>/`; served through the same
// authorized route (app/photos/[key]/route.ts), never from a public bucket URL.
// The SDK stays outside the bundle (next.config.ts) and loads only in this mode.
import type { S3Client } from "@aws-sdk/client-s3";
import { AppError } from "@/lib/errors";
import { isStoredFileKey, type PhotoStorage } from "@/lib/storage/photo-storage";

export interface S3Settings {
  bucket: string;
  /** Unset for AWS itself; the address of MinIO, R2, s3rver... otherwise. */
  endpoint?: string;
  region: string;
  /** Unset: the SDK's own chain (environment, instance role). */
  credentials?: { accessKeyId: string; secretAccessKey: string };
  /** bucket in the path, not the host name: what most S3-compatible servers want. */
  forcePathStyle: boolean;
}

export class S3Storage implements PhotoStorage {
  private client: Promise<{ client: S3Client; sdk: typeof import("@aws-sdk/client-s3") }> | null = null;

  constructor(private readonly settings: S3Settings) {}

  async put(key: string, bytes: Buffer): Promise<void> {
    const objectKey = this.objectKey(key);
    // Same key means same bytes: a photo already there is not sent again.
    if (await this.has(key)) return;
    const { client, sdk } = await this.connect();
    await client.send(new sdk.PutObjectCommand({ Bucket: this.settings.bucket, Key: objectKey, Body: bytes, ContentLength: bytes.length }));
  }

  async get(key: string): Promise<Buffer | null> {
    const objectKey = this.objectKey(key);
    const { client, sdk } = await this.connect();
    try {
      const answer = await client.send(new sdk.GetObjectCommand({ Bucket: this.settings.bucket, Key: objectKey }));
      return answer.Body ? Buffer.from(await answer.Body.transformToByteArray()) : null;
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  }

  async has(key: string): Promise<boolean> {
    const objectKey = this.objectKey(key);
    const { client, sdk } = await this.connect();
    try {
      await client.send(new sdk.HeadObjectCommand({ Bucket: this.settings.bucket, Key: objectKey }));
      return true;
    } catch (error) {
      if (isMissing(error)) return false;
      throw error;
    }
  }

  /** Keys come from URLs, so they are validated here, as on local disk. */
  objectKey(key: string): string {
    if (!isStoredFileKey(key)) throw new AppError("INVALID", "That is not a valid file name.");
    return `photos/${key.slice(0, 2)}/${key}`;
  }

  private connect() {
    this.client ??= import("@aws-sdk/client-s3").then((sdk) => ({
      sdk,
      client: new sdk.S3Client({
        region: this.settings.region,
        endpoint: this.settings.endpoint,
        forcePathStyle: this.settings.forcePathStyle,
        credentials: this.settings.credentials,
        // A photo request waits for the bucket: fail in seconds, not minutes, when it is away.
        requestHandler: { connectionTimeout: 3_000, requestTimeout: 15_000 },
        maxAttempts: 3,
      }),
    }));
    return this.client;
  }
}

function isMissing(error: unknown): boolean {
  const status = (error as { $metadata?: { httpStatusCode?: number } })?.$metadata?.httpStatusCode;
  const name = (error as { name?: string })?.name;
  return status === 404 || name === "NoSuchKey" || name === "NotFound";
}
