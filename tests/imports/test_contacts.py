"""Attorney contact blocks and role flags, as PACER prints them."""

import datetime

from imports.contacts import contact_parse, roles_parse


def test_firm_address_phone_fax_and_email_are_told_apart():
    """The first line is the firm, the labelled lines go to their fields, the rest is the address."""
    contact = contact_parse(
        "Doniger Law Firm\n300 Corporate Pointe Suite 355\nCulver City , CA 90230\n310-570-1820\n"
        "Fax: 310-417-3538\nEmail: scott@donigerlawfirm.com\n"
    )
    assert contact.firm == "Doniger Law Firm"
    assert contact.address == "300 Corporate Pointe Suite 355\nCulver City , CA 90230"
    assert (contact.phone, contact.fax, contact.email) == ("310-570-1820", "310-417-3538", "scott@donigerlawfirm.com")


def test_pro_se_contact_has_no_firm():
    """A party acting for itself gives its own address: nothing there is a firm."""
    contact = contact_parse("Monroe County Correctional Facility\n4 Church Street\nPRO SE\n")
    assert contact.firm == ""
    assert contact.address == "Monroe County Correctional Facility\n4 Church Street"


def test_a_block_that_starts_with_the_street_has_no_firm():
    """A number or a P.O. Box on the first line begins the address."""
    assert contact_parse("P.O. Box 7369\nWashington, DC 20044\n").firm == ""
    assert contact_parse("6580 Avenida Mirola\nLa Jolla, CA 92037\n(858) 263-9581\n").phone == "(858) 263-9581"


def test_an_email_that_is_not_one_stays_in_the_address():
    """A malformed email is not lost, and not stored where a valid address is expected."""
    contact = contact_parse("Acme LLP\nEmail: not an address\n")
    assert contact.email == "" and contact.address == "Email: not an address"


def test_role_flags_termination_and_designation():
    """Lead, to be noticed, pro hac vice, the termination date and the designation are read."""
    roles = roles_parse(["TERMINATED: 06/22/2009", "LEAD ATTORNEY", "PRO HAC VICE", "Designation: CJA Appointment"])
    assert (roles.is_lead, roles.to_be_noticed, roles.pro_hac_vice) == (True, False, True)
    assert (roles.date_terminated, roles.designation) == (datetime.date(2009, 6, 22), "CJA Appointment")
