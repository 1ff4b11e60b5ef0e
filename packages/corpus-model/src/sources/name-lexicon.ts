/**
 * Capitalised words that are not part of a person's name: titles and
 * roles, institutions, places and peoples, the group's names, calendar
 * words and the function words that open sentences. A run of capitalised
 * words is a person's name only from the last of these on ("US Army Gen.
 * Joseph Votel" → "Joseph Votel").
 */
const WORDS = `
gen general lt lieutenant col colonel maj major brig brigadier capt captain cpt sgt sergeant adm admiral cmdr commander
staff field marshal dr prof professor mr mrs ms miss sir lord judge justice sen senator rep representative gov governor
mayor president vice prime premier minister ministers secretary under-secretary secretary-general undersecretary deputy assistant
acting former senior chief head director spokesman spokeswoman spokesperson press envoy ambassador coordinator speaker
chairman chairwoman chair officer official officials leader sheikh shaikh imam mullah ayatollah emir caliph king queen prince
crown crown-prince special adviser advisor analyst expert researcher fellow
army navy air force forces department ministry command council office agency service services unit cell operations operation
joint central combined task counter-terrorism counterterrorism counter terrorism security intelligence military national
united nations states kingdom coalition government regional democratic popular mobilization mobilisation units brigade brigades
division battalion regiment corps guard guards police federal federation republic union european international global
committee commission parliament assembly court tribunal institute center centre foundation university college school
observatory watch group organization organisation network party movement front alliance authority authorities administration
company corporation bank hospital camp prison airport base district province governorate region valley river mountains mountain
desert city town village street square bridge dam road highway border county island sea gulf lake
defense defence interior foreign affairs justice health finance oil energy information media news press agency
iraq iraqi iraqis syria syrian syrians kurdistan kurdish kurds turkey turkish turkiye iran iranian russia russian russians
america american americans us usa britain british uk england english france french germany german jordan jordanian
lebanon lebanese israel israeli saudi arabia arabian egypt egyptian libya qatar emirates uae kuwait yemen afghanistan
pakistan europe european western eastern northern southern middle east west north south arab arabs sunni shia shiite shiites
baghdad mosul erbil kirkuk basra anbar nineveh ninewa diyala salahuddin tikrit fallujah ramadi raqqa deir ezzor hasakah
damascus aleppo homs idlib palmyra baghouz sinjar makhmour washington moscow ankara tehran london paris beirut amman
isis isil is daesh islamic state caliphate al-qaeda qaeda nusra hts amaq peshmerga hashd sdf ypg pmu pmf
monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september
october november december jan feb mar apr jun jul aug sep sept oct nov dec
the a an in on at of for by to from with and or but however meanwhile still also now then later earlier yet so as while
when after before since during although though if because according this that these those it its he she they we i
there here his her their our what who which where why how many some several all both each every no not
breaking news photo reuters afp ap getty images file video update updated published source read more related comments
`;

export const NON_NAME_WORDS: ReadonlySet<string> = new Set(WORDS.split(/\s+/).filter((w) => w !== ""));

/** A title right before a single name word makes it a person ("Gen. Votel", "Sheikh Ahmed"). */
export const PERSON_TITLES =
  /^(?:Gen|General|Lt|Lieutenant|Col|Colonel|Maj|Major|Brig|Brigadier|Capt|Captain|Cpt|Sgt|Sergeant|Adm|Admiral|Cmdr|Commander|Dr|Prof|Professor|Mr|Mrs|Ms|Judge|Sen|Senator|Rep|Gov|Governor|Mayor|President|Minister|Secretary|Sheikh|Shaikh|Imam|Spokesman|Spokeswoman|Chief|Ambassador|Envoy)\.?$/;
