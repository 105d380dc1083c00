// assets/pictograms/selection.json: the hand-edited list of pictograms the content uses.
import { z } from 'zod';
import { PictogramId } from '../../../shared/content/ids';
import { PictogramSource } from '../../../shared/content/pictogram-manifest';

export const Selection = z.strictObject({
  '//': z.string().optional(),
  pictograms: z.record(
    PictogramId,
    z.strictObject({ source: PictogramSource, name: z.string().min(1) }),
  ),
});
export type Selection = z.infer<typeof Selection>;
