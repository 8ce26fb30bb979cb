"use client";
import { useResumeOutgoingPosts } from "./outgoing-posts";

/** On the chats list: design posts kept from before a reload go on sending from here too. */
export function ResumeOutgoingPosts({ viewerId }: { viewerId: string }) {
  useResumeOutgoingPosts(viewerId);
  return null;
}
