import { SUPPORTED_LOCALES, SkillLocale } from '../../lambda/content/locales';

/**
 * Alexa's three regions and the AWS region its own tooling maps each to (ask-cli's AlexaAwsRegionMap):
 * a request goes to the endpoint of the parent's region, whatever their language.
 */
export const ALEXA_REGIONS = { NA: 'us-east-1', EU: 'eu-west-1', FE: 'us-west-2' } as const;
export type AlexaRegion = keyof typeof ALEXA_REGIONS;
export const ALEXA_REGION_NAMES = Object.keys(ALEXA_REGIONS) as readonly AlexaRegion[];

/**
 * Each region's stack: NA keeps the name the one stack had before there were regions (its table, with
 * every parent's place, stays where it is); EU and FE add their region's name.
 */
export function regionalStackName(stackName: string, region: AlexaRegion): string {
  return region === 'NA' ? stackName : `${stackName}-${region}`;
}

/**
 * Each locale's home: the Alexa region most of its parents are served from (where its play-along audio
 * is rendered first and what its default voice region is), and the countries the store offers it in.
 * Any locale can still reach any region (a device may speak en-US in Germany): every region serves
 * every locale. The English (AU) model also serves New Zealand.
 */
export const LOCALE_HOMES: Readonly<Record<SkillLocale, { readonly region: AlexaRegion; readonly countries: readonly string[] }>> = {
  'en-US': { region: 'NA', countries: ['US'] },
  'en-CA': { region: 'NA', countries: ['CA'] },
  'en-GB': { region: 'EU', countries: ['GB'] },
  'en-IN': { region: 'EU', countries: ['IN'] },
  'en-AU': { region: 'FE', countries: ['AU', 'NZ'] },
  // The German model serves Germany and Austria; Canada has en-CA and fr-CA; the US en-US and es-US.
  'de-DE': { region: 'EU', countries: ['DE', 'AT'] },
  'es-ES': { region: 'EU', countries: ['ES'] },
  'es-MX': { region: 'NA', countries: ['MX'] },
  'es-US': { region: 'NA', countries: ['US'] },
  'fr-FR': { region: 'EU', countries: ['FR'] },
  'fr-CA': { region: 'NA', countries: ['CA'] },
  'it-IT': { region: 'EU', countries: ['IT'] },
  'pt-BR': { region: 'NA', countries: ['BR'] },
  'nl-NL': { region: 'EU', countries: ['NL'] },
};

/** The store's distribution countries: every country a supported locale is offered in. */
export function distributionCountries(): string[] {
  return [...new Set(SUPPORTED_LOCALES.flatMap((locale) => LOCALE_HOMES[locale].countries))];
}
