// Vite turns CSS imports into injected stylesheets; TypeScript only needs to know they exist.
declare module '*.css';
