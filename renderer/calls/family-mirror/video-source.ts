// Where the family view finds the interpreter's video. Its own window (dual screen): the
// mirror from the doctor's page. Inside the doctor's page (single-screen kiosk): the doctor
// page's stream itself, no second peer needed. KioskFamilyView provides 'doctor-page'.
import { createContext } from 'react';

export type InterpreterVideoSource = 'mirror' | 'doctor-page';

export const InterpreterVideoSourceContext = createContext<InterpreterVideoSource>('mirror');
