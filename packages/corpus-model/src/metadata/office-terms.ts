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
  { id: "us-obama", label: "Barack Obama, US President", pattern: /\bPresident (?:Barack )?Obama\b/u, from: "2009-01-20", to: "2017-01-20", note: "US President 2009-2017" },
  { id: "us-trump-1", label: "Donald Trump, US President (first term)", pattern: /\bPresident (?:Donald )?Trump\b/u, from: "2017-01-20", to: "2021-01-20", note: "US President 2017-2021, again from 2025" },
  { id: "us-biden", label: "Joe Biden, US President", pattern: /\bPresident (?:Joe )?Biden\b/u, from: "2021-01-20", to: "2025-01-20", note: "US President 2021-2025" },
  { id: "us-carter-secdef", label: "Ash Carter, US Defense Secretary", pattern: /\b(?:Defen[cs]e|War) Secretary Ash(?:ton)? Carter\b|\bSecretary of Defen[cs]e Ash(?:ton)? Carter\b|\bPentagon chief Ash(?:ton)? Carter\b/u, from: "2015-02-17", to: "2017-01-20", note: "US Secretary of Defense 2015-2017" },
  { id: "us-mattis-secdef", label: "Jim Mattis, US Defense Secretary", pattern: /\b(?:Defen[cs]e|War) Secretary (?:Jim |James )?Mattis\b|\bSecretary of Defen[cs]e (?:Jim |James )?Mattis\b|\bPentagon chief (?:Jim |James )?Mattis\b/u, from: "2017-01-20", to: "2019-01-01", note: "US Secretary of Defense 2017-2018" },
  { id: "us-esper-secdef", label: "Mark Esper, US Defense Secretary", pattern: /\b(?:Defen[cs]e|War) Secretary Mark Esper\b|\bSecretary of Defen[cs]e Mark Esper\b|\bPentagon chief (?:Mark )?Esper\b/u, from: "2019-07-23", to: "2020-11-09", note: "US Secretary of Defense 2019-2020" },
  { id: "us-austin-secdef", label: "Lloyd Austin, US Defense Secretary", pattern: /\b(?:Defen[cs]e|War) Secretary Lloyd Austin\b|\bSecretary of Defen[cs]e Lloyd Austin\b|\bPentagon chief (?:Lloyd )?Austin\b/u, from: "2021-01-22", to: "2025-01-20", note: "US Secretary of Defense 2021-2025" },
  { id: "isis-baghdadi", label: "Abu Bakr al-Baghdadi as ISIS leader", pattern: /\b(?:group's|ISIS|ISIL|IS|Daesh|Islamic State) (?:top )?(?:leader|chief|head) Abu Bakr al-Baghdadi\b/u, from: "2010-05-16", to: "2019-10-27", note: "Led ISI/ISIS until killed 27 Oct 2019" },
];
