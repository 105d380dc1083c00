import { describe, expect, it } from 'vitest';
import {
  startFailureDialog,
  startFailureMessage,
} from '../../../../electron/lifecycle/start-failure-message';
import { CodedError, type ErrorCode } from '../../../../shared/bridge/result';

const GENERIC_MESSAGE = "L'application n'a pas pu démarrer.";
const GENERIC_REMEDY = "Redémarrez l'ordinateur ; si cela se reproduit, contactez le support.";

/** The codes the start can throw (content check, session log and its key), each with its advice. */
const knownAtStart: [ErrorCode, RegExp][] = [
  ['CONTENT_DAMAGED', /Réinstallez l'application/],
  ['KEY_MISSING', /copie de la clé/],
  ['KEY_REJECTED', /changement d'ordinateur ou de compte/],
  ['KEY_UNAVAILABLE', /session habituelle du centre/],
  ['DATABASE_CORRUPT', /dernière sauvegarde vérifiée/],
  ['STORAGE_FULL', /Libérez de l'espace/],
  ['STORAGE_READ_ONLY', /accès en écriture/],
];

const render = (error: unknown) => {
  const { title, message, detail } = startFailureMessage(error);
  return `${title}\n${message}\n${detail}`;
};

describe('startFailureMessage', () => {
  it.each(knownAtStart)('gives %s its own advice and its code', (code, advice) => {
    const text = startFailureMessage(new CodedError(code, 'English details for the log'));
    expect(text.title).toBe('Interpretable');
    expect(text.message).not.toBe(GENERIC_MESSAGE);
    expect(text.detail).toMatch(advice);
    expect(text.detail).not.toContain(GENERIC_REMEDY);
    expect(text.detail).toMatch(new RegExp(`\\n\\nCode : ${code}$`));
  });

  it('gives every known code a different message', () => {
    const messages = knownAtStart.map(([code]) => render(new CodedError(code, '')));
    expect(new Set(messages).size).toBe(knownAtStart.length);
  });

  it('never says a restart mends a damaged install, a lost key or a damaged log', () => {
    for (const code of ['CONTENT_DAMAGED', 'KEY_MISSING', 'KEY_REJECTED', 'DATABASE_CORRUPT']) {
      expect(render(new CodedError(code as ErrorCode, ''))).not.toMatch(/redémarrez/i);
    }
    expect(startFailureMessage(new CodedError('CONTENT_DAMAGED', '')).detail).toContain(
      "Redémarrer l'ordinateur ne suffit pas.",
    );
  });

  it('never shows the error’s own message, which names files and folders', () => {
    const error = new CodedError(
      'DATABASE_CORRUPT',
      'The session log is damaged (/home/dr-martin/.config/Interpretable/session-log.sqlite)',
    );
    const text = render(error);
    expect(text).not.toContain('dr-martin');
    expect(text).not.toContain('session-log.sqlite');
    expect(text).not.toMatch(/\bat\s/); // no stack frame either
  });

  it('matches by code, not by class: a coded error from another copy of the module counts', () => {
    const elsewhere = Object.assign(new Error('from another bundle'), { code: 'STORAGE_FULL' });
    expect(startFailureMessage(elsewhere).detail).toMatch(/Code : STORAGE_FULL$/);
  });

  it('falls back to the generic advice, with the code, for a coded error without its own', () => {
    expect(startFailureMessage(new CodedError('INTERNAL', 'SQLITE_IOERR'))).toEqual({
      title: 'Interpretable',
      message: GENERIC_MESSAGE,
      detail: `${GENERIC_REMEDY}\n\nCode : INTERNAL`,
    });
  });

  it.each([
    ['a plain Error', new Error('EADDRINUSE')],
    [
      'a Node system error (its code is not one of ours)',
      Object.assign(new Error('x'), { code: 'ENOSPC' }),
    ],
    ['a string', 'boom'],
    ['undefined', undefined],
    ['null', null],
    ['a number', 42],
    ['an object with a non-string code', { code: 7 }],
  ])('falls back to the generic advice, without a code, for %s', (_what, error) => {
    expect(startFailureMessage(error)).toEqual({
      title: 'Interpretable',
      message: GENERIC_MESSAGE,
      detail: GENERIC_REMEDY,
    });
  });
});

describe('startFailureDialog', () => {
  it('is an error box with one French close button and the message and detail', () => {
    const options = startFailureDialog(new CodedError('CONTENT_DAMAGED', 'content/pack.json'));
    expect(options).toMatchObject({
      type: 'error',
      title: 'Interpretable',
      message: startFailureMessage(new CodedError('CONTENT_DAMAGED', '')).message,
      buttons: ['Fermer'],
      defaultId: 0,
      noLink: true,
    });
    expect(options.detail).toContain('Code : CONTENT_DAMAGED');
  });
});
