// Vite (and Vitest) import text files with `?raw`; the model ships its reference CSV this way.
declare module '*.csv?raw' {
  const text: string;
  export default text;
}
