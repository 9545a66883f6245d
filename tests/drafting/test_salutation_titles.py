"""What a salutation says about the official's title, and the salutation a title asks for."""

from __future__ import annotations

from tests.drafting.render_scores import CORPUS, imported_draft
from ua_letters.case.model import Recipient, Role
from ua_letters.importer.roles import choose_role, title_from_salutation


def test_a_salutation_to_a_rank_gives_no_title() -> None:
    """"Dear Ambassador" addresses a rank that a permanent representative to the UN holds
    too: no title is made of it, but the role (and so the other languages' salutation)
    still follows it."""
    assert title_from_salutation("Dear Ambassador") is None
    assert title_from_salutation("Dear Madam Ambassador") is None
    assert title_from_salutation("Dear President") == "President"
    role, _ = choose_role(None, "Dear Ambassador", ["H.E."],
                          "Permanent Mission of the Islamic Republic of Iran")
    assert role is Role.ambassador


def test_iran_s_permanent_representative_gets_no_ambassador_title() -> None:
    for page in ("07-*.txt", "08-*.txt"):
        recipients = imported_draft(next(CORPUS.glob(page)))["recipients"]
        mission = [r for r in recipients
                   if r.get("name", {}).get("latn") == "Majid Takht Ravanchi"]
        assert len(mission) == 1, page
        assert mission[0].get("title") is None, page
        assert mission[0]["role"] == "ambassador", page
        assert mission[0]["salutation"] == {"en": "Dear Ambassador"}, page


def _prosecutor(**extra: object) -> Recipient:
    return Recipient.model_validate(
        {"role": "general_prosecutor", "gender": "male", "address": ["x"],
         "name": {"latn": "Igor Krasnov", "cyrl": "Игорь Краснов"}} | extra)


def test_the_english_salutation_follows_the_title_s_wording() -> None:
    from ua_letters.compose.salutations import salutation

    ordered = _prosecutor(title={"en": "Prosecutor General of the Russian Federation"})
    assert salutation(ordered, "en", "Krasnov") == "Dear Prosecutor General"
    hyphen = _prosecutor(title={"en": "H.E. Prosecutor-General of Ukraine"})
    assert salutation(hyphen, "en", "Krasnov") == "Dear Prosecutor General"
    assert salutation(_prosecutor(title={"en": "General Prosecutor"}), "en",
                      "Krasnov") == "Dear General Prosecutor"
    assert salutation(_prosecutor(), "en", "Krasnov") == "Dear General Prosecutor"
    # not an office title that only begins like one
    assert salutation(_prosecutor(title={"en": "Prosecutor Generally Known"}), "en",
                      "Krasnov") == "Dear General Prosecutor"
    attorney = _prosecutor(title={"en": "Attorney General of Guatemala"}, gender="female")
    assert salutation(attorney, "en", "Porras") == "Dear Attorney General"
    assert salutation(attorney, "es", "Porras") == "Señora Fiscal General"
    # the other languages write the office their own way, whatever the English order
    assert salutation(ordered, "ru", "Краснов") == "Уважаемый господин Генеральный прокурор"
    assert salutation(ordered, "fr", "Krasnov") == "Monsieur le Procureur général"
    woman = _prosecutor(title={"en": "Prosecutor General"}, gender="female")
    assert salutation(woman, "de", "Krasnova") == "Sehr geehrte Frau Generalstaatsanwältin"


def test_a_salutation_the_ua_gives_stays() -> None:
    """The seed UA (Kyrgyzstan) writes its own "Dear General Prosecutor"."""
    from pathlib import Path

    import yaml

    from ua_letters.case.model import Case
    from ua_letters.compose.salutations import salutation

    seed = Path(__file__).resolve().parents[2] / "examples" / "askarov.yaml"
    case = Case.model_validate(yaml.safe_load(seed.read_text(encoding="utf-8")))
    prosecutor = next(r for r in case.recipients if r.role == Role.general_prosecutor)
    assert salutation(prosecutor, "en", "Ibraev") == "Dear General Prosecutor"
    given = _prosecutor(title={"en": "Prosecutor General"},
                        salutation={"en": "Dear General Prosecutor"})
    assert salutation(given, "en", "Krasnov") == "Dear General Prosecutor"
