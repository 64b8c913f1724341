"""The fifty-first review round's second re-review, part h (AN2, AN5 and AN6, 2026-12-06): a law
firm's "Abogados y notarios" ad read as an immigration consultant's (AN2); an NEMT company's own
drivers paid per trip read as an unknown name (AN5); layaway deposits and deposits refunded read
as revenue given up (AN6). Each expectation is worked out by hand from the readings the mends
quote, with the near names that must not move."""

from __future__ import annotations

from typing import Any

from .conftest import CONTRA, COST, OVERHEAD, answer_in, small_case
from .test_rules import _report


def _case(name: str, industry: str, lines: list[str]) -> dict[str, Any]:
    """A small profile of ``industry``, each line $10,000, beside Google Ads that brought its
    customers."""
    activities: list[dict[str, object]] = [{"name": n, "spend": 10000} for n in lines]
    activities.append({"name": "Google Ads", "spend": 10000})
    return small_case(name, industry, activities, {"google ads": 100})


def _law(report: Any, rule: str) -> dict[str, Any]:
    """One rule's findings by the line they name."""
    return {f.subject: f for f in report.findings if f.rule == rule}


# -- AN2: a lawyer's "abogados" and "notarios" are not an immigration consultant's titles --


def test_a_law_firms_abogados_y_notarios_ads_get_no_consultants_text() -> None:
    """AN2: Cal. Bus. & Prof. Code §22442.3(a) forbids an immigration consultant, and Gov. Code
    §8219.5 a notary, to call itself "notario"; §22442.2(c)(1) makes the consultant say it is
    no attorney. None of it binds a lawyer, and "say you are not an attorney" is false of one.
    So "Garcia Abogados" (a name that names lawyers) gets no BA120 on "Ads - 'Abogados y
    notarios'" nor on "Radio - 'Abogados de inmigracion, licenciados en derecho'"; nor does a
    business with a plain name whose ad says "abogados", "licenciados en derecho", "attorneys",
    "bufete" or "despacho jurídico" (the line itself names lawyers). Before the mend each of
    these ads was told the consultant's text."""
    ads = [
        "Ads - 'Abogados y notarios'",
        "Radio - 'Abogados de inmigracion, licenciados en derecho'",
    ]
    found = _law(_report(_case("Garcia Abogados", "legal", ads)), "BA120")
    assert not set(ads) & set(found)
    ads = [
        "Ads - 'Abogados y notarios'",
        "Radio - 'Licenciados en derecho, tramites de inmigracion'",
        "Ads - 'Immigration attorneys, notario publico services'",
        "Radio - 'Bufete Garcia, notarios'",
        "Ads - 'Despacho juridico, notaria'",
    ]
    found = _law(_report(_case("Garcia & Associates", "legal", ads)), "BA120")
    assert not set(ads) & set(found)
    # a name that says attorneys ("Garcia Attorneys") is a law firm's too
    ads = ["Radio ads - 'Notario publico'"]
    found = _law(_report(_case("Garcia Attorneys", "legal", ads)), "BA120")
    assert not set(ads) & set(found)
    # the near names that must not move: see _consultants_notario_still_warned_of
    _consultants_notario_still_warned_of()


def _consultants_notario_still_warned_of() -> None:
    """AN2's near names: a consultant's "Notario - consultas" and its ad "Ads - 'Notario publico,
    no somos abogados'" (a line that says it is no lawyer does not name one) still get the
    consultant's text; so does any notario line of "Notaria Publica Puente" (a consultant's
    name, no lawyer's), and of a business named "Not an attorney immigration services"."""
    lines = ["Notario - consultas", "Ads - 'Notario publico, no somos abogados'"]
    found = _law(_report(_case("Servicios Migratorios Esperanza", "legal", lines)), "BA120")
    assert "notario" in found["Notario - consultas"].message
    assert "notario" in found["Ads - 'Notario publico, no somos abogados'"].message
    lines = ["Radio ads - 'Notario publico, tramites de inmigracion'"]
    found = _law(_report(_case("Notaria Publica Puente", "legal", lines)), "BA120")
    assert "notario" in found[lines[0]].message
    found = _law(_report(_case("Not an attorney immigration services", "legal", lines)), "BA120")
    assert "notario" in found[lines[0]].message


