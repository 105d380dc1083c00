// i18next for the clinic UI. The doctor's screens are French; family-facing text comes from
// the content packs (content issue), not from these catalogues.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { fr } from './fr';

void i18next.use(initReactI18next).init({
  lng: 'fr',
  fallbackLng: 'fr',
  resources: { fr: { translation: fr } },
  interpolation: { escapeValue: false }, // React escapes already
  returnNull: false,
});

export default i18next;
