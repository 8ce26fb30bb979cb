// Passwords are hashed with argon2id (the @node-rs/argon2 default algorithm, spelled out so a
// library default change cannot weaken it). Algorithm is a const enum the package does not
// export at run time, hence the literal.
const ARGON2ID = 2 as Algorithm.Argon2id;
import { hash, verify, type Algorithm } from "@node-rs/argon2";
import { z } from "zod";

export const passwordSchema = z
  .string()
  .min(8, "Use at least 8 characters for your password.")
  .max(200, "That password is too long (200 characters at most).");

export function hashPassword(password: string): Promise<string> {
  return hash(password, { algorithm: ARGON2ID });
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

// Verifying against this when the number is unknown keeps the response time the same,
// so timing does not reveal which numbers have accounts.
let dummyHash: Promise<string> | undefined;
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword("chatalog-timing-equaliser");
  return dummyHash;
}
