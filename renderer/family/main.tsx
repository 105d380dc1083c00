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
import { FamilyApp } from './FamilyApp';

const root = document.getElementById('root');
if (!root) throw new Error('#root missing from family.html');
createRoot(root).render(
  <StrictMode>
    <BridgeProvider role="family" noConnection={<MissingToken />}>
      <FamilyApp />
    </BridgeProvider>
  </StrictMode>,
);
