import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { describeZodError, fail, ok, resultSchema } from '../../../../shared/bridge/result';

describe('bridge results', () => {
  it('builds ok and fail values', () => {
    expect(ok(3)).toEqual({ ok: true, value: 3 });
    expect(fail('NOT_FOUND', 'gone')).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'gone' },
    });
  });

  it('validates a result that crossed a wire', () => {
    const schema = resultSchema(z.number());
    expect(schema.safeParse({ ok: true, value: 1 }).success).toBe(true);
    expect(schema.safeParse({ ok: true, value: 'x' }).success).toBe(false);
    expect(schema.safeParse({ ok: false, error: { code: 'NOPE', message: '' } }).success).toBe(
      false,
    );
  });

  it('summarises zod failures with the field path', () => {
    const parsed = z.object({ a: z.object({ b: z.number() }) }).safeParse({ a: { b: 'x' } });
    expect(parsed.success).toBe(false);
    if (!parsed.success) expect(describeZodError(parsed.error)).toMatch(/^a\.b: /);
  });
});
