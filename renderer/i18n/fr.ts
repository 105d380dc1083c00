// The doctor's French UI strings, one place, keyed by screen.
export const fr = {
  app: { title: 'Interpretable' },
  connection: {
    connecting: 'Connexion au service local…',
    lost: 'Connexion au service local perdue. Nouvelle tentative…',
    missingToken:
      "Cette page doit être ouverte avec l'adresse affichée au démarrage d'Interpretable (elle contient une clé de sécurité).",
  },
  home: {
    heading: 'Nouvelle consultation',
    chooseType: '1. Type de consultation',
    start: '2. Commencer',
    startHint: 'La famille choisira sa langue sur son écran.',
    starting: 'Démarrage…',
  },
  session: {
    heading: 'Consultation en cours',
    type: 'Type',
    language: 'Langue de la famille',
    waitingLanguage: 'En attente : la famille choisit sa langue',
    startedAt: 'Début',
    end: 'Terminer la consultation',
    confirmEnd: 'Confirmer la fin',
    cancel: 'Annuler',
    showFamily: "Afficher l'écran famille",
  },
  ended: {
    heading: 'Consultation terminée',
    summary: '{{type}} — langue : {{language}} — durée : {{minutes}} min',
    noLanguage: 'non choisie',
  },
  error: { title: 'Erreur', code: 'Code : {{code}}' },
};
