"""Who may see which cases: the one rule that every read of case data goes through.

A user with the view permission sees every case open to the firm, the restricted cases whose team they
are on (Administrators, who hold ``RESTRICTED_PERMISSION``, see every restricted case), and never a case
they are screened from. A screen beats team membership and the Administrator role; only a superuser
passes it, and ``cases.walls`` logs each such view.

Rows that belong to a case (its parties' roles, its docket, its reports, its imports) are scoped
through their path to the case, so the rule is written once and every queryset, page, export and admin
list starts from it: ``Model.objects.for_user(user)``.
"""

from django.apps import apps
from django.db import models
from django.db.models import Exists, OuterRef, Q

VIEW_CASE = "cases.view_case"
RESTRICTED_PERMISSION = "cases.access_restricted_case"


def case_rule(user) -> Q | None:
    """The cases the user may see, as a filter on Case: None for no case at all, an empty Q for every case.

    Team and screens are read as subqueries of the same statement, so the rule costs no query of its own.
    """
    if not (user.is_active and user.has_perm(VIEW_CASE)):
        return None
    if user.is_superuser:
        return Q()
    screened = apps.get_model("cases", "Screen").objects.filter(user_id=user.pk).values("case_id")
    rule = ~Q(pk__in=screened)
    if not user.has_perm(RESTRICTED_PERMISSION):
        # Written on the id alone, as the ids of the few restricted cases whose team the user is not on, so that
        # counting cases stays an index-only scan: a test of the access column would read each case's row.
        case_model = apps.get_model("cases", "Case")
        team = apps.get_model("cases", "MatterMember").objects.filter(user_id=user.pk).values("case_id")
        rule &= ~Q(pk__in=case_model.objects.filter(access="team").exclude(pk__in=team).values("pk"))
    return rule


def visible_cases(user) -> models.QuerySet:
    case_model = apps.get_model("cases", "Case")
    rule = case_rule(user)
    return case_model.objects.none() if rule is None else case_model.objects.filter(rule)


def view_permission(model: type[models.Model]) -> str:
    return f"{model._meta.app_label}.view_{model._meta.model_name}"


class CaseQuerySet(models.QuerySet):
    def for_user(self, user):
        """The cases this user may see."""
        rule = case_rule(user)
        return self.none() if rule is None else self.filter(rule)


class CaseOwnedQuerySet(models.QuerySet):
    """Rows that belong to a case, reached from the row through ``case_path``."""

    case_path = "case"

    def for_user(self, user):
        """The rows the user may see: the model's view permission, and a case the user may see."""
        rule = case_rule(user)
        if rule is None or not user.has_perm(view_permission(self.model)):
            return self.none()
        if not rule:  # every case: no join needed
            return self
        return self.filter(**{f"{self.case_path}__in": visible_cases(user)})

    @classmethod
    def through(cls, path: str) -> type["CaseOwnedQuerySet"]:
        """The same queryset for a model that reaches its case through ``path`` ("entry__case")."""
        return type(cls.__name__, (cls,), {"case_path": path, "__module__": cls.__module__})


class PartyQuerySet(models.QuerySet):
    """Parties belong to no one case: a party is visible in any case the user may see, or in none yet."""

    def for_user(self, user):
        rule = case_rule(user)
        if rule is None or not user.has_perm(view_permission(self.model)):
            return self.none()
        if not rule:
            return self
        roles = apps.get_model("cases", "CaseParty").objects.filter(party=OuterRef("pk"))
        return self.filter(Exists(roles.filter(case__in=visible_cases(user))) | ~Exists(roles))
