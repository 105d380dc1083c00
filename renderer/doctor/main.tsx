import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../i18n/i18n';
import '../styles/fonts.css';
import '../styles/base.css';
import '../styles/pictograms.css';
import '../styles/doctor-consultation.css';
import '../styles/family-consultation.css';
import '../styles/doctor.css';
import '../styles/family.css';
import { BridgeProvider } from '../bridge/bridge-context';
import { MissingToken } from '../components/ConnectionNotice';
import { installFastTap } from '../components/touch/fast-tap';
import { DoctorApp } from './DoctorApp';

// On one screen the family answers on this page, by touch (decision 0076).
installFastTap(document);

const root = document.getElementById('root');
if (!root) throw new Error('#root missing from doctor.html');
createRoot(root).render(
  <StrictMode>
    <BridgeProvider role="doctor" noConnection={<MissingToken />}>
      <DoctorApp />
    </BridgeProvider>
  </StrictMode>,
);
