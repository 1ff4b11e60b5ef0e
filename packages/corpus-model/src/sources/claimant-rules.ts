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
  /**
   * The rule names no country ("security sources", "Col."): its type is the
   * default theatre's (Iraq) and yields to the theatre of the text when that
   * is clearly elsewhere (see THEATRE_RULES).
   */
  theatreDefault?: boolean;
  description: string;
}

export const CLAIMANT_RULES: readonly ClaimantRule[] = [
  // Media described by their country ("the Kurdish channel", "Iraqi state TV"): first, so the country does not type them.
  { id: "media-described", type: "media_other", pattern: "\\b(?:(?:Kurdish|Iraqi|Syrian|Arab|Turkish|Iranian|Russian|Lebanese|Gulf|Saudi|Qatari|Emirati|American|US|British|Western|[Ll]ocal|[Pp]an-Arab|[Ii]ndependent|[Oo]pposition|[Pp]ro-government)[\\w-]*\\s+(?:[\\w-]+\\s+)?(?:channels?|outlets?|media|television|TV|broadcasters?|newspapers?|news agency|news agencies|news sites?|websites?|dailies|daily|press|radio|satellite channel))\\b", tier: 1, description: "media described by their country or owner: still media" },
  // UN
  { id: "un", type: "un", pattern: "\\b(?:U\\.N\\.|UN|United Nations|UNAMI|UNITAD|Security Council|Secretary-General|sanctions monitors|[Mm]onitoring [Tt]eam|UNDP|UNHCR|UNICEF|OCHA|IOM|Guterres|Hennis-Plasschaert)(?![\\w-])", tier: 1, description: "UN bodies, envoys, sanctions monitors and UN reports" },
  // US and coalition
  { id: "us-led-coalition", type: "us_coalition", pattern: "\\b(?:U\\.?S\\.?-led|American-led|[Ii]nternational|[Gg]lobal|[Ww]estern)\\s+(?:military\\s+)?[Cc]oalition|\\b[Tt]he [Cc]oalition\\b(?!\\s+of\\b)|^[Cc]oalition$|\\b[Cc]oalition (?:forces|officials?|spokesman|spokesperson|spokeswoman|commanders?|said|says|estimates?|figures|data|sources?|military|intelligence)|\\b[Ww]estern (?:military |intelligence |security |defen[cs]e )?(?:officials?|sources?|diplomats?|intelligence|governments?|estimates?|military|officers?|commanders?)\\b", tier: 1, description: "the US-led coalition" },
  { id: "us-military", type: "us_coalition", pattern: "\\b(?:Pentagon|CENTCOM|Central Command|Combined Joint Task Force|CJTF(?:-OIR)?|Operation Inherent Resolve|Inherent Resolve|OIR|Department of Defense|Defense Department|State Department|White House|NATO|Lead Inspector General|Inspector General|[Ii]nspector [Gg]eneral|CIA|Central Intelligence Agency|FBI|DIA|Defense Intelligence Agency|NCTC|National Counterterrorism Center|Director of National Intelligence|DNI|Treasury Department|US Congress|U\\.S\\. Congress|Congressional Research Service)\\b", tier: 1, description: "US military commands and departments" },
  { id: "us-officials", type: "us_coalition", pattern: "\\b(?:U\\.S\\.|US|American|United States|Washington's|America's)\\s+(?:[\\w-]+\\s+){0,3}(?:officials?|officers?|commanders?|military|forces|troops|general|colonel|Colonel|General|generals|envoy|diplomats?|ambassador|intelligence|[Ss]ecretary|spokes(?:man|woman|person)|administration|government|[Aa]rmy|Army|defen[cs]e|[Ss]pecial)\\b", tier: 1, description: "US officials, commanders and secretaries" },
  { id: "us-state", type: "us_coalition", pattern: "^(?:[Tt]he\\s+)?(?:US|U\\.S\\.|United States|USA|Washington|America)(?:\\s+(?:government|administration))?$", tier: 1, description: "the US itself as a speaker ('The US confirmed …', 'Washington says')" },
  { id: "us-secretary", type: "us_coalition", pattern: "\\b(?:Defen[cs]e|War) Secretary\\b|\\bSecretary of (?:Defen[cs]e|State|War)\\b", tier: 1, description: "US Defense/War Secretary" },
  { id: "coalition-members", type: "us_coalition", pattern: "\\b(?:British|UK|U\\.K\\.|Britain's|Britain’s|French|France's|France’s|German|Germany's|Australian|Canadian|Dutch|Danish|Belgian|Italian|Norwegian)\\s+(?:[\\w-]+\\s+){0,2}?(?:officials?|government|[Mm]inistry|military|forces|troops|[Dd]efen[cs]e|intelligence|commanders?|[Ss]ecretary|[Mm]inister|embassy|ambassador|envoy|[Aa]ir [Ff]orce|jets|aircraft)\\b|\\b(?:Home Office|Foreign Office|RAF|Royal Air Force|Bundeswehr)\\b", tier: 1, description: "governments and forces of coalition member states (UK, France, Germany, Australia…): the contract's us_coalition" },
  // Kurdish (before Syrian so "Syrian Democratic Forces" is Kurdish-led SDF)
  { id: "kurdish", type: "kurdish", pattern: "\\b(?:Peshmerga|KRG|Kurds|AANES|Autonomous Administration|North and East Syria|Kurdish-run|Kurdish-led|Kurdistan Regional Government|Kurdistan Region|Kurdish|Kurdistan|SDF|Syrian Democratic Forces|YPG|YPJ|Asayish|Asayesh|Mazloum Abdi|Rojava)\\b", tier: 1, description: "Kurdish authorities and forces" },
  // PMU and militias (before Iraqi government: "a PMU commander" is not the army)
  { id: "pmu", type: "iraqi_militia_pmu", pattern: "\\b(?:PMU|PMF|Popular Mobili[sz]ation|[Pp]opular [Mm]obili[sz]ation|Hashd|al-Hashd|Brigades of|Kata'?[ei]b|Kataib|Asa'?[ei]b|Badr|Nujaba|Saraya al-Salam|Jund Al-Ema?m|[Mm]ilitias?|[Mm]ilitia (?:commander|leader|spokesman)|[Tt]ribal (?:[Mm]obili[sz]ation|forces|fighters|[Hh]ashd)|Islamic Resistance in Iraq|[Rr]esistance (?:groups?|factions?|forces|fighters|commanders?|sources?|movements?|axis)|[Aa]xis of [Rr]esistance|Harakat al-Nujaba)\\b", tier: 1, description: "Popular Mobilization Units, Shiite militias ('the Iraqi resistance' of Iranian-aligned media), tribal forces" },
  // Syrian government
  { id: "syrian-state", type: "syrian_gov", pattern: "^(?:Syria|Damascus)$", tier: 1, description: "Syria itself as a speaker ('Syria said …')" },
  { id: "syrian-gov", type: "syrian_gov", pattern: "\\b(?:Syrian (?:army|Army|government|regime|military|state|officials?|forces|troops|[Dd]efen[cs]e|[Mm]inistry|[Ii]nterior)|SANA|Damascus|Assad|Syrian Arab Army|Syria's (?:government|army|military|defen[cs]e ministry|[Ii]nterior [Mm]inistry)|Syrian (?:Interior|Defen[cs]e) Ministry|General Security|Military Operations Administration)\\b", tier: 1, description: "the Syrian government and its media" },
  // ISIS itself
  { id: "isis", type: "isis", pattern: "\\b(?:Amaq|al-Naba|Al-Naba|ISIS|ISIL|IS|Daesh|Islamic State)(?:'s|’s)?\\s*(?:statement|media|spokesman|propaganda|channels?|claim|said|says|newsletter)|\\b(?:Amaq|al-Naba|Al-Naba)\\b|^(?:[Tt]he\\s+)?(?:ISIS|ISIL|IS|Daesh|Islamic State)(?:\\s+group)?(?:\\s+(?:jihadists|militants|fighters|members|supporters|spokesman|leadership|leaders?|commanders?))?$|\\bformer (?:ISIS|ISIL|IS|Daesh|Islamic State) (?:members?|fighters?|militants?)", tier: 1, description: "the group's statements and media, former members" },
  // Iraqi government and security forces
  { id: "iraqi-military", type: "iraqi_gov_military", pattern: "\\b(?:Iraqi|Iraq's|Iraq’s)\\s+(?:[\\w-]+,?\\s+(?:and\\s+)?){0,4}?(?:military|army|Army|forces|officers?|commanders?|officials?|government|ministry|[Mm]inistry|defen[cs]e|intelligence|security|troops|soldiers|generals?|spokes(?:man|woman|person)|[Pp]rime [Mm]inister|authorities|lawmakers?|MPs?|parliament|counter-?terrorism|Counter-?Terrorism|judges?|judiciary|courts?|[Jj]udicial)\\b(?!\\s+(?:analysts?|experts?|researchers?|scholars?|specialists?|affairs))", tier: 1, description: "Iraqi military, ministries, officers and officials" },
  { id: "iraqi-commands", type: "iraqi_gov_military", pattern: "\\b(?:Joint Operations Command|Combined Operations Command|Operations Command|Security Media Cell|Counter-?Terrorism Service|Counter-?[Tt]errorism (?:Service|[Aa]gency)|CTS|National Security Service|Falcons Intelligence|Iraqi Security Forces|ISF|Haider al-Abadi|al-Abadi|Abadi|Nouri al-Maliki|Adel Abdul Mahdi|Abdul Mahdi|Mustafa al-Kadhimi|al-Kadhimi|Kadhimi|Mohammed Shia al-Sudani|al-Sudani)\\b", tier: 1, description: "Iraqi commands, ministries and prime ministers" },
  { id: "unnamed-ministries", type: "iraqi_gov_military", pattern: "\\b(?:Ministry of (?:Defen[cs]e|Interior)|[Dd]efen[cs]e [Mm]inistry|[Ii]nterior [Mm]inistry)\\b", tier: 1, theatreDefault: true, description: "a defence or interior ministry with no country named: Iraq is the default theatre, a Turkish or Syrian story takes its own" },
  { id: "counterterrorism-intelligence", type: "iraqi_gov_military", pattern: "\\b(?:counter-?terrorism|counterterror|intelligence|security|military|army|police) (?:officials?|officers?|agency|agencies|sources?|services?|commanders?|chief|director|official)\\b", flags: "i", tier: 1, theatreDefault: true, description: "counterterrorism and intelligence officials (Iraq is the default theatre)" },
  // Governments outside the contract's typology (Russian MoD on Syria,
  // Turkish MoD and MIT, Iranian officials, Lebanese Hezbollah). The
  // contract has no type for them and the Iraqi default for a bare
  // "ministry" would be wrong: they take `media_other`, the contract's
  // "other" (as the annotation guidelines code a Russian estimate).
  { id: "foreign-government", type: "media_other", pattern: "\\b(?:Russian|Russia's|Russia’s|Russia|Moscow|Kremlin|Turkish|Turkey's|Turkey’s|Turkey|Türkiye's|Türkiye’s|Türkiye|Ankara|MIT|Iranian|Iran's|Iran’s|Iran|Tehran|IRGC|Jordanian|Jordan's|Jordan|Lebanese|Hezbollah|Israeli|Israel|Saudi|Egyptian|Chinese|China|Beijing)(?![-‐\\w])", tier: 1, description: "Russian, Turkish, Iranian, Jordanian, Lebanese and other governments outside the contract's typology: typed media_other, the contract's 'other' (not 'Iran-backed', 'Turkish-backed')" },
  // Analysts
  { id: "analyst", type: "analyst", pattern: "\\b(?:analysts?|experts?|researchers?|scholars?|think[- ]tank|fellows?|professors?|academics?|specialists?|lecturers?|[Ii]nstitute|[Cc]enter for|[Cc]entre for|Foundation|Crisis Group|Brookings|RAND|Soufan|Counter Extremism Project|Combating Terrorism Center|Washington Institute|Chatham House|observers?|watchers?|ISW|Institute for the Study of War|Critical Threats|CTC Sentinel|CTC|SITE Intelligence|Jamestown|Wilson Center|Middle East Institute|Carnegie|CSIS|Atlantic Council|New Lines|FDD|Human Rights Watch|HRW|Amnesty International|Amnesty|Meir Amit|ITIC|Intelligence and Terrorism Information Center|International Crisis Group|Airwars|ACLED|Syrian Observatory(?: for Human Rights)?|SOHR|Small Arms Survey|Conflict Armament Research|Global Coalition Against Daesh research)\\b|\\b(?:research|[\\w-]+-based)\\s+(?:centre|center|institute|think[- ]tank|research group)\\b|\\b(?:the\\s+)?(?:report|study|paper)(?:'s|’s)\\s+(?:lead\\s+|co-?)?authors?\\b", tier: 1, description: "experts, analysts, researchers, think tanks, and monitoring and rights NGOs (the Syrian Observatory, Human Rights Watch, Airwars) whose own counts are research, not reporting" },
  // Local officials
  { id: "local-official", type: "local_official", pattern: "\\b(?:[Mm]ayors?|[Gg]overnors?|[Pp]rovincial (?:council|official|officials|government)|[Pp]rovincial [Cc]ouncil|[Ll]ocal (?:officials?|council|government|authorities|leaders?)|[Tt]ribal (?:leaders?|chiefs?|elders?|sheikhs?|figures?)|sheikhs?|shaikhs?|[Mm]ukhtars?|[Mm]okhtars?|[Dd]istrict (?:council|chief|head|official|officials|mayor)|[Qq]aimaqam|council (?:head|member|chairman))\\b", tier: 1, description: "mayors, governors, councils, tribal leaders" },
  // Media
  { id: "media", type: "media_other", pattern: "(?<!\\b(?:to|told|tells|with|briefed|briefing|before|for)\\s(?:the\\s)?(?:foreign\\s|visiting\\s|local\\s)?)\\b(?:journalists?|reporters?|correspondents?)\\b|\\b(?:newspapers?|[Tt]he (?:Associated Press|AP|Washington Post|New York Times|Guardian|Times|Telegraph|Independent|Economist)|Associated Press|AP|AFP|Reuters|BBC|CNN|Al Jazeera|Al-Jazeera|Al Arabiya|Al-Arabiya|Rudaw|Kurdistan 24|Shafaq|Asharq Al-Awsat|Al-Monitor|Press TV|Tasnim|Fars|IRNA|Al Mayadeen|Al-Mayadeen|Al-Ahed|Diyaruna|Arab News|The National|Al-Manar|Al Manar|al-Manar|Anadolu|Daily Sabah|TASS|RIA Novosti|Sputnik|RT|Kurdistan24|K24|Baghdad Today|Alsumaria|Al-Sumaria|Shafaq News|Iraqi News Agency|INA|Xinhua|dpa|Gulf News|Al-Ain|Enab Baladi|North Press|Hawar|ANHA|Military Times|Stars and Stripes|Defense Post|Long War Journal|Middle East Eye|VOA|Voice of America|Fox News|NBC|CBS|ABC News|NPR|Wall Street Journal|Al-Araby|Al-Quds|Independent Arabia|Al-Hurra|Alhurra|Al Hurra|[Ll]ocal media|[Ss]tate media|media reports?|[Tt]he (?:newspaper|paper|agency|broadcaster|outlet)(?!\\s+[A-Z]))\\b|^(?:(?:[Nn]ew|[Ll]atest|[Rr]ecent|[Mm]ost recent|[Aa]larming|[Ii]nitial|[Ee]arly|[Uu]nconfirmed|[Cc]onflicting|[Ss]ome|[Ss]everal|[Mm]any|[Oo]ther|[Tt]he|[Ll]ocal|[Nn]ews|[Pp]ress)\\s+)*reports$", tier: 1, description: "news outlets and journalists" },
  // Tier 2: ranks and roles with no institution named.
  { id: "military-rank", type: "iraqi_gov_military", pattern: "\\b(?:Col|Lt|Gen|Brig|Maj|Capt|Sgt|Cpt)\\.(?=\\s)|\\b(?:Colonel|Lieutenant|General|Brigadier|Major General|Staff Major|Captain|veterans?|commanders?|Commander|officers?|soldiers|troops|army|military|battalion|brigade|division|[Ss]ecurity (?:forces|officials?|sources?)|forces|[Pp]rime [Mm]inister|[Mm]inister|[Mm]inistry|government|authorities|spokes(?:man|woman|person)|officials?|police|policemen|sources? (?:in|within|at) (?:the )?(?:army|military|police|security|ministry|command)|[Pp]rosecutors?|[Pp]rosecution|[Jj]udges?|[Cc]ourts?|[Jj]udiciary|Iraq|Iraqi|Baghdad)\\b", tier: 2, theatreDefault: true, description: "a rank, a force or an official with no affiliation named: Iraq is the default theatre" },
];

