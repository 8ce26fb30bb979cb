-- Data only. Picks used to be counted as replies of the design post they quote ("5 replies" under
-- an album with 5 picks). They are cards of their own now (lib/messages/reply-rules.ts): take
-- them out of the stored counts.
UPDATE "Message"
SET "replyCount" = GREATEST(0, "replyCount" - (SELECT COUNT(*) FROM "Message" AS "card" WHERE "card"."parentId" = "Message"."id" AND "card"."kind" = 'PICK'))
WHERE "id" IN (SELECT "parentId" FROM "Message" WHERE "kind" = 'PICK' AND "parentId" IS NOT NULL);
