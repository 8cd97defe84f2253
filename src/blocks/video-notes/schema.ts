import { z } from 'zod';
import { common, option } from '../common';

export const schema = z
  .object({
    type: z.literal('video-notes'),
    ...common,
    video: z
      .object({
        youtubeId: z
          .string()
          .regex(/^[A-Za-z0-9_-]{6,20}$/)
          .describe('YouTube video id; played from youtube-nocookie.com only after a click.'),
        title: z.string().describe('Title of the video, used as the frame title and link text.'),
      })
      .strict(),
    roles: z.array(option).default([]).describe('Who is noting what (e.g. partner A: the facilitator; partner B: the interactions).'),
  })
  .strict();

/** The answer schema, re-exported so the list of types (schemas.ts) also types each answer (`AnswerValue`). */
export { value } from './value';