/**
 * Where a story happens, for claimants that name no country ("a military
 * source", "security sources"). Iraq is the default; a sentence (or, failing
 * that, the article) that is clearly about another state's forces hands the
 * claimant to that state: Syrian state media stories to `syrian_gov`,
 * Turkish and Russian ones to `media_other` (the contract's "other": no
 * type of their own).
 */
export interface TheatreRule {
  id: string;
  type: ClaimantType;
  /** Regex source of the cues, case-sensitive. */
  pattern: string;
  description: string;
}

export const THEATRE_RULES: readonly TheatreRule[] = [
  { id: "iraq", type: "iraqi_gov_military", pattern: "\\b(?:Iraq|Iraqi|Iraq's|Iraq’s|Baghdad|Anbar|Nineveh|Ninewa|Kirkuk|Diyala|Salahuddin|Salah al-Din|Mosul|Tikrit|Fallujah|Ramadi|Tarmiyah|Hamrin|Samarra|Basra)\\b", description: "Iraq and its provinces (the default theatre)" },
  { id: "syria-government", type: "syrian_gov", pattern: "\\b(?:SANA|Syrian Arab Army|Syrian (?:army|Army|government|regime|troops|forces|[Dd]efen[cs]e|[Ii]nterior)|Damascus|Assad|Homs|Hama|Palmyra|Sukhnah|al-Sukhnah|Idlib|Latakia|Tartus|Daraa|Sweida|Suwayda)\\b", description: "Syrian government forces and the areas they hold" },
  { id: "northeast-syria", type: "kurdish", pattern: "\\b(?:[Nn]orth-?[Ee]ast(?:ern)? Syria|[Nn]orth-[Ee]ast Syria|Kurdish-led|Kurdish-run|Raqqa|Hasakah|Hasaka|al-Hasakah|Qamishli|Kobani|Kobane|Manbij|Tabqa|Ain Issa|al-Hol|Al Hol|al-Hawl|Roj camp|Baghouz|Hajin|Shaddadi|Ghwayran|Sinaa prison|SDF|YPG|Asayish|Rojava)\\b", description: "northeast Syria, held by the Kurdish-led SDF: an unaffiliated commander or official there speaks for it" },
  { id: "turkey", type: "media_other", pattern: "\\b(?:Turkish|Türkiye|Turkey|Ankara|Istanbul|Anadolu|Gaziantep|Sanliurfa|Şanlıurfa|Izmir|Adana)\\b", description: "Turkish security stories" },
  { id: "russia", type: "media_other", pattern: "\\b(?:Russian|Russia|Moscow|Kremlin)\\b", description: "Russian military statements" },
];
