"use server";
import { changePassword } from "@/lib/auth/change-password";
import { endOtherSessions } from "@/lib/auth/end-other-sessions";
import { actAs } from "@/lib/server-action";

export async function logOutOtherDevicesAction() {
  return actAs("signed-in", (actor) => endOtherSessions(actor), { loginReturnTo: "/settings" });
}

export async function changePasswordAction(input: unknown) {
  return actAs("signed-in", async (actor) => (await changePassword(actor, input)).endedSessions, { loginReturnTo: "/settings" });
}
