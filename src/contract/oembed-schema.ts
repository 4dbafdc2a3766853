import { described, z } from './zod-mini';

/* The oEmbed answer's schema, apart from src/contract/embed.ts: the page never parses it (the OpenAPI document does). */

export const OembedResponseSchema = described(
  z.object({
    version: z.literal('1.0'),
    type: z.literal('rich'),
    provider_name: z.string(),
    provider_url: z.string(),
    title: z.string(),
    html: z.string(),
    width: z.number(),
    height: z.number(),
  }),
  'An oEmbed 1.0 "rich" answer: the <iframe> code of the embed, with the script that sizes it.',
);
export type OembedResponse = z.infer<typeof OembedResponseSchema>;
