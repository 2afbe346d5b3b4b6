/**
 * zod as the browser uses it: the functional `zod/mini` build (the same library, a fraction of the
 * bundle; the walkthrough and quiz pages have a 60 KB gz script budget) in jitless mode. The
 * site's Content-Security-Policy forbids eval, and zod's compiled-parser probe (`new Function`)
 * would be reported as a policy violation on every page that validates stored progress or a code,
 * even though zod swallows the error. Jitless parsing is slower per call, which does not matter
 * at the size of what the browser validates.
 */
import * as z from 'zod/mini';

z.config({ jitless: true });

export { z };
