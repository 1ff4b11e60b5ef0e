/** A news outlet of this beat, with the names and domains it appears under. */
export interface OutletEntry {
  id: string;
  /** Canonical display name. */
  name: string;
  /** Other ways the text names it (mastheads, abbreviations, channel names). */
  aliases: readonly string[];
  /** Hostnames (without "www."); subdomains match too. */
  domains: readonly string[];
  /** Wire services are often republished; their name in the text is weaker evidence of the publisher. */
  wire?: boolean;
}

export const OUTLETS: readonly OutletEntry[] = [
  { id: "aljazeera", name: "Al Jazeera", aliases: ["Al-Jazeera", "Aljazeera", "Al Jazeera English"], domains: ["aljazeera.com", "aljazeera.net"] },
  { id: "arabnews", name: "Arab News", aliases: [], domains: ["arabnews.com"] },
  { id: "stripes", name: "Stars and Stripes", aliases: ["Stars & Stripes", "Stripes"], domains: ["stripes.com"] },
  { id: "diyaruna", name: "Diyaruna", aliases: [], domains: ["diyaruna.com"] },
  { id: "alahed", name: "Al-Ahed News", aliases: ["Al-Ahed", "Al Ahed", "Al-Ahed Telegram", "Al-Ahed TV", "Alahed"], domains: ["alahednews.com.lb", "english.alahednews.com.lb"] },
  { id: "reuters", name: "Reuters", aliases: ["Thomson Reuters"], domains: ["reuters.com"], wire: true },
  { id: "ap", name: "AP", aliases: ["Associated Press", "The Associated Press"], domains: ["apnews.com", "ap.org"], wire: true },
  { id: "afp", name: "AFP", aliases: ["Agence France-Presse", "Agence France Presse"], domains: ["afp.com"], wire: true },
  { id: "bbc", name: "BBC", aliases: ["BBC News", "BBC Arabic", "BBC World Service"], domains: ["bbc.com", "bbc.co.uk"] },
  { id: "cnn", name: "CNN", aliases: ["CNN International"], domains: ["cnn.com"] },
  { id: "nyt", name: "The New York Times", aliases: ["New York Times", "NYT", "NY Times"], domains: ["nytimes.com"] },
  { id: "wapo", name: "The Washington Post", aliases: ["Washington Post"], domains: ["washingtonpost.com"] },
  { id: "thenational", name: "The National", aliases: ["The National News"], domains: ["thenationalnews.com", "thenational.ae"] },
  { id: "rudaw", name: "Rudaw", aliases: ["Rudaw English"], domains: ["rudaw.net"] },
  { id: "kurdistan24", name: "Kurdistan24", aliases: ["Kurdistan 24", "K24"], domains: ["kurdistan24.net"] },
  { id: "shafaq", name: "Shafaq News", aliases: ["Shafaq"], domains: ["shafaq.com"] },
  { id: "ina", name: "Iraqi News Agency", aliases: ["INA"], domains: ["ina.iq"], wire: true },
  { id: "almonitor", name: "Al-Monitor", aliases: ["Al Monitor"], domains: ["al-monitor.com"] },
  { id: "asharq", name: "Asharq Al-Awsat", aliases: ["Asharq Al Awsat", "Asharq Alawsat"], domains: ["aawsat.com", "english.aawsat.com"] },
  { id: "alarabiya", name: "Al Arabiya", aliases: ["Al-Arabiya", "Al Arabiya English"], domains: ["alarabiya.net"] },
  { id: "presstv", name: "Press TV", aliases: ["PressTV"], domains: ["presstv.ir", "presstv.com"] },
  { id: "tasnim", name: "Tasnim News Agency", aliases: ["Tasnim"], domains: ["tasnimnews.com"], wire: true },
  { id: "mehr", name: "Mehr News Agency", aliases: ["Mehr", "Mehr News"], domains: ["mehrnews.com"], wire: true },
  { id: "fars", name: "Fars News Agency", aliases: ["Fars", "Fars News"], domains: ["farsnews.ir", "farsnews.com"], wire: true },
  { id: "sohr", name: "Syrian Observatory for Human Rights", aliases: ["SOHR", "The Syrian Observatory for Human Rights"], domains: ["syriahr.com"] },
  { id: "sana", name: "SANA", aliases: ["Syrian Arab News Agency"], domains: ["sana.sy"], wire: true },
  { id: "almayadeen", name: "Al Mayadeen", aliases: ["Al-Mayadeen", "Al Mayadeen English"], domains: ["almayadeen.net"] },
  { id: "guardian", name: "The Guardian", aliases: ["Guardian"], domains: ["theguardian.com", "guardian.co.uk"] },
  { id: "lwj", name: "Long War Journal", aliases: ["FDD's Long War Journal", "The Long War Journal"], domains: ["longwarjournal.org"] },
  { id: "voa", name: "VOA", aliases: ["Voice of America", "VOA News"], domains: ["voanews.com"] },
  { id: "xinhua", name: "Xinhua", aliases: ["Xinhua News Agency", "Xinhuanet"], domains: ["xinhuanet.com", "news.cn"], wire: true },
  { id: "anadolu", name: "Anadolu Agency", aliases: ["Anadolu", "AA", "Anadolu Ajansı", "Anadolu Ajansi"], domains: ["aa.com.tr"], wire: true },
  { id: "mee", name: "Middle East Eye", aliases: ["MEE"], domains: ["middleeasteye.net"] },
  { id: "defensepost", name: "The Defense Post", aliases: ["Defense Post"], domains: ["thedefensepost.com"] },
  { id: "militarytimes", name: "Military Times", aliases: ["Army Times", "Defense News", "Air Force Times", "Navy Times", "Marine Corps Times"], domains: ["militarytimes.com", "armytimes.com", "defensenews.com"] },
  { id: "irna", name: "IRNA", aliases: ["Islamic Republic News Agency"], domains: ["irna.ir"], wire: true },
  { id: "alsumaria", name: "Alsumaria", aliases: ["Al Sumaria", "Alsumaria News"], domains: ["alsumaria.tv"] },
  { id: "nrt", name: "NRT", aliases: ["NRT TV", "NRT English"], domains: ["nrttv.com"] },
  { id: "basnews", name: "BasNews", aliases: ["Bas News"], domains: ["basnews.com"] },
  { id: "thearabweekly", name: "The Arab Weekly", aliases: ["Arab Weekly"], domains: ["thearabweekly.com"] },
  { id: "foxnews", name: "Fox News", aliases: [], domains: ["foxnews.com"] },
  { id: "wsj", name: "The Wall Street Journal", aliases: ["Wall Street Journal", "WSJ"], domains: ["wsj.com"] },
  { id: "independent", name: "The Independent", aliases: ["Independent"], domains: ["independent.co.uk"] },
  { id: "telegraph", name: "The Telegraph", aliases: ["Daily Telegraph"], domains: ["telegraph.co.uk"] },
  { id: "france24", name: "France 24", aliases: ["France24"], domains: ["france24.com"] },
  { id: "dw", name: "DW", aliases: ["Deutsche Welle"], domains: ["dw.com"] },
  { id: "sputnik", name: "Sputnik", aliases: ["Sputnik News"], domains: ["sputniknews.com"] },
  { id: "rt", name: "RT", aliases: ["Russia Today"], domains: ["rt.com"] },
  { id: "gulfnews", name: "Gulf News", aliases: [], domains: ["gulfnews.com"] },
  { id: "khaleej", name: "Khaleej Times", aliases: [], domains: ["khaleejtimes.com"] },
  { id: "dailysabah", name: "Daily Sabah", aliases: [], domains: ["dailysabah.com"] },
  { id: "almanar", name: "Al-Manar", aliases: ["Al Manar", "Al-Manar TV", "Almanar", "Al-Manar English"], domains: ["almanar.com.lb", "english.almanar.com.lb"] },
  { id: "baghdadtoday", name: "Baghdad Today", aliases: ["Baghdad Today News Agency"], domains: ["baghdadtoday.news"] },
  { id: "ctc", name: "CTC Sentinel", aliases: ["Combating Terrorism Center at West Point", "Combating Terrorism Center", "CTC"], domains: ["ctc.westpoint.edu", "ctc.usma.edu"] },
  { id: "isw", name: "Institute for the Study of War", aliases: ["ISW"], domains: ["understandingwar.org"] },
  { id: "unnews", name: "UN News", aliases: ["United Nations News", "UN News Centre"], domains: ["news.un.org"] },
  { id: "northpress", name: "North Press Agency", aliases: ["North Press", "NPA"], domains: ["npasyria.com"] },
  { id: "latimes", name: "Los Angeles Times", aliases: ["LA Times", "L.A. Times"], domains: ["latimes.com"] },
  { id: "npr", name: "NPR", aliases: ["National Public Radio"], domains: ["npr.org"] },
  { id: "bloomberg", name: "Bloomberg", aliases: ["Bloomberg News"], domains: ["bloomberg.com"] },
  { id: "timesofisrael", name: "The Times of Israel", aliases: ["Times of Israel"], domains: ["timesofisrael.com"] },
  { id: "jpost", name: "The Jerusalem Post", aliases: ["Jerusalem Post"], domains: ["jpost.com"] },
  { id: "haaretz", name: "Haaretz", aliases: [], domains: ["haaretz.com"] },
  { id: "enabbaladi", name: "Enab Baladi", aliases: [], domains: ["enabbaladi.net"] },
  { id: "syriadirect", name: "Syria Direct", aliases: [], domains: ["syriadirect.org"] },
  { id: "hawar", name: "Hawar News Agency", aliases: ["ANHA", "Hawar News"], domains: ["hawarnews.com"] },
  { id: "iraqinews", name: "Iraqi News", aliases: ["IraqiNews"], domains: ["iraqinews.com"] },
  { id: "euronews", name: "Euronews", aliases: [], domains: ["euronews.com"] },
];

/**
 * Words a masthead adds to an outlet name for a channel or edition
 * ("Al-Ahed Telegram", "Rudaw English", "Press TV Online").
 */
export const MASTHEAD_SUFFIXES: readonly string[] = ["telegram", "tv", "online", "english", "arabic", "news", "channel", "live", "network", "radio", "website"];
