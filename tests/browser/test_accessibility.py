"""axe-core on every kind of page, at 1280 px and 390 px: no serious or critical violation anywhere."""

import pytest

from casetracker.roles import ADMINISTRATOR, ATTORNEY, PARALEGAL
from devdata.demo import reference_case_load

from ..casetracker.factories import user_with_role
from .axe import serious_violations
from .conftest import WIDTHS

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

# (name, address, who signs in, status); {case} and {party} are the reference case's and its defendant's ids.
PAGES = [
    ("case-list", "/", PARALEGAL, 200),
    ("case-list-bad-filter", "/?court=zzz", PARALEGAL, 200),
    ("case-page", "/cases/{case}/", ATTORNEY, 200),  # an attorney's, with the Reports panel
    ("party", "/parties/{party}/", PARALEGAL, 200),
    ("calendar", "/calendar/", ATTORNEY, 200),
    ("import-upload", "/imports/upload/", ADMINISTRATOR, 200),
    ("admin-case-change", "/admin/cases/case/{case}/change/", ADMINISTRATOR, 200),
    ("admin-case-history", "/admin/cases/case/{case}/history/", ADMINISTRATOR, 200),
    ("error-404", "/cases/999999/", PARALEGAL, 404),
    ("error-403", "/reports/1/status.json", PARALEGAL, 403),  # a paralegal may not export
]


@pytest.fixture
def signed_in(reference_data, sign_in):
    """Sign a page in as a user of the given role (the administrator may use the admin)."""

    def sign_in_as(page, role):
        user = user_with_role(role.lower(), role, is_staff=role == ADMINISTRATOR)
        sign_in(page, user)

    return sign_in_as


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize(("name", "address", "role", "status"), PAGES, ids=[page[0] for page in PAGES])
def test_no_serious_or_critical_violation(sized_page, live_server, signed_in, width, name, address, role, status):
    """The page opens as expected and axe-core finds nothing serious or critical on it."""
    case = reference_case_load()
    party = case.case_parties.get(role="defendant").party
    page = sized_page(width)
    signed_in(page, role)
    response = page.goto(live_server.url + address.format(case=case.pk, party=party.pk))
    assert response.status == status, (name, response.status)
    violations = serious_violations(page, waive_select2=address.startswith("/admin/"))
    assert violations == [], f"{name} at {width} px:\n" + "\n".join(violations)
