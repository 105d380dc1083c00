import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../styles/base.css';
import './interpreter.css';
import { InterpreterApp } from './InterpreterApp';

const root = document.getElementById('root');
if (!root) throw new Error('#root missing from interpreter.html');
createRoot(root).render(
  <StrictMode>
    <InterpreterApp />
  </StrictMode>,
);
