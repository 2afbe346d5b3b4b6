/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Astro's Vite config, so `astro/zod` and the `~` alias resolve in unit tests as in the build.
export default getViteConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
    // The integration tests run whole Astro builds of a copied project.
    testTimeout: 180_000,
  },
});
