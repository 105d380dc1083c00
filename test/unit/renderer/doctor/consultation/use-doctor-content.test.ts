import { describe, expect, it } from 'vitest';
import { firstFailure } from '../../../../../renderer/doctor/consultation/use-doctor-content';

describe('firstFailure', () => {
  it('is null while the files load or once they are in', () => {
    expect(firstFailure([{ status: 'loading' }, { status: 'ready', value: 1 }])).toBeNull();
    expect(firstFailure([])).toBeNull();
  });

  it('gives the reason of the first file that failed, code first', () => {
    expect(
      firstFailure([
        { status: 'ready', value: 1 },
        { status: 'failed', message: 'CONTENT_DAMAGED: content/text/ar.json: …' },
        { status: 'failed', message: 'later' },
      ]),
    ).toBe('CONTENT_DAMAGED: content/text/ar.json: …');
  });
});
