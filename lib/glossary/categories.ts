/**
 * The fixed categories follow how the source texts group the methods ("Metoder og redskaber" on
 * jobmeddiagnose.dk) plus the schemes and concepts of the acts. Add one only with a reason: the side
 * panel browses by these and the hover card shows them. A module of its own, without the validator,
 * so that the panel does not bundle zod.
 */
export const CATEGORIES = [
  'tværfaglige indsatser',
  'redskaber til personer med begrænsninger i arbejdsevnen',
  'sundhedsfremmende indsatser',
  'støtte i beskæftigelse',
  'ydelser og forløb',
  'begreber',
] as const;

export type Category = (typeof CATEGORIES)[number];
