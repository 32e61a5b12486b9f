"""Seed the catalogue with the causes most often pleaded in commercial and privacy cases."""

from django.db import migrations

CAUSES = [
    ("Breach of contract", "", "A valid contract, the plaintiff's performance, the defendant's breach, and resulting damage."),
    ("Breach of the implied covenant of good faith and fair dealing", "", "Conduct that frustrates the other party's right to the benefits of the contract."),
    ("Unjust enrichment", "", "A benefit conferred on the defendant and retained at the plaintiff's expense, unjustly."),
    ("Fraud", "", "A knowingly false representation, intended to induce reliance, justifiably relied upon, causing damage."),
    ("Negligent misrepresentation", "", "A false representation made without reasonable grounds for believing it true."),
    ("Negligence", "", "A duty of care, its breach, causation and damages."),
    ("Intrusion upon seclusion", "Restatement (Second) of Torts § 652B", "An intentional and highly offensive intrusion into a private place, conversation or matter."),
    ("California Unfair Competition Law (UCL)", "Cal. Bus. & Prof. Code § 17200 et seq.", "Any unlawful, unfair or fraudulent business act or practice."),
    ("California False Advertising Law (FAL)", "Cal. Bus. & Prof. Code § 17500 et seq.", "Untrue or misleading advertising."),
    ("California Consumers Legal Remedies Act (CLRA)", "Cal. Civ. Code § 1750 et seq.", "Unfair methods of competition and deceptive acts in consumer transactions."),
    ("California Invasion of Privacy Act (CIPA)", "Cal. Penal Code § 630 et seq.", "Eavesdropping on or recording confidential communications without consent."),
    ("California Consumer Privacy Act (CCPA)", "Cal. Civ. Code § 1798.150", "Unauthorized access to nonencrypted personal information from a failure to keep reasonable security."),
    ("Stored Communications Act (SCA)", "18 U.S.C. § 2701 et seq.", "Unauthorized access to stored communications, or their disclosure by a provider (§ 2702)."),
    ("Federal Wiretap Act (ECPA)", "18 U.S.C. § 2511", "Intentional interception or disclosure of wire, oral or electronic communications."),
    ("Computer Fraud and Abuse Act (CFAA)", "18 U.S.C. § 1030", "Accessing a protected computer without authorization or beyond authorized access."),
    ("Video Privacy Protection Act (VPPA)", "18 U.S.C. § 2710", "Knowing disclosure of a consumer's video-viewing history."),
    ("Telephone Consumer Protection Act (TCPA)", "47 U.S.C. § 227", "Calls or texts made with an autodialer or prerecorded voice without consent."),
    ("Illinois Biometric Information Privacy Act (BIPA)", "740 ILCS 14/1 et seq.", "Collecting or disclosing biometric identifiers without notice and written consent."),
    ("Defend Trade Secrets Act (DTSA)", "18 U.S.C. § 1836", "Misappropriation of a trade secret related to interstate commerce."),
    ("Lanham Act false advertising", "15 U.S.C. § 1125(a)", "False or misleading statements of fact in commercial advertising."),
    ("Sherman Act § 1", "15 U.S.C. § 1", "A contract, combination or conspiracy in unreasonable restraint of trade."),
    ("Declaratory judgment", "28 U.S.C. § 2201", "A declaration of the parties' rights in an actual controversy."),
]


def seed(apps, schema_editor):
    cause_model = apps.get_model("cases", "CauseOfAction")
    for name, statute, description in CAUSES:
        cause_model.objects.get_or_create(name=name, defaults={"statute": statute, "description": description})


def unseed(apps, schema_editor):
    apps.get_model("cases", "CauseOfAction").objects.filter(name__in=[name for name, *_ in CAUSES], claims=None).delete()


class Migration(migrations.Migration):
    dependencies = [("cases", "0002_load_federal_courts")]
    operations = [migrations.RunPython(seed, unseed)]
