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
  link: {
    connecting: 'Connexion au hub…',
    reconnecting: 'Connexion perdue, reconnexion en cours…',
  },
  errors: {
    UNAUTHORIZED: 'Identifiant ou mot de passe incorrect.',
    RATE_LIMITED: 'Trop de tentatives. Patientez une minute puis réessayez.',
    UNAVAILABLE: 'Le hub est injoignable. Vérifiez votre connexion internet puis réessayez.',
    BAD_MESSAGE: 'La demande a été refusée : vérifiez les champs saisis.',
    unexpected: (code: string) => `Erreur inattendue (code ${code}). Réessayez plus tard.`,
  } satisfies Partial<Record<HubErrorCode, string>> & { unexpected: (code: string) => string },
};

export function errorText(code: HubErrorCode): string {
  switch (code) {
    case 'UNAUTHORIZED':
    case 'RATE_LIMITED':
    case 'UNAVAILABLE':
    case 'BAD_MESSAGE':
      return fr.errors[code];
    default:
      return fr.errors.unexpected(code);
  }
}
