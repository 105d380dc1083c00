import { describe, expectTypeOf, expect, it } from 'vitest';
import { PRELOAD_API_KEY, type InterpretablePreloadApi } from '../../../electron/preload-api';
import type {
  BridgeEvent,
  BridgeMethod,
  EventPayload,
  MethodInput,
  MethodOutput,
} from '../../../shared/bridge/contract';
import type { Result } from '../../../shared/bridge/result';

describe('InterpretablePreloadApi', () => {
  it('lives at window.interpretable', () => {
    expect(PRELOAD_API_KEY).toBe('interpretable');
  });

  it('types each method from the contract', () => {
    expectTypeOf<keyof InterpretablePreloadApi['methods']>().toEqualTypeOf<BridgeMethod>();
    expectTypeOf<InterpretablePreloadApi['methods']['session.start']>()
      .parameter(0)
      .toEqualTypeOf<MethodInput<'session.start'>>();
    expectTypeOf<InterpretablePreloadApi['methods']['session.current']>().returns.toEqualTypeOf<
      Promise<Result<MethodOutput<'session.current'>>>
    >();
  });

  it('types event listeners from the contract', () => {
    // Every contract event, and nothing else, can be listened to.
    expectTypeOf<Parameters<InterpretablePreloadApi['on']>[0]>().toEqualTypeOf<BridgeEvent>();
    const on: InterpretablePreloadApi['on'] = () => () => undefined;
    on('consultation.changed', (payload) => {
      expectTypeOf(payload).toEqualTypeOf<EventPayload<'consultation.changed'>>();
    });
  });
});
