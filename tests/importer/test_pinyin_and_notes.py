"""Chinese addresses' pinyin titles, countries named by titles, and one note per official.

From real pages: corpus 54 (christianadvocacynow.org, December 2011: "Wen Jiabao Guojia
Zongli", each official above his own sample note) and corpus 23 ("Zhao Kezhi Buzhang").
"""

from __future__ import annotations

from pathlib import Path

from ua_letters.importer import import_bytes
from ua_letters.importer.names import split_pinyin_title
from ua_letters.importer.places import title_country


def test_a_pinyin_office_after_the_name_is_cut_off_but_a_name_ending_in_shi_is_not() -> None:
    assert split_pinyin_title("Wen Jiabao Guojia Zongli") == ("Wen Jiabao", "Guojia Zongli")
    assert split_pinyin_title("Zhao Kezhi Buzhang") == ("Zhao Kezhi", "Buzhang")
    assert split_pinyin_title("Li Shi") == ("Li Shi", None)
    assert split_pinyin_title("Zongli Buzhang") == ("Zongli Buzhang", None)  # two words stay
    assert split_pinyin_title("Kubatbek Baibolov") == ("Kubatbek Baibolov", None)


def test_a_title_names_its_country_only_with_a_whole_country_name() -> None:
    assert title_country("Prime Minister of the People's Republic of China") == "CN"
    assert title_country("Presidente de la República de Guatemala") == "GT"
    assert title_country("Minister of Justice") is None
    assert title_country("Minister of Internal Affairs") is None


PAGE = Path(__file__).resolve().parents[1] / "fixtures" / "import" / "corpus" / (
    "54-christianadvocacynow-china-iran-2011-12.txt")


def test_each_official_above_his_own_note_is_found_with_its_opening() -> None:
    text = "\n".join(line for line in PAGE.read_text().split("\n") if not line.startswith("#"))
    ua = import_bytes(text.encode(), PAGE.name)
    china, iran = ua.recipients
    assert (china.name, china.title) == ("Wen Jiabao",
                                         "Prime Minister of the People's Republic of China")
    assert "pinyin" in china.checks["name"]
    assert (iran.name, iran.honorifics, iran.care_of) == (
        "Sadegh Larijani", ["Ayatollah"], "Public relations Office")
    assert iran.address == ["Number 4, 2 Azizi Street",
                            "Vali Asr Ave., above Pasteur Street intersection"]
    assert china.salutation == iran.salutation == {"en": "Your Excellency"}
    assert ua.country == "CN" and "titles" in ua.checks["ua.country"]
