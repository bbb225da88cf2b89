// Writes data/glossary.schema.json from the zod schema (`npm run schema`). A unit test fails when
// the committed file and the schema drift apart.
import { writeFileSync } from 'node:fs';
import { glossaryJsonSchemaText } from '../lib/glossary/json-schema';

writeFileSync('data/glossary.schema.json', glossaryJsonSchemaText());
console.log('Wrote data/glossary.schema.json');
