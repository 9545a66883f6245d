"""The UA's country on every real page: the country the case concerns, or none at all.

A wrong country is worse than none: it chooses the country code added to a number written
without one, the Cyrillic offered for names, and the state in the officials' titles. The
header ("Document - Kyrgyzstan:", AIUSA's "(Russian Federation: UA 82.20)") names it, else the
officials at home do (their addresses, titles, else their numbers written in full when they
all agree: page 13's prosecutor, "Fax: (00 202) 2577 4716", is in Egypt); an embassy in
Washington or Berlin is abroad and never gives it (pages 01, 02, 07, 08, 17, 19, 21 and 31
were read as US, BE or DE before that rule).
"""

from __future__ import annotations

import pytest

from tests.drafting.render_scores import CORPUS, imported_draft
from ua_letters.importer import DocumentError

# Read by hand from each page; None where the page excerpt names no country we could trust.
COUNTRY = {
    "01-aiusa-kyrgyzstan-61-20": "KG", "02-aiusa-egypt-132-19-update": "EG",
    "03-aiusa-egypt-90-23": "EG", "04-aiusa-egypt-16-20": "EG", "05-aiusa-egypt-80-23": "EG",
    "06-aiusa-egypt-87-23": "EG", "07-aiusa-iran-103-22": "IR",
    "08-aiusa-iran-83-21-update": "IR", "11-amnesty-org-kyrgyzstan-fi-135-10": "KG",
    "13-amnesty-de-letter-egypt-en": "EG",  # from the prosecutor's fax, +20
    "14-amnesty-de-letter-texas-en": "US",
    "15-smu-alabama-arthur": "US",  # from the governor's fax, +1 334
    "16-amnesty-uk-russia-112-19": "RU",
    "17-aiusa-russia-112-19": "RU", "18-aiusa-russia-40-23": "RU", "19-aiusa-russia-82-20": "RU",
    "20-aiusa-saudi-112-21": "SA", "21-aiusa-saudi-60-22": "SA",
    "23-amnesty-uk-china-235-17-update": "CN", "24-aiusa-belarus-147-20": "BY",
    "25-aiusa-belarus-85-21-update": "BY", "27-de-kirchheim-georgia-2025-11": "GE",
    "28-de-kirchheim-eritrea-2025-09": "ER", "29-de-kirchheim-alabama-2021-06": "US",
    "32-de-kirchheim-japan-2026-01": "JP", "34-de-kirchheim-vietnam-2025-12": "VN",
    "35-de-kirchheim-usa-2024-08": "US", "36-de-kirchheim-mexico-2025-10": "MX",
    "37-fr-acat-pakistan-2019-11": "PK", "38-it-gliocchidiatget-russia-navalny": "RU",
    "42-amnesty-sk-belarus-pratasevich": "BY", "43-chinesepen-china-2014": "CN",
    "44-amnesty-org-mexico-amr-41-026-1996": "MX", "45-nabnyc-mexico-atenco-letter": "MX",
    "46-amnesty-ru-sentsov-fsin-letter": "RU", "47-aiusa-mexico-47-24": "MX",
    "48-rau-es-mexico-47-24": "MX", "52-it-duepuntozeno-russia-pussy-riot": "RU",
    "54-christianadvocacynow-china-iran-2011-12": "CN",
    "56-amnesty-org-czech-uzbekistan-fi-305-01": "CZ",
    "57-essaydocs-myanmar-gambira-letter": "MM",
    "59-amnesty-de-musterbrief-syria-azerbaijan-2014": "SY",  # "… - Syrien."; the UN, New York
    "61-es-porcuba-usa-guantanamo-2006": "US",
}
# The state these pages concern, left unread (an honest gap): never another one.
UNREAD = {
    "09-amnesty-ie-iran-djalali": "IR", "10-mailarchive-iran-ua-17-08": "IR",
    "12-khpg-kyrgyzstan-askarov": "KG", "22-blog-iran-fi-301-06": "IR",
    "26-amnestycanterbury-belarus-chad": "BY", "30-de-kirchheim-chile-2021-07": "CL",
    "31-de-kirchheim-saudi-2020-05": "SA", "39-uach-iran-fi-103-22-4": "IR",
    "40-ecamnesty-china-fi-311-09": "CN", "41-eponymistuk-belarus-letter": "BY",
    "49-de-miesbach-usa-2017-10": "US", "50-de-miesbach-saudi-2025-04": "SA",
    "55-echidne-sudan-2005-02": "SD",  # the official is the writer's own (US) government
    "60-fr-doczz-strasbourg-uae-letter-2016": "AE",
    "62-fr-kelpolitique-usa-guantanamo-2007": "US",  # pages 60 and 62 do not import yet
    "63-amnesty-au-nsw-burma-rudd-2010": "MM",  # written to the writers' own (AU) minister
}


@pytest.mark.parametrize("stem", sorted(COUNTRY))
def test_the_country_is_read(stem: str) -> None:
    draft = imported_draft(CORPUS / f"{stem}.txt")
    assert draft["ua"].get("country") == COUNTRY[stem]


@pytest.mark.parametrize("stem", sorted(UNREAD))
def test_an_unread_country_is_never_another(stem: str) -> None:
    try:
        draft = imported_draft(CORPUS / f"{stem}.txt")
    except DocumentError:  # a page that does not import reads no country
        return
    assert draft["ua"].get("country") in (None, UNREAD[stem])
