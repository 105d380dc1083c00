// The kinds of PMI consultation a doctor starts a session for (French labels: the doctor's UI).
import { z } from 'zod';

export const consultationTypes = [
  { id: 'infant-checkup', labelFr: 'Bilan de santé du nourrisson' },
  { id: 'child-checkup', labelFr: "Bilan de santé de l'enfant" },
  { id: 'vaccination', labelFr: 'Vaccination' },
  { id: 'pregnancy-followup', labelFr: 'Suivi de grossesse' },
  { id: 'postpartum', labelFr: 'Post-partum' },
  { id: 'child-symptoms', labelFr: 'Enfant malade' },
  { id: 'contraception', labelFr: 'Contraception' },
  { id: 'social', labelFr: 'Démarches sociales et administratives' },
] as const;

export type ConsultationTypeId = (typeof consultationTypes)[number]['id'];

export const ConsultationTypeId = z.enum(
  consultationTypes.map((type) => type.id) as [ConsultationTypeId, ...ConsultationTypeId[]],
);

export function consultationLabelFr(id: ConsultationTypeId): string {
  return consultationTypes.find((type) => type.id === id)?.labelFr ?? id;
}
