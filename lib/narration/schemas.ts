import { z } from "zod";

export const narrationArticleSchema = z.object({ articleId: z.string().trim().min(1).max(64) });

export type NarrationArticleInput = z.infer<typeof narrationArticleSchema>;
