/// <reference types="vite/client" />
// Vite's client types: `import.meta.glob` and `?worker&inline` imports in web/.
