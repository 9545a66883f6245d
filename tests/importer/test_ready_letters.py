"""A ready letter's form and the headings of other languages' appeals.

Amnesty Germany's "Musterbriefe" put the writer's form fields ("ABSENDER (INKL. EIGENER
ANSCHRIFT)", "DATUM") between the page's heading and the addressee; Amnesty Spain writes
"Envía los llamamientos a:" above the officials (pages 59 and 61 of the corpus).
"""

from __future__ import annotations

from ua_letters.importer import import_bytes
from ua_letters.importer.letteractions import actions_from_letter
from ua_letters.importer.lines import Kind, classify, classify_line
from ua_letters.importer.meta import read_meta

MUSTERBRIEF = """Sektion der Bundesrepublik Deutschland

Musterbriefe

UA-313/2014 Verschwindenlassen - Syrien. Appelle bis 27. Januar 2015

ABSENDER (INKL. EIGENER ANSCHRIFT)

DATUM

Bashar Ja'afari
Ambassador Extraordinary and Plenipotentiary
820 Second Avenue, 15th Floor
New York, NY 10017
USA

Salaheddin al-Tabbaa

Exzellenz,

mit großem Bedauern habe ich erfahren, dass er "verschwunden" ist.

Ich fordere Sie höflich auf, seinen Verbleib bekanntzugeben. Bitte gewähren Sie ihm \
unverzüglich Zugang zu seiner Familie.

Mit freundlichen Grüßen

UNTERSCHRIFT
"""


def test_the_form_fields_are_never_an_address() -> None:
    for text in ("ABSENDER (INKL. EIGENER ANSCHRIFT)", "DATUM", "UNTERSCHRIFT", "Nom :",
                 "Signature :"):
        assert classify_line(1, text).kind is Kind.instruction, text
    assert classify_line(1, "Datumstraße 4").kind is not Kind.instruction


def test_the_addressee_of_a_ready_letter_is_below_its_form_fields() -> None:
    ua = import_bytes(MUSTERBRIEF.encode(), "musterbrief.txt")
    assert [r.name for r in ua.recipients] == ["Bashar Ja'afari"]
    official = ua.recipients[0]
    assert official.title == "Ambassador Extraordinary and Plenipotentiary"
    assert official.address == ["820 Second Avenue, 15th Floor", "New York, NY 10017", "USA"]
    assert official.salutation == {"de": "Exzellenz"}


def test_the_heading_gives_the_deadline_and_the_country() -> None:
    header = read_meta(classify(MUSTERBRIEF), "de")
    assert str(header.deadline) == "2015-01-27"  # "Appelle bis 27. Januar 2015"
    assert header.country == "SY"  # "… Verschwindenlassen - Syrien.", not the New York address


def test_polite_and_imperative_german_requests() -> None:
    found = [action for _, action in actions_from_letter(classify(MUSTERBRIEF))]
    assert found == ["Seinen Verbleib bekanntzugeben.",
                     "Gewähren Sie ihm unverzüglich Zugang zu seiner Familie."]


def test_the_spanish_heading_above_the_officials() -> None:
    assert classify_line(1, "Envía los llamamientos a:").kind is Kind.appeals_to
    assert classify_line(1, "Envíen sus llamamientos a:").kind is Kind.appeals_to
    assert classify_line(1, "Envía tu carta hoy").kind is not Kind.appeals_to


ACTION_ALERT = """We ask that you send a letter to the Minister.

If you would like to send a letter to Kevin Rudd please send to this address:

Hon Kevin Rudd MP
Minister for Foreign Affairs
PO Box 6022
House of Representatives
Parliament House
Canberra ACT 2600

To use a pre-written letter and read more on the action please visit the online action page at

No comments:

Post a Comment
"""


def test_an_address_below_send_to_this_address_and_the_prose_below_it() -> None:
    # page 63: Amnesty Australia's action on a campaigners' blog
    line = "If you would like to send a letter to Kevin Rudd please send to this address:"
    assert classify_line(1, line).kind is Kind.appeals_to
    ua = import_bytes(ACTION_ALERT.encode(), "alert.txt")
    [minister] = ua.recipients
    assert (minister.name, minister.honorifics) == ("Kevin Rudd", ["Hon"])
    assert minister.title == "Minister for Foreign Affairs"
    assert minister.address == ["PO Box 6022", "House of Representatives", "Parliament House",
                                "Canberra ACT 2600"]  # never the sentence below it


def test_an_official_on_one_line_is_not_a_sentence() -> None:
    from ua_letters.importer.blocks import _is_sentence

    assert _is_sentence("To use a pre-written letter and read more on the action please "
                        "visit the online action page at")
    assert not _is_sentence("U Go Kyin Paung, Warden of Kale Prison, Sagaing Division, Union "
                            "of Myanmar.")  # page 57
    assert not _is_sentence("Office of the President of the Azerbaijan Republic")
    assert not _is_sentence("Head of the Department for the Execution of Punishments of the "
                            "Ministry of Justice")  # a long title, after a blank line


def test_the_bullets_under_the_pages_own_request_are_its_actions() -> None:
    # page 63: no PLEASE WRITE line; Word's Symbol bullets (U+F0B7) under the lead
    page = ("In these letters we are calling on the Australian Government to:\n"
            "\uf0b7 Appeal to those involved in the hostilities not to target civilians;\n"
            "\uf0b7 Continue pressure on the authorities to release all political prisoners\n"
            "\n" + ACTION_ALERT)
    ua = import_bytes(page.encode(), "alert.txt")
    assert ua.actions == [
        "Appeal to those involved in the hostilities not to target civilians;",
        "Continue pressure on the authorities to release all political prisoners",
    ]
    assert "check them" in ua.checks["actions"]
    plain = page.replace("we are calling on the Australian Government to:", "the facts:")
    assert import_bytes(plain.encode(), "alert.txt").actions == []  # bullets that ask nothing
