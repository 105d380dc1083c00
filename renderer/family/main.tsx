import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../i18n/i18n';
import '../styles/fonts.css';
import '../styles/base.css';
import '../styles/pictograms.css';
import '../styles/family.css';
import '../styles/family-consultation.css';
import { BridgeProvider } from '../bridge/bridge-context';
import { MissingToken } from '../components/ConnectionNotice';
import { installFastTap } from '../components/touch/fast-tap';
import { keepPointerNoiseFromReact } from '../components/touch/pointer-noise';
import { FamilyApp } from './FamilyApp';

// Families answer by touch: a tap acts as the finger lifts, and the pointer events a finger
// causes, which nothing here handles, do not reach React (decision 0076).
installFastTap(document);
keepPointerNoiseFromReact(document.body);

const root = document.getElementById('root');
if (!root) throw new Error('#root missing from family.html');
createRoot(root).render(
  <StrictMode>
    <BridgeProvider role="family" noConnection={<MissingToken />}>
      <FamilyApp />
    </BridgeProvider>
  </StrictMode>,
);
