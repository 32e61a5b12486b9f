"""The court rules and national days of mourning the catalogue starts with. Administrators edit both.

Sources (text and effective dates):
- Fed. R. Civ. P. 4(m), 12(a), 15(a)(3), 26(f)(1), 50(b), 52(b), 54(d)(2)(B), 59(b) and (e), as published by the
  Legal Information Institute (law.cornell.edu/rules/frcp) with the Advisory Committee Notes: the time-computation
  amendments of December 1, 2009 turned 10-day periods into 14 (Rules 12(a)(4), 15(a)(3)) or 28 (Rules 50(b),
  52(b), 59(b) and (e)) and 20 days into 21 (Rule 12(a)(1)(A)(i)); the amendments of December 1, 2015 cut Rule
  4(m)'s 120 days to 90.
- Fed. R. App. P. 4(a)(1)(A) and (B) (30 days; 60 when the United States, its agency or officer is a party) and
  10(b)(1) (10 days before December 1, 2009, 14 since), law.cornell.edu/rules/frap.
- N.D. Cal. Civil L.R. 7-3(a) and (c), cand.uscourts.gov/rules/civil-local-rules: an opposition within 14 days
  after the motion is filed, a reply within 7 days after the opposition is due. Earlier versions of L.R. 7-3
  counted back from the hearing date; their dates are not entered here.
- Days of mourning: the executive orders closing the executive departments on December 5, 2018 (President
  George H. W. Bush) and January 9, 2025 (President Jimmy Carter), entered as days declared a holiday by the
  President (Rule 6(a)(6)(B)); the federal courts closed on both days.
"""

from datetime import date

from django.db import migrations

FRCP, FRAP = "Fed. R. Civ. P.", "Fed. R. App. P."
AMENDED_2009, AMENDED_2015 = date(2009, 12, 1), date(2015, 12, 1)
BEFORE_2009, BEFORE_2015 = date(2009, 11, 30), date(2015, 11, 30)

