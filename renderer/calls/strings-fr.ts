// The call panel's text for the doctor (French, plain: the doctor must know at a glance what
// is happening and what to do). Typed, so a missing string is a compile error.
import type { LinkFailure } from './call-peer';
import type { EndReason } from './clinic-call-state';
import type { MediaFailure } from './media-devices';
import type { QualityLevel } from './call-quality';

export const callsFr = {
  heading: 'Interprète à distance',
  unavailable: {
    'no-hub': 'Les appels d’interprète ne sont pas configurés sur ce poste.',
    'no-device-token':
      'Ce poste n’est pas enregistré auprès du service d’interprétariat (jeton manquant).',
  },
  hub: {
    connecting: 'Connexion au service d’interprétariat…',
    reconnecting: 'Service d’interprétariat injoignable, nouvelle tentative…',
    refused: 'Ce poste a été désactivé par le service d’interprétariat.',
  },
  chooseLanguageFirst: 'Choisissez d’abord la langue de la famille.',
  call: (language: string) => `Appeler un·e interprète en ${language}`,
  callAgain: (language: string) => `Rappeler un·e interprète en ${language}`,
  searching: (language: string) => `Recherche d’un·e interprète en ${language}…`,
  ringing: (language: string) =>
    `Les interprètes en ${language} sont appelé·es. Restez sur cet écran.`,
  cancel: 'Annuler la demande',
  connecting: (name: string) => `${name} a accepté. Connexion de la vidéo…`,
  connected: (name: string) => `En appel avec ${name}`,
  reconnecting: 'Connexion instable : reconnexion en cours, ne raccrochez pas.',
  hangup: 'Raccrocher',
  ended: {
    hangup: 'Appel terminé.',
    cancelled: 'Demande annulée.',
    disconnected: 'L’appel a été coupé.',
    unanswered: 'Personne n’a répondu.',
    failed: 'L’appel n’a pas pu être établi.',
  } satisfies Record<EndReason, string>,
  failures: {
    'turn-refused':
      'Le serveur relais a refusé la connexion (identifiants expirés ou invalides). Réessayez ; si cela se reproduit, prévenez l’administrateur du service.',
    'no-relay':
      'Le serveur relais est injoignable depuis ce poste. Vérifiez la connexion internet puis réessayez.',
    'peer-error': 'La connexion vidéo a échoué. Réessayez.',
    'hub-refused': 'Le service d’interprétariat a refusé la demande. Réessayez dans un instant.',
  } satisfies Record<LinkFailure | 'hub-refused', string>,
  noAnswer: 'Aucun·e interprète n’est disponible pour le moment.',
  phone: (phone: string, code: string) =>
    code
      ? `Appelez le service par téléphone : ${phone}, code ${code}.`
      : `Appelez le service par téléphone : ${phone}.`,
  noPhone: 'Réessayez dans quelques minutes.',
  retry: 'Réessayer',
  controls: {
    mute: 'Couper le micro',
    unmute: 'Rétablir le micro',
    cameraOff: 'Couper la caméra',
    cameraOn: 'Rétablir la caméra',
    audioOnly: 'Passer en audio seul',
    video: 'Revenir à la vidéo',
  },
  remoteVideo: (name: string) => `Vidéo de ${name}`,
  remoteWaiting: 'Vidéo de l’interprète (en attente de réponse)',
  localVideo: 'Votre image',
  remoteAudioOnly: 'L’interprète est passé·e en audio seul.',
  quality: {
    label: 'Qualité de la connexion',
    levels: {
      good: 'bonne',
      fair: 'moyenne',
      poor: 'mauvaise',
      unknown: 'mesure en cours',
    } satisfies Record<QualityLevel, string>,
    details: (rtt: string, loss: string, kbps: string) =>
      `Délai ${rtt} · pertes ${loss} · débit ${kbps}`,
    suggestAudioOnly: 'Connexion faible : passez en audio seul pour garder le son.',
  },
  media: {
    denied:
      'L’accès à la caméra ou au micro est refusé. Autorisez-le dans le navigateur puis réessayez.',
    'not-found': 'Aucune caméra ou aucun micro trouvé sur ce poste.',
    busy: 'La caméra ou le micro est utilisé par une autre application.',
    other: 'La caméra ou le micro n’a pas pu être ouvert.',
  } satisfies Record<MediaFailure, string>,
  setup: {
    open: 'Tester la caméra et le son',
    close: 'Fermer le test',
    camera: 'Caméra',
    microphone: 'Micro',
    speaker: 'Haut-parleur',
    defaultDevice: 'Par défaut',
    audioOnly: 'Appeler en audio seul',
    level: 'Niveau du micro',
    playTone: 'Jouer un son de test',
    preview: 'Aperçu de la caméra',
    saved: 'Choix enregistré sur ce poste.',
  },
};
