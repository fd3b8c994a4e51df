// JSON-schema checks for tests/http/opendata.sh:
//   node validate.mjs oc4ids PACKAGE.json STANDARD-DIR
//       the package against OC4IDS' project-package-schema.json (draft-04; it refers to
//       project-schema.json by its id)
//   node validate.mjs openapi OPENAPI.json SCHEMA-NAME RESPONSE.json
//       a response against a schema of the OpenAPI 3.1 document's components
// Prints "valid", or the first errors and exits 1.
import { readFileSync } from 'node:fs';
import Ajv04 from 'ajv-draft-04';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

const read = (f) => JSON.parse(readFileSync(f, 'utf8'));
const [mode, ...args] = process.argv.slice(2);
let ok, errors;

if (mode === 'oc4ids') {
  const [file, dir] = args;
  const ajv = new Ajv04({ allErrors: true, strict: false });
  addFormats(ajv);
  ajv.addSchema(read(`${dir}/project-schema.json`));
  const validate = ajv.compile(read(`${dir}/project-package-schema.json`));
  ok = validate(read(file));
  errors = validate.errors;
} else if (mode === 'openapi') {
  const [doc, name, file] = args;
  const api = read(doc);
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  // the whole document, so that "#/components/schemas/X" references resolve
  ajv.addSchema({ ...api, $id: 'openapi.json' });
  if (!api.components?.schemas?.[name]) {
    console.log(`no schema ${name} in ${doc}`);
    process.exit(1);
  }
  const validate = ajv.getSchema(`openapi.json#/components/schemas/${name}`);
  ok = validate(read(file));
  errors = validate.errors;
} else {
  console.log('usage: validate.mjs oc4ids FILE DIR | openapi DOC SCHEMA FILE');
  process.exit(2);
}
if (ok) {
  console.log('valid');
} else {
  console.log(JSON.stringify(errors.slice(0, 8), null, 1));
  process.exit(1);
}
