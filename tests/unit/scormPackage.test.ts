/** The SCORM 1.2 package: a manifest valid against the official XSDs whatever the title, control files shipped, a sensible file name. */
import { describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { buildScormPackage, indexHtml, manifest, SCORM12_SCHEMAS, scormFileName } from '../../src/components/islands/scormPackage';
import { scormManifestErrors } from '../support/scormSchema';
import { sampleAssignment } from './sampleQuestions';

describe('SCORM 1.2 manifest', () => {
  it('validates against the official SCORM 1.2 schemas', async () => {
    expect(await scormManifestErrors(manifest(sampleAssignment))).toEqual([]);
  });

  it('stays valid XML with a title holding control characters, markup and quotes', async () => {
    const title = '第一行\u000b第二行 & "时限" <测验>\u0001';
    const xml = manifest({ ...sampleAssignment, t: title });
    expect(xml).toContain('<title>第一行第二行 &amp; &quot;时限&quot; &lt;测验&gt;</title>');
    expect(await scormManifestErrors(xml)).toEqual([]);
  });

  it('is caught by the validator when it is wrong (the check can fail)', async () => {
    const wrongCase = manifest(sampleAssignment).replace('adlcp:scormtype="sco"', 'adlcp:scormtype="SCO"');
    expect((await scormManifestErrors(wrongCase)).join('\n')).toMatch(/scormtype/);
    // What the old builder wrote for a title with Word's line break: not even well-formed XML.
    const raw = manifest(sampleAssignment).replace('<title>11月认证</title>', '<title>第一行\u000b第二行</title>');
    expect((await scormManifestErrors(raw)).length).toBeGreaterThan(0);
  });

  it('ships the schema files beside the manifest and names the zip after the assignment', () => {
    const zip = unzipSync(
      buildScormPackage({
        assignment: sampleAssignment,
        pool: [],
        playerScript: '',
        playerCss: '',
        siteOrigin: 'https://xuetang.example',
        schemas: Object.fromEntries(SCORM12_SCHEMAS.map((f) => [f, '<xsd/>'])),
      }),
    );
    expect(Object.keys(zip).sort()).toEqual(['adlcp_rootv1p2.xsd', 'ims_xml.xsd', 'imscp_rootv1p1p2.xsd', 'imsmanifest.xml', 'imsmd_rootv1p2p1.xsd', 'index.html', 'player.css', 'player.js']);
    expect(strFromU8(zip['imsmanifest.xml'])).toContain('xsi:schemaLocation=');
    expect(scormFileName({ ...sampleAssignment, t: '11/月:认证' })).toBe('SCORM-11-月-认证-2026-11-30.zip');
  });

  it('keeps the package page safe from a title with markup', () => {
    const html = indexHtml({ ...sampleAssignment, t: '</script><img src=x>' }, [], 'https://x');
    expect(html).not.toContain('<img src=x>');
    expect(html).toContain('\\u003c/script>');
  });
});
