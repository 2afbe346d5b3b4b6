// Vite runs every stylesheet through PostCSS with these plugins: Starlight's, ours and the
// components' scoped styles alike.
import { followSystemThemeWithoutScript } from './src/styles/followSystemTheme.mjs';

export default { plugins: [followSystemThemeWithoutScript()] };
