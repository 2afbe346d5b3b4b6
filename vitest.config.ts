import { getViteConfig } from 'astro/config';

// Astro's Vite config, so `astro/zod` and the `~` alias resolve in unit tests as in the build.
export default getViteConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
  },
});
