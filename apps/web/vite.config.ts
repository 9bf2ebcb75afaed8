// Vite build and dev server for the web client; the dev server proxies the API to the local server.
import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'
import { precompress } from './vite-plugins/precompress.ts'

export default defineConfig({
  plugins: [react(), precompress()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // The precompress plugin reports the real brotli and gzip sizes; Vite's own estimate would
    // gzip every chunk a second time.
    reportCompressedSize: false,
  },
  server: {
    port: 5173,
    proxy: {
      '/api': { target: 'http://127.0.0.1:3000', changeOrigin: false },
    },
  },
  preview: {
    proxy: {
      '/api': { target: 'http://127.0.0.1:3000', changeOrigin: false },
    },
  },
})
