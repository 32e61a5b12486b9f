"""Word lists and docket-text templates for synthetic data. Invented names; any likeness is chance."""

FIRST = [
    "Avery",
    "Jordan",
    "Morgan",
    "Riley",
    "Casey",
    "Quinn",
    "Harper",
    "Rowan",
    "Emerson",
    "Parker",
    "Reese",
    "Sawyer",
    "Dakota",
    "Hayden",
    "Kendall",
    "Logan",
    "Marlowe",
    "Peyton",
    "Sloane",
    "Tatum",
]
LAST = [
    "Abernathy",
    "Bellweather",
    "Castellano",
    "Delacroix",
    "Ellingsworth",
    "Fairbanks",
    "Galloway",
    "Hollister",
    "Ingram",
    "Jessup",
    "Kettering",
    "Lindqvist",
    "Montague",
    "Norcross",
    "Okonkwo",
    "Pemberton",
    "Quintero",
    "Ravensworth",
    "Stroud",
    "Thorncastle",
    "Underhill",
    "Vasquez",
    "Whitlock",
    "Yarborough",
]
ORG_HEADS = [
    "Harborview",
    "Northgate",
    "Bluestem",
    "Ironwood",
    "Silverline",
    "Cobalt",
    "Meridian",
    "Summit",
    "Granite Peak",
    "Redwood",
    "Lakeshore",
    "Pinecrest",
    "Brightwater",
    "Stonebridge",
    "Westfield",
]
ORG_TAILS = [
    "Logistics LLC",
    "Holdings, Inc.",
    "Software Corp.",
    "Capital Partners LP",
    "Health Systems, Inc.",
    "Foods Co.",
    "Insurance Company",
    "Energy LLC",
    "Media Group, Inc.",
    "Bancorp",
]

AGREEMENTS = ["Master Supply Agreement", "Software License Agreement", "Asset Purchase Agreement",
              "Distribution Agreement", "Services Agreement", "Commercial Lease"]  # fmt: skip
ROUTINE = [
    "motion",
    "order",
    "order",
    "minute_entry",
    "notice",
    "stipulation",
    "opposition",
    "reply",
    "notice_of_appearance",
    "certificate_of_service",
    "transcript",
    "order",
    "motion",
    "summons",
]

TEMPLATES = {
    "complaint": "COMPLAINT for breach of the {matter} against all defendants "
    "(Filing fee $ 405, receipt number {n:08d}). Filed by {filer}. "
    "(Attachments: # 1 Civil Cover Sheet, # 2 Summons) (synthetic)",
    "motion": "MOTION to {relief} re the {matter} filed by {filer}. Motion Hearing set for {hearing}. "
    "(Attachments: # 1 Memorandum of "
    "Points and Authorities, # 2 Declaration, # 3 Proposed Order) (synthetic)",
    "order": "ORDER {ruling} {relief}. Signed by Judge {judge} on {hearing}. (synthetic)",
    "minute_entry": "MINUTE ENTRY for proceedings held before Judge {judge}: Case Management Conference held. "
    "Further Case Management Conference set for {hearing}. (synthetic)",
    "notice": "NOTICE of {notice} by {filer}. (synthetic)",
    "stipulation": "STIPULATION and [Proposed] Order to extend time to respond to the complaint by {side}. (synthetic)",
    "opposition": "OPPOSITION/RESPONSE to motion to {relief} filed by {filer}. (synthetic)",
    "reply": "REPLY in support of motion to {relief} filed by {side}. (synthetic)",
    "notice_of_appearance": "NOTICE of Appearance by counsel on behalf of {side}. (synthetic)",
    "certificate_of_service": "CERTIFICATE OF SERVICE by {side} re documents filed on {hearing}. (synthetic)",
    "transcript": "TRANSCRIPT of Proceedings held on {hearing}, before Judge {judge}. Release of Transcript "
    "Restriction set for 90 days. (synthetic)",
    "summons": "Summons Issued as to all defendants. (synthetic)",
}
RELIEFS = [
    "dismiss for failure to state a claim",
    "compel arbitration",
    "stay discovery",
    "seal documents",
    "transfer venue",
    "strike affirmative defenses",
    "extend time",
    "compel production of documents",
]
RULINGS = ["granting", "denying", "granting in part and denying in part", "setting briefing schedule on"]
NOTICES = ["related case", "change of address", "pendency of other action", "supplemental authority"]


def entry_text(code: str, number: int, rng, *, matter: str, filer: str) -> str:
    return TEMPLATES[code].format(
        n=number,
        matter=matter,
        filer=filer,
        relief=rng.choice(RELIEFS),
        ruling=rng.choice(RULINGS),
        notice=rng.choice(NOTICES),
        side=rng.choice(["plaintiff", "defendant"]),
        judge=rng.choice(LAST),
        hearing=f"{rng.randint(1, 12)}/{rng.randint(1, 28)}/20{rng.randint(15, 26)}",
    )
