// The clinic's activity statistics as they cross the bridge. Computed by SQL in the local
// service (server/local/store/statistics.ts); the screen only draws them.
import { z } from 'zod';

export const StatisticsRange = z
  .object({
    /** First day, YYYY-MM-DD (UTC). */
    from: z.iso.date(),
    /** Last day, YYYY-MM-DD (UTC), included. */
    to: z.iso.date(),
  })
  .strict()
  .refine((range) => range.from <= range.to, {
    error: 'from must not be after to',
    path: ['from'],
  });
export type StatisticsRange = z.infer<typeof StatisticsRange>;

const Count = z.number().int().min(0);
const Seconds = z.number().min(0).nullable();
const Share = z.number().min(0).max(1).nullable();

export const Statistics = z.object({
  from: z.iso.date(),
  to: z.iso.date(),
  totalSessions: Count,
  /** ISO weeks ("2026-W48") that had sessions, in order. */
  sessionsPerWeek: z.array(z.object({ week: z.string(), sessions: Count })),
  /** null = no language was chosen during the session. */
  sessionsPerLanguage: z.array(z.object({ language: z.string().nullable(), sessions: Count })),
  interpreter: z.object({
    requested: Count,
    connected: Count,
    /** Sessions where an interpreter connected, over all sessions. */
    share: Share,
    averageWaitSeconds: Seconds,
    averageCallSeconds: Seconds,
  }),
  /** Most used first. */
  flows: z.array(
    z.object({
      flowId: z.string(),
      sessions: Count,
      answers: Count,
      dontUnderstand: Count,
      dontUnderstandRate: Share,
    }),
  ),
});
export type Statistics = z.infer<typeof Statistics>;