# -- AN5: an NEMT company's own drivers paid by the trip are the trips' labour --


def test_an_nemt_companys_own_drivers_paid_per_trip_are_cost_of_sales() -> None:
    """AN5: the drivers of a transport company (declared medical) perform the trips it sells,
    so their pay, however priced, is direct labour (cost of sales), as "Driver pay per ride"
    and "Drivers wages" were read (AL12). "Drivers paid per trip", "$12 per trip to our
    drivers", "Per-trip pay to our drivers" and "Drivers paid per run" had read as unknown
    names (operations?, BA106). Near names that must not move: "Per-ride bonus to dispatchers"
    (its office staff: operations), "Per-trip fuel cost" (operations by 'fuel'), and the prices
    per trip paid to a facility's staff, which are no pay to its drivers and keep BA114's
    per-trip text (operations by 'staff', and a scheduler's bonus read by BA114)."""
    for name in (
        "Drivers paid per trip",
        "$12 per trip to our drivers",
        "Per-trip pay to our drivers",
        "Drivers paid per run",
        "Driver pay per ride",
    ):
        assert answer_in("medical", name) == COST, name
    for name in (
        "Per-ride bonus to dispatchers",
        "Per-trip fuel cost",
        "$20 per Medicaid trip paid to nursing home staff",
    ):
        assert answer_in("medical", name) == OVERHEAD, name
    paid = [
        "$20 per Medicaid trip paid to nursing home staff",
        "Bonus to SNF scheduler for each ride booked",
    ]
    lines = [*paid, "Drivers paid per trip", "$12 per trip to our drivers"]
    found = _law(_report(_case("CareRide Medical Transportation", "medical", lines)), "BA114")
    assert set(found) == set(paid)


# -- AN6: customers' deposits held and given back are customers' money, not revenue given up --


def test_layaway_deposits_and_deposits_refunded_are_customers_money() -> None:
    """AN6: a deposit a customer pays before the goods are delivered is a contract liability
    (ASC 606-10-45-2): not revenue, so neither a reduction of it (docs/domain.md's
    contra-revenue is "reductions of revenue"). "Layaway deposits" had read as contra-revenue
    by 'layaway', "Customer deposits refunded" by 'refunds', both taken off revenue. The held
    deposits now read as operations (so revenue stays whole); deposits refunded stay revenue
    given back, as the build corpus labels them (a small business that books a deposit as
    income when paid gives revenue back when it refunds it). BA116 names each: the layaway
    deposits as customers' money held ("in trust", its words now naming layaway), the refunded
    deposits as money given back, asking whether revenue counted them when taken. Near names
    that must not
    move: "Refunds" and "Layaway" alone stay contra-revenue; "Deposits forfeited" (deposits the
    business keeps, earned, or its own lost) and "Security deposit on office lease" (the
    business's own deposit, paid to its landlord) are no customers' money, and BA116 says
    nothing of them."""
    for name in ("Layaway deposits", "Customer deposits held"):
        assert answer_in("retail", name) == OVERHEAD, name
    for name in ("Customer deposits refunded", "Deposits refunded to customers"):
        assert answer_in("retail", name) == CONTRA, name
    assert answer_in("retail", "Refunds") == CONTRA
    assert answer_in("retail", "Layaway") == CONTRA
    held = ["Layaway deposits", "Customer deposits held"]
    back = ["Customer deposits refunded", "Deposits refunded to customers"]
    near = ["Deposits forfeited", "Security deposit on office lease"]
    found = _law(_report(_case("Main Street Furniture", "retail", [*held, *back, *near])), "BA116")
    assert set(found) == {*held, *back}
    for name in held:
        # the words since AU14 of the fifty-fourth round's re-review (2026-12-07): a customer's
        # payment before the goods are taken is named a contract liability alone, with no
        # trust or telemarketing law beside it
        assert "layaway payments): a contract liability" in found[name].message, name
        assert "(ASC 606-10-45-2)" in found[name].message, name
    for name in back:
        message = found[name].message
        assert "customers' deposits given back" in message, name
        assert "did the revenue you gave count these deposits" in found[name].advice, name
