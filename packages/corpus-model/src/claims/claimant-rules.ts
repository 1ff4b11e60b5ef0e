import type { ClaimantType } from "../model/types";

/**
 * Patterns that type a claimant. Tier 1 names an institution or a role tied
 * to one ("Iraq's defence ministry", "Popular Mobilization Units", "a
 * security analyst"); tier 2 is a bare rank or role ("Col.", "officials")
 * that only decides when nothing more specific is said. Within a tier the
 * earliest match in the text wins, so "The Iraqi military and US-led
 * coalition" types as Iraqi and "US intelligence officials" as US.
 */
export interface ClaimantRule {
  id: string;
  type: ClaimantType;
  /** Regex source. */
  pattern: string;
  /** Regex flags; default "" (case-sensitive) because acronyms matter ("UN" vs "un-"). */
  flags?: string;
  tier: 1 | 2;
  description: string;
}

export const CLAIMANT_RULES: readonly ClaimantRule[] = [
  // UN
  { id: "un", type: "un", pattern: "\\b(?:U\\.N\\.|UN|United Nations|UNAMI|UNITAD|Security Council|Secretary-General|sanctions monitors|[Mm]onitoring [Tt]eam)(?![\\w-])", tier: 1, description: "UN bodies, envoys, sanctions monitors and UN reports" },
  // US and coalition
  { id: "us-led-coalition", type: "us_coalition", pattern: "\\b(?:U\\.?S\\.?-led|American-led|[Ii]nternational|[Gg]lobal|[Ww]estern)\\s+(?:military\\s+)?[Cc]oalition|\\b[Tt]he [Cc]oalition\\b|\\b[Cc]oalition (?:forces|officials?|spokesman|spokesperson|spokeswoman|commanders?|said|says|estimates?)", tier: 1, description: "the US-led coalition" },
  { id: "us-military", type: "us_coalition", pattern: "\\b(?:Pentagon|CENTCOM|Central Command|Combined Joint Task Force|CJTF(?:-OIR)?|Operation Inherent Resolve|Inherent Resolve|OIR|Department of Defense|Defense Department|State Department|White House|NATO|Lead Inspector General|Inspector General)\\b", tier: 1, description: "US military commands and departments" },
  { id: "us-officials", type: "us_coalition", pattern: "\\b(?:U\\.S\\.|US|American|United States|Washington's|America's)\\s+(?:[\\w-]+\\s+){0,3}(?:officials?|officers?|commanders?|military|forces|troops|general|colonel|Colonel|General|generals|envoy|diplomats?|ambassador|intelligence|[Ss]ecretary|spokes(?:man|woman|person)|administration|government|[Aa]rmy|Army|defen[cs]e|[Ss]pecial)\\b", tier: 1, description: "US officials, commanders and secretaries" },
  { id: "us-secretary", type: "us_coalition", pattern: "\\b(?:Defen[cs]e|War) Secretary\\b|\\bSecretary of (?:Defen[cs]e|State|War)\\b", tier: 1, description: "US Defense/War Secretary" },
  // Kurdish (before Syrian so "Syrian Democratic Forces" is Kurdish-led SDF)
  { id: "kurdish", type: "kurdish", pattern: "\\b(?:Peshmerga|KRG|Kurdistan Regional Government|Kurdistan Region|Kurdish|Kurdistan|SDF|Syrian Democratic Forces|YPG|YPJ|Asayish|Asayesh|Mazloum Abdi|Rojava)\\b", tier: 1, description: "Kurdish authorities and forces" },
  // PMU and militias (before Iraqi government: "a PMU commander" is not the army)
  { id: "pmu", type: "iraqi_militia_pmu", pattern: "\\b(?:PMU|PMF|Popular Mobili[sz]ation|[Pp]opular [Mm]obili[sz]ation|Hashd|al-Hashd|Brigades of|Kata'?[ei]b|Kataib|Asa'?[ei]b|Badr|Nujaba|Saraya al-Salam|Jund Al-Ema?m|[Mm]ilitias?|[Mm]ilitia (?:commander|leader|spokesman)|[Tt]ribal (?:[Mm]obili[sz]ation|forces|fighters|[Hh]ashd))\\b", tier: 1, description: "Popular Mobilization Units, Shiite militias, tribal forces" },
  // Syrian government
  { id: "syrian-gov", type: "syrian_gov", pattern: "\\b(?:Syrian (?:army|Army|government|regime|military|state|officials?|forces|troops|[Dd]efen[cs]e|[Mm]inistry|[Ii]nterior)|SANA|Damascus|Assad|Syrian Arab Army|Syria's (?:government|army|military|defen[cs]e ministry))\\b", tier: 1, description: "the Syrian government and its media" },
  // ISIS itself
  { id: "isis", type: "isis", pattern: "\\b(?:Amaq|al-Naba|Al-Naba|ISIS|ISIL|IS|Daesh|Islamic State)(?:'s|’s)?\\s*(?:statement|media|spokesman|propaganda|channels?|claim|said|says|newsletter)|\\b(?:Amaq|al-Naba|Al-Naba)\\b|^(?:ISIS|ISIL|IS|Daesh|the Islamic State|Islamic State)$|\\bformer (?:ISIS|ISIL|IS|Daesh|Islamic State) (?:members?|fighters?|militants?)", tier: 1, description: "the group's statements and media, former members" },
  // Iraqi government and security forces
  { id: "iraqi-military", type: "iraqi_gov_military", pattern: "\\b(?:Iraqi|Iraq's|Iraq’s)\\s+(?:[\\w-]+,?\\s+(?:and\\s+)?){0,4}?(?:military|army|Army|forces|officers?|commanders?|officials?|government|ministry|[Mm]inistry|defen[cs]e|intelligence|security|troops|soldiers|generals?|spokes(?:man|woman|person)|[Pp]rime [Mm]inister|authorities|lawmakers?|MPs?|parliament|counter-?terrorism|Counter-?Terrorism)\\b(?!\\s+(?:analysts?|experts?|researchers?|scholars?|specialists?|affairs))", tier: 1, description: "Iraqi military, ministries, officers and officials" },
  { id: "iraqi-commands", type: "iraqi_gov_military", pattern: "\\b(?:Joint Operations Command|Combined Operations Command|Operations Command|Security Media Cell|Counter-?Terrorism Service|Counter-?[Tt]errorism (?:Service|[Aa]gency)|CTS|National Security Service|Falcons Intelligence|Iraqi Security Forces|ISF|Ministry of (?:Defen[cs]e|Interior)|[Dd]efen[cs]e [Mm]inistry|[Ii]nterior [Mm]inistry|Haider al-Abadi|al-Abadi|Abadi|Nouri al-Maliki|Adel Abdul Mahdi|Abdul Mahdi|Mustafa al-Kadhimi|al-Kadhimi|Kadhimi|Mohammed Shia al-Sudani|al-Sudani)\\b", tier: 1, description: "Iraqi commands, ministries and prime ministers" },
  { id: "counterterrorism-intelligence", type: "iraqi_gov_military", pattern: "\\b(?:counter-?terrorism|counterterror|intelligence|security) (?:officials?|officers?|agency|agencies|sources?|services?|commanders?|chief|director|official)\\b", flags: "i", tier: 1, description: "counterterrorism and intelligence officials (Iraq is the default theatre)" },
  // Analysts
  { id: "analyst", type: "analyst", pattern: "\\b(?:analysts?|experts?|researchers?|scholars?|think[- ]tank|fellows?|professors?|academics?|specialists?|lecturers?|[Ii]nstitute|[Cc]enter for|[Cc]entre for|Foundation|Crisis Group|Brookings|RAND|Soufan|Counter Extremism Project|Combating Terrorism Center|Washington Institute|Chatham House|observers?|watchers?)\\b", tier: 1, description: "experts, analysts, researchers and think tanks" },
  // Local officials
  { id: "local-official", type: "local_official", pattern: "\\b(?:[Mm]ayors?|[Gg]overnors?|[Pp]rovincial (?:council|official|officials|government)|[Pp]rovincial [Cc]ouncil|[Ll]ocal (?:officials?|council|government|authorities|leaders?)|[Tt]ribal (?:leaders?|chiefs?|elders?|sheikhs?|figures?)|[Ss]heikhs?|[Ss]haikh|[Mm]ukhtars?|[Mm]okhtars?|[Dd]istrict (?:council|chief|head|official|officials|mayor)|[Qq]aimaqam|council (?:head|member|chairman))\\b", tier: 1, description: "mayors, governors, councils, tribal leaders" },
  // Media
  { id: "media", type: "media_other", pattern: "\\b(?:journalists?|reporters?|correspondents?|newspapers?|[Tt]he (?:Associated Press|AP|Washington Post|New York Times|Guardian|Times|Telegraph|Independent|Economist)|Associated Press|AP|AFP|Reuters|BBC|CNN|Al Jazeera|Al-Jazeera|Al Arabiya|Al-Arabiya|Rudaw|Kurdistan 24|Shafaq|Asharq Al-Awsat|Al-Monitor|Press TV|Tasnim|Fars|IRNA|Al Mayadeen|Al-Mayadeen|Al-Ahed|Diyaruna|Arab News|The National|Syrian Observatory|SOHR|[Ll]ocal media|[Ss]tate media|media reports?|[Tt]he (?:newspaper|paper|agency|broadcaster|outlet))\\b", tier: 1, description: "news outlets and journalists" },
  // Tier 2: ranks and roles with no institution named.
  { id: "military-rank", type: "iraqi_gov_military", pattern: "\\b(?:Col|Lt|Gen|Brig|Maj|Capt|Sgt|Cpt)\\.(?=\\s)|\\b(?:Colonel|Lieutenant|General|Brigadier|Major General|Staff Major|Captain|veterans?|commanders?|Commander|officers?|soldiers|troops|army|military|battalion|brigade|division|[Ss]ecurity (?:forces|officials?|sources?)|forces|[Pp]rime [Mm]inister|[Mm]inister|[Mm]inistry|government|authorities|spokes(?:man|woman|person)|officials?|Iraq|Iraqi|Baghdad)\\b", tier: 2, description: "a rank, a force or an official with no affiliation named: Iraq is the default theatre" },
];
