/**
 * Office holders named with their title. A present title ("Prime Minister
 * Haider al-Abadi said") places the article inside the term; "former",
 * "late" or "then-" in front switches the rule off.
 */
export interface OfficeTerm {
  id: string;
  label: string;
  pattern: RegExp;
  from: string;
  to: string;
  note: string;
}

/** Days after a term ends during which copy may still carry the old title. */
export const TERM_GRACE_DAYS = 7;

export const OFFICE_TERMS: readonly OfficeTerm[] = [
  { id: "pm-maliki", label: "Nouri al-Maliki, Prime Minister", pattern: /\b(?:Prime Minister|Premier|PM) (?:Nouri )?al-Maliki\b/u, from: "2006-05-20", to: "2014-09-08", note: "Iraqi PM 2006-2014" },
  { id: "pm-abadi", label: "Haider al-Abadi, Prime Minister", pattern: /\b(?:Prime Minister|Premier|PM) (?:Haid[ae]r |Hayder )?al-Abadi\b/u, from: "2014-09-08", to: "2018-10-25", note: "Iraqi PM 2014-2018" },
  { id: "pm-abdul-mahdi", label: "Adel Abdul Mahdi, Prime Minister", pattern: /\b(?:Prime Minister|Premier|PM) (?:Adel |Adil )?Abd(?:ul|el|il)?[ \u00a0-]*Mahdi\b/u, from: "2018-10-25", to: "2020-05-07", note: "Iraqi PM 2018-2020 (caretaker from Dec 2019)" },
  { id: "pm-kadhimi", label: "Mustafa al-Kadhimi, Prime Minister", pattern: /\b(?:Prime Minister|Premier|PM) (?:Mustafa )?al-Kadhimi\b/u, from: "2020-05-07", to: "2022-10-27", note: "Iraqi PM 2020-2022" },
  { id: "pm-sudani", label: "Mohammed Shia al-Sudani, Prime Minister", pattern: /\b(?:Prime Minister|Premier|PM) (?:Mohammed )?(?:Shia )?al-Sudani\b/u, from: "2022-10-27", to: "2035-12-31", note: "Iraqi PM from Oct 2022" },
  { id: "iq-president-masum", label: "Fuad Masum, President of Iraq", pattern: /\b(?:Iraqi |Iraq['’]s )?President Fuad Mas{1,2}o?um\b/u, from: "2014-07-24", to: "2018-10-02", note: "President of Iraq 2014-2018" },
  { id: "iq-president-salih", label: "Barham Salih, President of Iraq", pattern: /\b(?:Iraqi |Iraq['’]s )?President Barham Sal[ie]h\b/u, from: "2018-10-02", to: "2022-10-13", note: "President of Iraq 2018-2022" },
  { id: "iq-president-rashid", label: "Abdul Latif Rashid, President of Iraq", pattern: /\b(?:Iraqi |Iraq['’]s )?President Abd(?:ul|el)[ \u00a0-]?Lat[ie]e?f (?:Jamal )?Rash[ie]e?d\b/u, from: "2022-10-13", to: "2035-12-31", note: "President of Iraq from Oct 2022" },
  { id: "krg-pm-nechirvan", label: "Nechirvan Barzani, KRG Prime Minister", pattern: /\b(?:KRG|Kurdistan(?: Region(?:al Government)?)?|Kurdish) (?:Prime Minister|Premier|PM) Nechirvan Barzani\b/u, from: "2012-03-05", to: "2019-07-10", note: "Prime Minister of the Kurdistan Region 2012-2019 (President from June 2019)" },
  { id: "krg-pm-masrour", label: "Masrour Barzani, KRG Prime Minister", pattern: /\b(?:KRG|Kurdistan(?: Region(?:al Government)?)?|Kurdish) (?:Prime Minister|Premier|PM) Masrour Barzani\b/u, from: "2019-07-10", to: "2035-12-31", note: "Prime Minister of the Kurdistan Region from July 2019" },
  { id: "centcom-votel", label: "Gen. Joseph Votel, CENTCOM commander", pattern: /\b(?:CENTCOM|Central Command) (?:commander|chief|head),? (?:Army )?(?:Gen\.?|General) Joseph Votel\b/u, from: "2016-03-30", to: "2019-03-28", note: "Commander of US Central Command 2016-2019" },
  { id: "centcom-mckenzie", label: "Gen. Kenneth McKenzie, CENTCOM commander", pattern: /\b(?:CENTCOM|Central Command) (?:commander|chief|head),? (?:Marine )?(?:Gen\.?|General) (?:Kenneth |Frank )?McKenzie\b/u, from: "2019-03-28", to: "2022-04-01", note: "Commander of US Central Command 2019-2022" },
  { id: "centcom-kurilla", label: "Gen. Michael Kurilla, CENTCOM commander", pattern: /\b(?:CENTCOM|Central Command) (?:commander|chief|head),? (?:Army )?(?:Gen\.?|General) (?:Michael )?Kurilla\b/u, from: "2022-04-01", to: "2025-08-08", note: "Commander of US Central Command 2022-2025" },
  { id: "us-obama", label: "Barack Obama, US President", pattern: /\bPresident (?:Barack )?Obama\b/u, from: "2009-01-20", to: "2017-01-20", note: "US President 2009-2017" },
  { id: "us-trump-1", label: "Donald Trump, US President (first term)", pattern: /\bPresident (?:Donald )?Trump\b/u, from: "2017-01-20", to: "2021-01-20", note: "US President 2017-2021, again from 2025" },
  // Listed after the first term: with nothing else to go on, the solver keeps the first term that fits.
  { id: "us-trump-2", label: "Donald Trump, US President (second term)", pattern: /\bPresident (?:Donald )?Trump\b/u, from: "2025-01-20", to: "2029-01-20", note: "US President from 2025" },
  { id: "us-biden", label: "Joe Biden, US President", pattern: /\bPresident (?:Joe )?Biden\b/u, from: "2021-01-20", to: "2025-01-20", note: "US President 2021-2025" },
  { id: "us-carter-secdef", label: "Ash Carter, US Defense Secretary", pattern: /\b(?:Defen[cs]e|War) Secretary Ash(?:ton)? Carter\b|\bSecretary of Defen[cs]e Ash(?:ton)? Carter\b|\bPentagon chief Ash(?:ton)? Carter\b/u, from: "2015-02-17", to: "2017-01-20", note: "US Secretary of Defense 2015-2017" },
  { id: "us-mattis-secdef", label: "Jim Mattis, US Defense Secretary", pattern: /\b(?:Defen[cs]e|War) Secretary (?:Jim |James )?Mattis\b|\bSecretary of Defen[cs]e (?:Jim |James )?Mattis\b|\bPentagon chief (?:Jim |James )?Mattis\b/u, from: "2017-01-20", to: "2019-01-01", note: "US Secretary of Defense 2017-2018" },
  { id: "us-esper-secdef", label: "Mark Esper, US Defense Secretary", pattern: /\b(?:Defen[cs]e|War) Secretary Mark Esper\b|\bSecretary of Defen[cs]e Mark Esper\b|\bPentagon chief (?:Mark )?Esper\b/u, from: "2019-07-23", to: "2020-11-09", note: "US Secretary of Defense 2019-2020" },
  { id: "us-austin-secdef", label: "Lloyd Austin, US Defense Secretary", pattern: /\b(?:Defen[cs]e|War) Secretary Lloyd Austin\b|\bSecretary of Defen[cs]e Lloyd Austin\b|\bPentagon chief (?:Lloyd )?Austin\b/u, from: "2021-01-22", to: "2025-01-20", note: "US Secretary of Defense 2021-2025" },
  { id: "isis-baghdadi", label: "Abu Bakr al-Baghdadi as ISIS leader", pattern: /\b(?:group's|ISIS|ISIL|IS|Daesh|Islamic State) (?:top )?(?:leader|chief|head) Abu Bakr al-Baghdadi\b/u, from: "2010-05-16", to: "2019-10-27", note: "Led ISI/ISIS until killed 27 Oct 2019" },
];
