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
    languagesHint: 'Vous recevez les appels dans les langues cochées, pour cette session.',
    languagesNone: 'Choisissez au moins une langue pour recevoir des appels.',
    languagesSending: 'Envoi de votre choix…',
    languagesCurrent: (count: number) =>
      count > 1 ? `Appels reçus dans ${count} langues.` : 'Appels reçus dans 1 langue.',
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
    incoming: 'Appel entrant',
    ringing: (language: string, consultation: string, clinic: string) =>
      `Demande en ${language} — ${consultation} — ${clinic}`,
    accept: 'Accepter',
    decline: 'Refuser',
    accepting: 'Appel accepté, connexion…',
    preview: 'Votre caméra (aperçu avant de répondre)',
    inCall: (peer: string) => `En appel avec ${peer}`,
    hangup: 'Raccrocher',
    notices: {
      taken: 'Un·e autre interprète a pris l’appel.',
      cancelled: 'La clinique a annulé la demande.',
      timeout: 'La demande a expiré.',
      ended: 'Appel terminé.',
    },
  },
  call: {
    connecting: 'Connexion de la vidéo…',
    reconnecting: 'Connexion instable : reconnexion en cours, ne raccrochez pas.',
    failed: {
      'turn-refused':
        'Le serveur relais a refusé la connexion (identifiants expirés ou invalides). Raccrochez ; la clinique peut rappeler.',
      'no-relay': 'Le serveur relais est injoignable. Vérifiez votre connexion internet.',
      'peer-error': 'La connexion vidéo a échoué.',
    },
    remoteVideo: (clinic: string) => `Vidéo de ${clinic}`,
    localVideo: 'Votre image',
    remoteAudioOnly: 'La clinique est passée en audio seul.',
    about: (language: string, consultation: string) => `${language} — ${consultation}`,
    context: 'Consultation en cours',
    waitingContext: 'En attente des informations de la consultation…',
    currentCard: 'Carte affichée à la famille',
    noCard: 'Aucune carte affichée pour le moment.',
    french: 'Français',
    answers: 'Réponses de la famille',
    noAnswers: 'Pas encore de réponse.',
    answered: (time: string) => `à ${time}`,
    phrasebook: 'Phrases à afficher à la famille',
    filter: 'Filtrer les phrases',
    push: 'Afficher à la famille',
    pushed: (text: string) => `Envoyé à la famille : « ${text} »`,
  },
  history: {
    heading: 'Vos appels',
    totals: (calls: number, minutes: number) =>
      `${calls} appel${calls > 1 ? 's' : ''} · ${minutes.toLocaleString('fr-FR')} min au total`,
    empty: 'Aucun appel pour le moment.',
    refresh: 'Actualiser',
    unavailable: 'Historique indisponible pour le moment.',
    columns: { date: 'Date', language: 'Langue', type: 'Consultation', duration: 'Durée' },
    ongoing: 'en cours',
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
    LANGUAGE_NOT_ON_ACCOUNT:
      'Cette langue ne figure pas sur votre compte. Demandez à l’administrateur de l’ajouter.',
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
    case 'LANGUAGE_NOT_ON_ACCOUNT':
      return fr.errors[code];
    default:
      return fr.errors.unexpected(code);
  }
}
