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

    Team and screens are read as subqueries of the same statement, so the rule costs no query of its own. It is
    built once per user object, as Django reads permissions: the subqueries are run by each statement that uses
    them, so a screen added since still counts; only the user's own flags and permissions are taken as read.
    """
    if hasattr(user, "_case_rule"):
        return user._case_rule
    rule = None
    if user.is_active and user.has_perm(VIEW_CASE):
        rule = Q()
        for hidden in hidden_case_ids(user):
            rule &= ~Q(pk__in=hidden)
    user._case_rule = rule
    return rule


def hidden_case_ids(user) -> list[models.QuerySet]:
    """Subqueries of the ids of the cases hidden from a user who holds the view permission: the cases they are
    screened from, and the restricted cases whose team they are not on; none for a superuser.

    Written on the id alone, as the ids of the few restricted cases whose team the user is not on, so that
    counting cases stays an index-only scan: a test of the access column would read each case's row.
    """
    if user.is_superuser:
        return []
    hidden = [apps.get_model("cases", "Screen").objects.filter(user_id=user.pk).values("case_id")]
    if not user.has_perm(RESTRICTED_PERMISSION):
        case_model = apps.get_model("cases", "Case")
        team = apps.get_model("cases", "MatterMember").objects.filter(user_id=user.pk).values("case_id")
        hidden.append(case_model.objects.filter(access="team").exclude(pk__in=team).values("pk"))
    return hidden


def hidden_case_count(user) -> int:
    """How many cases are hidden from a user who holds the view permission (see ``hidden_case_ids``). Read once
    per user object, as Django reads permissions: a request's user asks once however often the page needs it."""
    if not hasattr(user, "_hidden_case_count"):
        first, *rest = hidden_case_ids(user) or [None]
        # A union of the few ids, each set read from its own index; not a scan of every case testing each.
        count = 0 if first is None else first.order_by().union(*(ids.order_by() for ids in rest)).count()
        user._hidden_case_count = count
    return user._hidden_case_count


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

    def of_case(self, user, case):
        """The rows of ``case``, a case already read through the rule for this user (``case_get``): the model's
        view permission, and that case. The rule is not tested a second time, so the page of a case the user may
        see does not pay for it in every panel's query."""
        if not user.has_perm(view_permission(self.model)):
            return self.none()
        return self.filter(**{self.case_path: case})

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