# key, citation, title, trigger, period, in force from, until, condition, Rule 6(d), later of original, direction
RULES = [
    ("frcp-4-m", f"{FRCP} 4(m)", "Serve the summons and complaint", "complaint", 120, None, BEFORE_2015),
    ("frcp-4-m", f"{FRCP} 4(m)", "Serve the summons and complaint", "complaint", 90, AMENDED_2015, None),
    ("frcp-12-a-1-A-i", f"{FRCP} 12(a)(1)(A)(i)", "Answer due", "served", 20, None, BEFORE_2009, "not_us_served"),
    ("frcp-12-a-1-A-i", f"{FRCP} 12(a)(1)(A)(i)", "Answer due", "served", 21, AMENDED_2009, None, "not_us_served"),
    ("frcp-12-a-1-A-ii", f"{FRCP} 12(a)(1)(A)(ii)", "Answer due after waiver", "waiver_sent", 60, None, None,
     "not_abroad"),
    ("frcp-12-a-1-A-ii-abroad", f"{FRCP} 12(a)(1)(A)(ii)", "Answer due after waiver sent abroad", "waiver_sent", 90,
     None, None, "abroad"),
    ("frcp-12-a-2-3", f"{FRCP} 12(a)(2), (3)", "Answer due (United States)", "served", 60, None, None, "us_served"),
    ("frcp-12-a-4-A", f"{FRCP} 12(a)(4)(A)", "Responsive pleading after Rule 12 motion denied", "rule12_denied", 10,
     None, BEFORE_2009, "any", True),
    ("frcp-12-a-4-A", f"{FRCP} 12(a)(4)(A)", "Responsive pleading after Rule 12 motion denied", "rule12_denied", 14,
     AMENDED_2009, None, "any", True),
    ("frcp-15-a-3", f"{FRCP} 15(a)(3)", "Response to amended pleading", "amended_pleading", 10, None, BEFORE_2009,
     "any", True, True),
    ("frcp-15-a-3", f"{FRCP} 15(a)(3)", "Response to amended pleading", "amended_pleading", 14, AMENDED_2009, None,
     "any", True, True),
    ("frcp-26-f", f"{FRCP} 26(f)(1)", "Rule 26(f) conference of the parties", "scheduling_conference", 21, None,
     None, "any", False, False, "before"),
    ("frcp-50-52-59", f"{FRCP} 50(b), 52(b), 59(b), (e)",
     "Renewed judgment as a matter of law, amended findings, new trial, or to alter or amend the judgment",
     "judgment", 10, None, BEFORE_2009),
    ("frcp-50-52-59", f"{FRCP} 50(b), 52(b), 59(b), (e)",
     "Renewed judgment as a matter of law, amended findings, new trial, or to alter or amend the judgment",
     "judgment", 28, AMENDED_2009, None),
    ("frcp-54-d-2-B", f"{FRCP} 54(d)(2)(B)", "Motion for attorney's fees", "judgment", 14, None, None),
    ("frap-4-a-1-A", f"{FRAP} 4(a)(1)(A)", "Notice of appeal", "judgment", 30, None, None, "not_us_party"),
    ("frap-4-a-1-B", f"{FRAP} 4(a)(1)(B)", "Notice of appeal (United States a party)", "judgment", 60, None, None,
     "us_party"),
    ("frap-10-b-1", f"{FRAP} 10(b)(1)", "Order the transcript", "notice_of_appeal", 10, None, BEFORE_2009),
    ("frap-10-b-1", f"{FRAP} 10(b)(1)", "Order the transcript", "notice_of_appeal", 14, AMENDED_2009, None),
]  # fmt: skip
LOCAL_RULES = [  # N.D. Cal.: the reply is counted from the day the opposition is due
    ("ndcal-7-3-a", "N.D. Cal. Civ. L.R. 7-3(a)", "Opposition to the motion", "motion_filed", 14),
    ("ndcal-7-3-c", "N.D. Cal. Civ. L.R. 7-3(c)", "Reply in support of the motion", "rule_deadline", 7),
]
CLOSURES = [
    (date(2018, 12, 5), "National Day of Mourning for President George H. W. Bush"),
    (date(2025, 1, 9), "National Day of Mourning for President Jimmy Carter"),
]
OPTIONAL = ("any", False, False, "after")  # condition, Rule 6(d), later of original, direction, when left out
SOURCE = "See deadlines/migrations/0002_seed_rules.py for the text and dates of this version."


def seed(apps, schema_editor):
    rule_model = apps.get_model("deadlines", "CourtRule")
    for row in RULES:
        key, citation, title, trigger, period, start, end, *more = row
        condition, service_days, later, direction = (*more, *OPTIONAL[len(more) :])
        rule_model.objects.get_or_create(
            key=key,
            in_force_from=start,
            defaults=dict(
                citation=citation, title=title, trigger=trigger, period=period, in_force_until=end,
                condition=condition, service_days=service_days, later_of_original=later, direction=direction,
                source=SOURCE,
            ),
        )  # fmt: skip
    local_rules_seed(apps)
    closure_model = apps.get_model("deadlines", "CourtClosure")
    for day, name in CLOSURES:
        closure_model.objects.get_or_create(date=day, court=None, defaults={"kind": "declared", "name": name})


def local_rules_seed(apps):
    rule_model, court_model = apps.get_model("deadlines", "CourtRule"), apps.get_model("cases", "Court")
    court = court_model.objects.filter(pk="cand").first()
    if court is None:
        return
    opposition = None
    for key, citation, title, trigger, period in LOCAL_RULES:
        opposition, _ = rule_model.objects.get_or_create(
            key=key,
            in_force_from=None,
            defaults=dict(
                citation=citation, title=title, trigger=trigger, period=period, court=court, source=SOURCE,
                follows=opposition if trigger == "rule_deadline" else None,
            ),
        )  # fmt: skip


class Migration(migrations.Migration):
    dependencies = [("deadlines", "0001_initial"), ("cases", "0007_court_time_zones_and_attorney_users")]
    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
