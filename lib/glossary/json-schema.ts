import { z } from 'zod';
import { glossaryFileSchema, glossarySchema } from './schema';

/**
 * The glossary schema as JSON Schema, for `data/glossary.schema.json`: an organisation that writes
 * its own list gets completion and checking in its editor. Input shape: lists may be left out.
 */
export function glossaryJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(z.union([glossaryFileSchema, glossarySchema]), { io: 'input', target: 'draft-2020-12' }),
    title: 'Metodelup-ordliste',
    description:
      'Opslag (metoder, ordninger og begreber) til browserudvidelsen Metodelup: { "glossaryDate", "entries": [...] } eller en liste af opslag.',
  };
}

export function glossaryJsonSchemaText(): string {
  return `${JSON.stringify(glossaryJsonSchema(), null, 2)}\n`;
}
