"""The time zone each federal court sits in, and its divisions that sit in another.

courts-db gives each court's state but no time zone. The zones are the IANA time zone database's
(tzdata), chosen by where the court sits: the state's zone, the circuit's seat for the courts of
appeals, and the divisions whose seats lie across a zone line (W.D. Tex. at El Paso, N.D. Fla. at
Pensacola and Panama City, D. Idaho's Northern and Central divisions, N.D. Ind. at Hammond, S.D. Ind.
at Evansville, W.D. Ky. at Louisville, D.S.D.'s Western division). Arizona keeps no daylight saving
time (America/Phoenix). Sources: tzdata's zone.tab and the courts' own lists of divisions.
"""

import re

STATE_ZONES = {
    "Alabama": "America/Chicago",
    "Alaska": "America/Anchorage",
    "Arizona": "America/Phoenix",
    "Arkansas": "America/Chicago",
    "California": "America/Los_Angeles",
    "Colorado": "America/Denver",
    "Connecticut": "America/New_York",
    "Delaware": "America/New_York",
    "Florida": "America/New_York",
    "Georgia": "America/New_York",
    "Guam": "Pacific/Guam",
    "Hawaii": "Pacific/Honolulu",
    "Idaho": "America/Boise",
    "Illinois": "America/Chicago",
    "Indiana": "America/Indiana/Indianapolis",
    "Iowa": "America/Chicago",
    "Kansas": "America/Chicago",
    "Kentucky": "America/Chicago",
    "Louisiana": "America/Chicago",
    "Maine": "America/New_York",
    "Maryland": "America/New_York",
    "Massachusetts": "America/New_York",
    "Michigan": "America/Detroit",
    "Minnesota": "America/Chicago",
    "Mississippi": "America/Chicago",
    "Missouri": "America/Chicago",
    "Montana": "America/Denver",
    "Nebraska": "America/Chicago",
    "Nevada": "America/Los_Angeles",
    "New Hampshire": "America/New_York",
    "New Jersey": "America/New_York",
    "New Mexico": "America/Denver",
    "New York": "America/New_York",
    "North Carolina": "America/New_York",
    "North Dakota": "America/Chicago",
    "Northern Mariana Islands": "Pacific/Saipan",
    "Ohio": "America/New_York",
    "Oklahoma": "America/Chicago",
    "Oregon": "America/Los_Angeles",
    "Panama": "America/Panama",
    "Pennsylvania": "America/New_York",
    "Puerto Rico": "America/Puerto_Rico",
    "Rhode Island": "America/New_York",
    "South Carolina": "America/New_York",
    "South Dakota": "America/Chicago",
    "Tennessee": "America/Chicago",
    "Texas": "America/Chicago",
    "Utah": "America/Denver",
    "Vermont": "America/New_York",
    "Virgin Islands": "America/St_Thomas",
    "Virginia": "America/New_York",
    "Washington": "America/Los_Angeles",
    "West Virginia": "America/New_York",
    "Wisconsin": "America/Chicago",
    "Wyoming": "America/Denver",
}
# Courts whose seat is not told by their state: the courts of appeals and the national courts.
COURT_ZONES = {
    "ca1": "America/New_York",
    "ca2": "America/New_York",
    "ca3": "America/New_York",
    "ca4": "America/New_York",
    "ca5": "America/Chicago",
    "ca6": "America/New_York",
    "ca7": "America/Chicago",
    "ca8": "America/Chicago",
    "ca9": "America/Los_Angeles",
    "ca10": "America/Denver",
    "ca11": "America/New_York",
    # The Eastern District of Tennessee sits in Knoxville, Chattanooga and Greeneville, on Eastern time.
    "tned": "America/New_York",
    "tneb": "America/New_York",
    # The Eastern District of Kentucky sits in Lexington, Frankfort, Covington, Ashland, London, Pikeville.
    "kyed": "America/New_York",
    "kyeb": "America/New_York",
}
EASTERN = "America/New_York"
# (court ids, words in the division's name) -> the division's zone.
DIVISION_ZONES = [
    (("txwd", "txwb"), r"\bEl Paso\b", "America/Denver"),
    (("flnd", "flnb"), r"\b(Pensacola|Panama City)\b", "America/Chicago"),
    (("idd", "idb"), r"\b(Northern|Central|Coeur d.Alene|Moscow)\b", "America/Los_Angeles"),
    (("innd", "innb"), r"\bHammond\b", "America/Chicago"),
    (("insd", "insb"), r"\bEvansville\b", "America/Chicago"),
    (("kywd", "kywb"), r"\bLouisville\b", "America/Kentucky/Louisville"),
    (("sdd", "sdb"), r"\b(Western|Rapid City)\b", "America/Denver"),
]
CAPITAL = {"D.C.", "DC", "Washington D.C.", "Washignton D.C.", "United States"}


def court_zone(court_id: str, location: str) -> str:
    """The zone of a court's seat."""
    if court_id in COURT_ZONES:
        return COURT_ZONES[court_id]
    if location in CAPITAL:
        return EASTERN
    return STATE_ZONES.get(location, EASTERN)


def division_zone(court_id: str, division: str, default: str) -> str:
    """The zone of the division a case sits in, when it differs from its court's."""
    for courts, words, zone in DIVISION_ZONES:
        if court_id in courts and division and re.search(words, division, re.IGNORECASE):
            return zone
    return default
