/**
 * A dated event of this conflict that articles mention without a date.
 * Mentioned as past, it bounds the publication date from below; mentioned
 * as still pending, from above; with "earlier this month"/"newly" it anchors
 * a relative phrase.
 */
export interface ReferenceEvent {
  id: string;
  label: string;
  /** ISO day the event happened (first day, for multi-day events). */
  date: string;
  /** Any of these in a sentence names the event. */
  patterns: readonly RegExp[];
  /** All of these must also occur in the sentence (disambiguates generic wording). */
  context?: readonly RegExp[];
  /** Wording that shows the event has not happened yet when the article was written. */
  pending?: readonly RegExp[];
  note: string;
}

const GROUP = /\b(?:ISIS|ISIL|IS|Daesh|Islamic State|caliphate|jihadists?|militants?|insurgents?|extremists?|terrorists?|the group)\b/u;
// An opening quote mark or apostrophe: "declared “final victory”".
const Q = String.raw`["“‘']?`;

export const REFERENCE_EVENTS: readonly ReferenceEvent[] = [
  {
    id: "caliphate-declared",
    label: "ISIS declares its caliphate",
    date: "2014-06-29",
    patterns: [/\b(?:declared|proclaimed|announced) (?:a|its|the|their) (?:so-called |self-styled )?caliphate/iu, /\bcaliphate was (?:declared|proclaimed)/iu],
    note: "Abu Bakr al-Baghdadi's group proclaimed a caliphate on 29 June 2014 (Mosul sermon 4 July).",
  },
  {
    id: "mosul-falls-2014",
    label: "Mosul falls to ISIS",
    date: "2014-06-10",
    patterns: [/\bfall of Mosul\b/u, /\b(?:ISIS|ISIL|Daesh|Islamic State)\b[^.]{0,40}\b(?:seized|captured|overran|took over) (?:the (?:northern )?city of )?Mosul/u],
    note: "ISIS captured Mosul on 10 June 2014; \"the fall of Mosul\" conventionally means this.",
  },
  {
    id: "sinjar-2014",
    label: "ISIS attack on Sinjar",
    date: "2014-08-03",
    patterns: [/\bYazidi genocide\b/iu, /\b(?:ISIS|ISIL|Daesh|Islamic State)\b[^.]{0,60}\b(?:attacked|overran|stormed|captured) Sinjar/u, /\bSinjar massacre\b/iu],
    note: "ISIS overran Sinjar on 3 August 2014 and began the Yazidi genocide.",
  },
  {
    id: "mosul-offensive-begins",
    label: "Mosul offensive begins",
    date: "2016-10-17",
    patterns: [/\boffensive (?:began|started|was launched|kicked off|got under way)/iu, /\b(?:launch|start|beginning) of the (?:Mosul )?(?:offensive|operation|battle)/iu, /\bMosul (?:offensive|operation)\b/u, /\bbattle (?:for|of) Mosul\b/iu],
    context: [/\bMosul\b/u],
    pending: [/\b(?:upcoming|planned|expected|looming|anticipated|impending|awaited|forthcoming)\b[^.]{0,30}\b(?:Mosul )?(?:offensive|operation|battle)/iu, /\b(?:will|would) (?:begin|start|launch)\b/iu],
    note: "Iraqi and Kurdish forces launched the offensive on Mosul on 17 October 2016.",
  },
  {
    id: "mosul-liberated",
    label: "Mosul retaken from ISIS",
    date: "2017-07-10",
    patterns: [
      /\bMosul (?:was|has been|had been) (?:fully |finally )?(?:liberated|retaken|recaptured|freed)/u,
      /\b(?:liberated|retook|recaptured|freed) (?:the (?:northern )?city of )?Mosul\b/u,
      /\b(?:after|since|following) (?:the )?(?:liberation|recapture|retaking) of Mosul/iu,
      /\bvictory in Mosul\b/u,
    ],
    pending: [
      /\b(?:could|will|would|may|might)\b[^.]{0,40}\b(?:retake|recapture|liberate|free) (?:the (?:northern )?city of )?Mosul/u,
      /\b(?:if|once|when|after|before) (?:the city|Mosul) falls\b/u,
      /\b(?:loses|lose) Mosul\b/u,
      /\bbattle (?:for|of) Mosul (?:continues|is ongoing|rages)/u,
    ],
    note: "Prime Minister al-Abadi declared victory in Mosul on 10 July 2017.",
  },
  {
    id: "raqqa-falls",
    label: "Raqqa retaken from ISIS",
    date: "2017-10-17",
    patterns: [/\bRaqqa (?:was|has been|had been) (?:fully )?(?:liberated|retaken|recaptured|captured)/u, /\b(?:fall|liberation|capture) of Raqqa\b/iu, /\b(?:liberated|retook|recaptured|captured) (?:the city of )?Raqqa\b/u],
    pending: [/\b(?:could|will|would|to)\b[^.]{0,30}\b(?:retake|recapture|liberate|capture) (?:the city of )?Raqqa/u, /\bRaqqa,? is retaken\b/u],
    note: "US-backed SDF declared Raqqa captured on 17 October 2017.",
  },
  {
    id: "iraq-victory-declared",
    label: "Iraq declares victory over ISIS",
    date: "2017-12-09",
    patterns: [
      new RegExp(String.raw`\bdeclared (?:the )?${Q}(?:full |complete |final |total )?(?:liberation|victory)`, "iu"),
      new RegExp(String.raw`\bannounced (?:its |the |a )?${Q}(?:full |complete |final |total )?(?:victory|liberation of (?:all |its )?(?:territor|the country))`, "iu"),
      /\bvictory over (?:ISIS|ISIL|IS|Daesh|the Islamic State)/u,
      /\b(?:declaration|announcement) of (?:final |full )?victory\b/iu,
    ],
    context: [/\bIraq/u, GROUP],
    note: "Prime Minister al-Abadi declared final victory over ISIS in Iraq on 9 December 2017 (10 December is the national holiday).",
  },
  {
    id: "baghouz-falls",
    label: "Fall of Baghouz, end of the territorial caliphate",
    date: "2019-03-23",
    patterns: [
      /\bBaghouz\b/u,
      /\b(?:defeat|collapse|fall|end|loss|destruction) of (?:the |its |their |ISIS['’]s? |the group['’]s )?(?:self-(?:described|declared|styled|proclaimed) |so-called |territorial |physical )*caliphate/iu,
      /\bcaliphate['’]s (?:collapse|defeat|fall|end)\b/iu,
    ],
    // "in Syria" alone places the collapse in Syria; "in Iraq and Syria" does not (that wording also meant the 2017 losses).
    context: [/\b(?:Baghouz|final stand|last (?:stronghold|pocket|enclave|bastion)|territorial)\b|\bin Syria\b/u],
    note: "The SDF declared the last ISIS enclave, Baghouz, taken on 23 March 2019.",
  },
  {
    id: "caliphate-collapse",
    label: "the caliphate loses its Iraqi capital (Mosul retaken)",
    date: "2017-07-10",
    patterns: [
      /\b(?:defeat|collapse|fall|end|loss|destruction) of (?:the |its |their |ISIS['’]s? |the group['’]s )?(?:self-(?:described|declared|styled|proclaimed) |so-called )*caliphate/iu,
      /\bcaliphate['’]s (?:collapse|defeat|fall|end)\b/iu,
      /\bcaliphate (?:collapsed|crumbled|fell)\b/iu,
    ],
    note: "Without a place, \"the collapse of the caliphate\" was already said after Mosul was retaken on 10 July 2017; the Baghouz sense (2019) is read first when its context is there.",
  },
  {
    id: "russia-declares-syria-victory",
    label: "Russia declares ISIS routed in Syria",
    date: "2017-12-06",
    patterns: [
      /\b(?:Russia|Moscow|Putin|Kremlin|Russian (?:military|army|defen[cs]e ministry|General Staff))(?:['’]s)?\b[^.]{0,60}\b(?:announce\w*|declar\w*|claim\w*|said)\b[^.]{0,80}\b(?:defeated|routed|victory|liberated|liberation)\b/u,
    ],
    context: [/\bSyria/u, GROUP, /\b(?:both banks|Euphrates|complete(?:ly)?|total|full|entire|whole)\b/u],
    note: "Putin and the Russian General Staff announced on 6-7 December 2017 that ISIS had been routed on both banks of the Euphrates and Syria fully liberated (Putin repeated it at Hmeimim on 11 December).",
  },
  {
    id: "coalition-combat-mission-ends",
    label: "US-led coalition ends its combat mission in Iraq",
    date: "2021-12-09",
    patterns: [
      /\b(?:end(?:ed|s)?|conclud\w*|complet\w*|finish\w*|wound down)\b[^.]{0,30}\bcombat (?:role|mission|operations)\b/iu,
      /\bcombat (?:role|mission)\b[^.]{0,20}\b(?:ended|concluded|came to an end|is over|was over)\b/iu,
      /\bend of (?:the |its )?(?:coalition['’]s )?combat (?:role|mission)\b/iu,
    ],
    context: [/\bIraq/u, /\bcoalition\b/iu],
    pending: [/\b(?:will|would|to|set to|plans? to|due to|by the end of the year)\b[^.]{0,20}\b(?:end|conclude|complete|finish)\b[^.]{0,20}\bcombat/iu],
    note: "Iraq's national security adviser announced on 9 December 2021 that the coalition's combat mission had ended (the agreed deadline was 31 December 2021); it moved to advise and assist. Obama's 2010 end of the US combat mission is a different event, without the coalition.",
  },
  {
    id: "will-of-victory",
    label: "Operation Will of Victory",
    date: "2019-07-07",
    patterns: [/\bWill of Victory\b/iu],
    note: "Iraq's named desert-clearing operation (Anbar, Salahuddin, Nineveh), launched 7 July 2019.",
  },
  {
    id: "baghdadi-killed",
    label: "Abu Bakr al-Baghdadi killed",
    date: "2019-10-27",
    patterns: [/\bBaghdadi\b[^.]{0,60}\b(?:was killed|killed himself|died|death|blew himself up)/u, /\b(?:killing|death) of (?:ISIS |IS |the )?(?:leader |chief )?(?:Abu Bakr )?al-Baghdadi/iu, /\blate (?:ISIS )?(?:leader )?(?:Abu Bakr )?al-Baghdadi/iu],
    note: "US special forces raid in Barisha, Idlib, 27 October 2019.",
  },
  {
    id: "iraq-protests-2019",
    label: "October 2019 protest movement begins",
    date: "2019-10-01",
    patterns: [/\b(?:Tishreen|October) (?:protests|uprising|revolution|movement)\b/u],
    context: [/\bIraq/u],
    note: "Mass anti-government protests began in Baghdad on 1 October 2019.",
  },
  {
    id: "soleimani-killed",
    label: "Qassem Soleimani killed",
    date: "2020-01-03",
    patterns: [/\b(?:killing|assassination|death) of (?:Iranian )?(?:General |Gen\. |commander )?(?:Qassem |Qasem )?Soleimani/iu, /\bSoleimani\b[^.]{0,60}\b(?:was killed|killed in|assassinated)/u, /\bkilled (?:Iranian )?(?:General |Gen\. )?(?:Qassem |Qasem )?Soleimani/u],
    note: "US drone strike at Baghdad airport, 3 January 2020.",
  },
  {
    id: "coalition-pause-2020",
    label: "US-led coalition pauses operations against ISIS",
    date: "2020-01-05",
    patterns: [/\b(?:freez|suspen|paus|halt)\w*\b[^.]{0,60}\b(?:campaign|operations|activities|mission)/iu, /\b(?:campaign|operations|activities|mission)\b[^.]{0,30}\b(?:frozen|suspended|paused|halted)/iu],
    context: [/\bcoalition\b/iu],
    note: "After the Soleimani strike the coalition announced on 5 January 2020 that it was pausing anti-ISIS operations to protect its bases.",
  },
  {
    id: "adil-abdul-mahdi-sworn-in",
    label: "Adel Abdul Mahdi government sworn in",
    date: "2018-10-25",
    patterns: [/\b(?:sworn[- ]in|new|newly[- ]formed|incoming) government\b/iu, /\bgovernment\b[^.]{0,20}\b(?:sworn in|took office|won (?:a )?(?:confidence|parliament))/iu, /\b(?:sworn in|took office)\b/iu],
    context: [/\bAbd(?:ul|el|il)?[ \u00a0-]*Mahdi\b/u],
    note: "Parliament approved Adel Abdul Mahdi's cabinet late on 24 October 2018; sworn in 25 October.",
  },
  {
    id: "kadhimi-sworn-in",
    label: "Mustafa al-Kadhimi government sworn in",
    date: "2020-05-07",
    patterns: [/\b(?:sworn[- ]in|new|newly[- ]formed|incoming) government\b/iu, /\b(?:sworn in|took office)\b/iu],
    context: [/\bKadhimi\b/u],
    note: "Parliament confirmed al-Kadhimi's government on 7 May 2020.",
  },
  {
    id: "sudani-sworn-in",
    label: "Mohammed Shia al-Sudani government sworn in",
    date: "2022-10-27",
    patterns: [/\b(?:sworn[- ]in|new|newly[- ]formed|incoming) government\b/iu, /\b(?:sworn in|took office)\b/iu],
    context: [/\bSudani\b/u],
    note: "Parliament confirmed al-Sudani's government on 27 October 2022.",
  },
];
