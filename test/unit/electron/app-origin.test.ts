import { describe, expect, it } from 'vitest';
import { APP_ORIGIN, appPageUrl, isAppOriginUrl } from '../../../electron/app-origin';

describe('appPageUrl', () => {
  it('builds a page URL on the app origin', () => {
    expect(appPageUrl('doctor')).toBe('app://interpretable/doctor.html');
  });

  it('encodes query parameters', () => {
    expect(appPageUrl('doctor', { layout: 'single', hub: 'http://127.0.0.1:4000' })).toBe(
      'app://interpretable/doctor.html?layout=single&hub=http%3A%2F%2F127.0.0.1%3A4000',
    );
  });
});

describe('isAppOriginUrl', () => {
  it.each([APP_ORIGIN, `${APP_ORIGIN}/`, `${APP_ORIGIN}/family.html?x=1#top`])(
    'accepts %s',
    (url) => {
      expect(isAppOriginUrl(url)).toBe(true);
    },
  );

  it.each([
    'https://interpretable/doctor.html',
    'file:///C:/app/doctor.html',
    'app://other/doctor.html',
    'app://interpretable:8080/doctor.html',
    'app://user@interpretable/doctor.html',
    'app://user:pw@interpretable/doctor.html',
    'app://interpretable.evil.example/doctor.html',
    'not a url',
    '',
  ])('refuses %s', (url) => {
    expect(isAppOriginUrl(url)).toBe(false);
  });
});
