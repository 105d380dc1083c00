// The interpreter page's text. Interpreters working for French clinics read French, so there
// is one catalogue, typed: a missing or misspelt string is a compile error, not a blank.
import type { HubErrorCode } from '../../shared/hub/errors';
import type { PresenceStatus } from '../../shared/hub/protocol';

export const fr = {
  title: 'Espace interprète',
  signIn: {
    intro: 'Connectez-vous pour être joignable par les consultations PMI.',
    login: 'Identifiant',
    password: 'Mot de passe',
    submit: 'Se connecter',
    submitting: 'Connexion…',
    missingFields: 'Renseignez votre identifiant et votre mot de passe.',
    sessionEnded: 'Votre session a pris fin. Reconnectez-vous pour continuer.',
  },
  connected: {
    greeting: (name: string) => `Bonjour, ${name}`,
    languages: 'Vos langues',
    signOut: 'Se déconnecter',
    loading: 'Connexion au hub…',
  },
  presence: {
    legend: 'Votre disponibilité',
    current: (label: string) => `Statut actuel : ${label}`,
    sending: 'Envoi du nouveau statut…',
    labels: {
      online: 'Disponible',
      busy: 'Occupé',
      offline: 'Hors ligne',
    } satisfies Record<PresenceStatus, string>,
    hints: {
      online: 'Les cliniques peuvent vous appeler.',
      busy: 'La connexion reste ouverte, sans nouveaux appels.',
      offline: 'Les cliniques ne vous voient pas.',
    } satisfies Record<PresenceStatus, string>,
  },
  calls: {
    heading: 'Appels',
    none: 'Aucune demande en attente.',
    ringing: (language: string, consultation: string, clinic: string) =>
      `Demande en ${language} — ${consultation} — ${clinic}`,
    accept: 'Accepter',
    decline: 'Refuser',
    inCall: (peer: string) => `En appel avec ${peer}`,
    hangup: 'Raccrocher',
    notices: {
      taken: 'Un·e autre interprète a pris l’appel.',
      cancelled: 'La clinique a annulé la demande.',
      timeout: 'La demande a expiré.',
      ended: 'Appel terminé.',
    },
  },
  link: {
    connecting: 'Connexion au hub…',
    reconnecting: 'Connexion perdue, reconnexion en cours…',
  },
  errors: {
    UNAUTHORIZED: 'Identifiant ou mot de passe incorrect.',
    RATE_LIMITED: 'Trop de tentatives. Patientez une minute puis réessayez.',
    UNAVAILABLE: 'Le hub est injoignable. Vérifiez votre connexion internet puis réessayez.',
    BAD_MESSAGE: 'La demande a été refusée : vérifiez les champs saisis.',
    CALL_TAKEN: 'Trop tard : un·e autre interprète a pris cet appel.',
    CALL_ENDED: 'Cet appel est terminé.',
    unexpected: (code: string) => `Erreur inattendue (code ${code}). Réessayez plus tard.`,
  } satisfies Partial<Record<HubErrorCode, string>> & { unexpected: (code: string) => string },
};

export function errorText(code: HubErrorCode): string {
  switch (code) {
    case 'UNAUTHORIZED':
    case 'RATE_LIMITED':
    case 'UNAVAILABLE':
    case 'BAD_MESSAGE':
    case 'CALL_TAKEN':
    case 'CALL_ENDED':
      return fr.errors[code];
    default:
      return fr.errors.unexpected(code);
  }
}
