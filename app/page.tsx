import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/current-actor";

export default async function Home() {
  redirect((await getActor()) ? "/chats" : "/login");
}
