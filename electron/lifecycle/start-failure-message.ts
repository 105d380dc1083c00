// What the doctor reads when the app cannot start (failToStart in electron/main.ts). Most start
// failures are coded errors from the local service (shared/bridge/result.ts) with a known
// remedy, and "restart the computer" mends none of them: not a damaged install, a lost key or a
// full disk. So each known code says what happened, what to do and who to call, in plain French,
// and ends with the stable code so support knows the case without the log. The error's own
// message is never shown: it is English and names files and folders; the log keeps it.
// Remedies: decisions 0030 (key), 0032 (backups), 0072 (content), server/local/store/
// storage-errors.ts (disk) and electron/lifecycle/sealed-key-store.ts (OS secure storage).
import type { MessageBoxSyncOptions } from 'electron';
import { errorCodes, type ErrorCode } from '../../shared/bridge/result';

export interface StartFailureMessage {
  /** The dialog's window title (macOS does not show it). */
  title: string;
  /** What happened, in one sentence. */
  message: string;
  /** What to do and who to call, then the stable code when there is one. */
  detail: string;
}

interface Advice {
  message: string;
  remedy: string;
}

const TITLE = 'Interpretable';

/** The advice before this module existed, still right for a failure nobody foresaw. */
const GENERIC: Advice = {
  message: "L'application n'a pas pu démarrer.",
  remedy: "Redémarrez l'ordinateur ; si cela se reproduit, contactez le support.",
};

// Only the codes that can reach the start: the content check, then opening the session log and
// its key (server/local/local-service.ts). Reinstalling keeps the data folder (0010: the
// installer keeps data on uninstall), which is why CONTENT_DAMAGED can say so. The key and
// database cases say "delete nothing": the app refuses to start rather than begin an empty log,
// and a well-meaning clean-up of the data folder is the one thing that would lose the data.
const ADVICE: Partial<Record<ErrorCode, Advice>> = {
  CONTENT_DAMAGED: {
    message: "Des fichiers de l'application sont endommagés ou manquants.",
    remedy:
      "Réinstallez l'application : les consultations enregistrées sont conservées. " +
      "Redémarrer l'ordinateur ne suffit pas. " +
      'Si vous ne pouvez pas réinstaller, contactez le support.',
  },
  KEY_MISSING: {
    message: 'La clé qui protège les données des consultations est introuvable.',
    remedy:
      'Ne supprimez aucun fichier : sans cette clé, les consultations ne peuvent pas être lues. ' +
      'Contactez le support pour remettre en place la copie de la clé gardée par le centre.',
  },
  // In Electron the key is sealed for one user account on one computer (0030): a data folder
  // copied from elsewhere, or a damaged key file, gives this. Restarting does not change it.
  KEY_REJECTED: {
    message: "La clé de chiffrement n'ouvre pas les données des consultations.",
    remedy:
      "Cela arrive par exemple après un changement d'ordinateur ou de compte utilisateur. " +
      'Ne supprimez aucun fichier et contactez le support.',
  },
  // The OS keyring comes with the user's desktop session (sealed-key-store.ts).
  KEY_UNAVAILABLE: {
    message:
      'Le stockage sécurisé du système est indisponible : ' +
      'la clé des données ne peut pas être protégée.',
    remedy:
      'Ouvrez la session habituelle du centre sur cet ordinateur (ou redémarrez-le), ' +
      "puis relancez l'application. Si cela se reproduit, contactez le support.",
  },
  // The remedy is a restore of the newest verified backup (0032). Its command reads the web
  // shell's key file, not this app's sealed key (0030), so the doctor cannot do it from here.
  DATABASE_CORRUPT: {
    message: 'Le fichier des consultations est endommagé.',
    remedy:
      'Ne supprimez aucun fichier : les sauvegardes sont conservées. ' +
      'Contactez le support pour remettre en place la dernière sauvegarde vérifiée. ' +
      "Redémarrer l'ordinateur ne suffit pas.",
  },
  STORAGE_FULL: {
    message: "Le disque de l'ordinateur est plein.",
    remedy:
      "Libérez de l'espace sur le disque (ou demandez-le au support), " +
      "puis relancez l'application. Les consultations déjà enregistrées ne sont pas perdues.",
  },
  STORAGE_READ_ONLY: {
    message:
      "L'application ne peut pas écrire dans son dossier de données " +
      '(disque en lecture seule ou droits insuffisants).',
    remedy:
      "Contactez le support pour rétablir l'accès en écriture à ce dossier. " +
      'Les consultations déjà enregistrées ne sont pas perdues.',
  },
};

// By shape, not `instanceof CodedError`: the code is the stable contract, and a Node system
// error's own `code` (ENOSPC, EACCES…) is not one of ours, so it falls back to the generic text.
function codeOf(error: unknown): ErrorCode | null {
  if (typeof error !== 'object' || error === null || !('code' in error)) return null;
  const code = error.code;
  return errorCodes.find((known) => known === code) ?? null;
}

export function startFailureMessage(error: unknown): StartFailureMessage {
  const code = codeOf(error);
  // A coded error without its own advice (INTERNAL: a storage failure nobody foresaw) gets the
  // generic text, but still its code for support.
  const advice = (code && ADVICE[code]) ?? GENERIC;
  return {
    title: TITLE,
    message: advice.message,
    detail: code ? `${advice.remedy}\n\nCode : ${code}` : advice.remedy,
  };
}

/** The dialog itself: a message box, so what happened stands apart from what to do. */
export function startFailureDialog(error: unknown): MessageBoxSyncOptions {
  return {
    type: 'error',
    ...startFailureMessage(error),
    buttons: ['Fermer'],
    defaultId: 0,
    // Windows shows a button it does not recognise as a common one ("OK", "Cancel") as a
    // command link; one plain "Fermer" button is what an error box should have.
    noLink: true,
  };
}
