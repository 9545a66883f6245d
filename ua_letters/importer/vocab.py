"""The words the importer recognises, kept apart from the code that uses them.

Real UAs spell their labels and section headings in many ways. Keeping every spelling
here, as plain data, means a new variant is a one-line change that needs no parser
knowledge. How stories name people, per language, is in storywords.py.
"""

from __future__ import annotations

# The languages UAs come in; those whose country names addresses use besides English
# (CLDR, in this order); those written in Cyrillic.
UA_LANGUAGES = ("en", "de", "fr", "es", "ru", "it")
ADDRESS_LANGUAGES = ("es", "fr", "de", "ru")
CYRILLIC_LANGUAGES = frozenset({"ru", "ky"})

# Canonical contact label -> spellings (case-insensitive). Spellings in NEEDS_COLON are
# too short or too common to count as labels unless a colon follows them.
LABELS: dict[str, tuple[str, ...]] = {
    "phone_fax": (
        "tel/fax", "tel./fax", "tel / fax", "phone/fax", "phone / fax", "telephone/fax",
        "tel-fax", "tel & fax", "tel and fax", "phone & fax", "ph/fax", "t/f",
    ),
    "fax": ("fax number", "fax no.", "fax no", "facsimile", "faxes", "fax", "f", "telefax",
            "télécopie", "факс"),
    "phone": ("telephone", "phone", "tel.", "tel", "ph", "mobile", "t", "teléfono", "telefono",
              "téléphone", "telefon", "телефон", "тел.", "тел"),
    "email": ("e-mail", "e mail", "email", "mail", "e", "correo electrónico", "correo-e",
              "courriel", "электронная почта", "эл. почта"),
    "twitter": ("twitter/x", "x/twitter", "twitter", "x"),
    "facebook": ("facebook", "fb"),
    "instagram": ("instagram",),
    "website": (
        "website", "web", "webform", "web form", "online form in english", "online form",
        "contact form", "complaint form", "formulaire", "kontaktformular", "formulario",
    ),
    "salutation": ("salutations", "salutation", "greeting", "tratamiento", "anrede",
                   "formule d'appel", "обращение"),
    # Channels ua-letters does not use; labelled so that their values never become address
    # lines ("Telegrams: Presidente Zedillo, México D.F.", "Telexes: 170937 sppnme").
    "telegram": ("telegrams", "telegram"),
    "telex": ("telexes", "telex"),
}
NEEDS_COLON = frozenset({"f", "t", "e", "x", "t/f", "ph", "mail", "fb", "web", "mobile", "тел",
                         "telefon", "anrede", "tratamiento", "обращение"})
NUMBER_LABELS = frozenset({"fax", "phone", "phone_fax"})
SOCIAL_LABELS = frozenset({"twitter", "facebook", "instagram", "website"})

# Cloudflare and similar services replace addresses on web pages with these texts.
HIDDEN_EMAIL = ("[email protected]", "[email protected]", "email protected")

# Words that begin an official's title ("Minister of …", "Attorney General").
TITLE_START = (
    "minister", "president", "prime minister", "attorney general", "attorney-general",
    "prosecutor", "procurator", "general prosecutor", "ombudsman", "ombudsperson",
    "commissioner", "governor", "judge", "chief", "head", "director", "chairman",
    "chairperson", "chair", "speaker", "secretary", "ambassador", "mayor", "commander",
    "king", "queen", "emir", "ruler", "chancellor", "premier", "deputy", "vice",
    "public defender", "human rights defender", "inspector", "superintendent", "warden",
    "interior minister", "justice minister", "foreign minister", "first deputy", "leader",
    "supreme leader", "señora fiscal", "señor fiscal", "fiscal", "procurador", "procuradora",
    "ministro", "ministra", "presidente", "presidenta", "monsieur le", "madame la",
    "ministre", "président", "présidente", "procureur", "präsident", "bundespräsident",
    "generalstaatsanwalt", "botschafter", "botschafterin", "министр", "президент",
    "генеральный прокурор", "прокурор", "председатель", "посол", "gobernador", "gobernadora",
    "secretario", "jefe de gobierno", "директор", "директору", "министру", "генеральному прокурору",
    "прокурору", "председателю", "президенту", "послу", "начальник", "начальнику",
    "руководитель", "руководителю", "губернатор", "губернатору",
    "chargé d'affaires", "charge d'affaires", "chargé d’affaires", "charge d’affaires",
    "minister-counselor", "minister-counsellor",
)

def _set(text: str) -> frozenset[str]:
    """Words compare without their dots: 'St.' and 'st' are one entry."""
    return frozenset(text.split())


# Words that may appear inside a title; a name never consists of them.
TITLE_WORDS = _set(
    """minister ministers ministry president presidential prime deputy vice first general
    attorney attorney-general prosecutor prosecutor's procurator justice interior internal
    affairs foreign home defence defense security public health education labour labor
    social finance economy human rights commissioner ombudsman ombudsperson chief head
    director governor mayor judge chairman chairperson chair speaker secretary state
    national federal republic ambassador police commander inspector supreme court king
    queen emir sheikh ruler chancellor premier provincial regional region office of the and for
    & gender women family penitentiary prison prisons service services army armed forces
    military immigration protection people's people defender superintendent
    warden council assembly parliament high constitutional district city county
    municipal criminal investigation investigative committee leader supreme islamic
    presidente presidenta república gobernador gobernadora constitucional estado secretario
    gobernación ministro ministra fiscal procurador procuradora nacional директор директору
    министр министру прокурор прокурору генеральный генеральному председатель председателю
    начальник начальнику фсин мвд россии российской федерации"""
)
ORG_WORDS = _set(
    """ministry ministerio office presidency administration department government
    parliament embassy commission council court procuracy service agency directorate
    secretariat assembly senate bureau mission institute authority centre center
    committee union association foundation organisation organization fiscalía fiscalia
    defensoría defensoria procuraduría procuraduria presidencia secretaría secretaria
    procuratura prokuratura section division unit headquarters procuratorate ambassade
    botschaft embajada ministère ministerium consulate konsulat secretaría-general
    permanent служба министерство прокуратура комитет администрация управление посольство"""
)
ADDRESS_WORDS = _set(
    """street st str road rd avenue ave av avenida boulevard blvd lane square sq plaza
    place pl way drive box p.o po calle carrera cra rue ulitsa ul prospekt prosp pr dom
    building bldg floor palace palacio house complex compound block km apartado casilla
    postal district sector city quarter residence campus caddesi cad sokak sokağı sk
    mahallesi bulvarı vul vulitsa ulica per pereulok ул улица пр пр-т проспект пер переулок бульвар
    б-р пл площадь д дом мкр микрорайон г город көчөсү"""
)

# Honorifics before a name, longest first; the value is the gender they imply.
HONORIFICS: dict[str, str | None] = {
    "his excellency": "male", "her excellency": "female", "his majesty": "male",
    "her majesty": "female", "his royal highness": "male", "her royal highness": "female",
    "his highness": "male", "her highness": "female", "princess": "female", "prince": "male",
    "sheikh": "male", "lic.": None, "s. e.": None, "s.e.": None, "herrn": "male", "herr": "male",
    "frau": "female", "m.": "male", "mme": "female", "sr": "male", "sra": "female",
    "the honourable": None, "the right honourable": None, "right honourable": None,
    "the rt hon": None, "the rt. hon.": None, "rt hon": None, "rt. hon.": None, "rt hon.": None,
    "the honorable": None, "lieutenant general": None, "lt.-gen.": None, "lt. gen.": None,
    "lt-gen.": None, "lt gen": None, "maj.-gen.": None, "maj. gen.": None,
    "major general": None, "senior general": None, "field marshal": None, "brig.-gen.": None,
    "h.e.": None, "hon.": None, "hon": None,  # "Hon Kevin Rudd MP", Australia's usage
    "ambassador": None, "judge": None, "colonel": None, "col.": None, "gen.": None,
    "general": None, "mr.": "male", "mr": "male", "mrs.": "female", "mrs": "female",
    "ms.": "female", "ms": "female", "miss": "female", "dr.": None, "dr": None,
    "prof.": None, "sr.": "male", "sra.": "female", "señor": "male", "señora": "female",
    "sir": "male", "dame": "female", "monsieur": "male", "madame": "female",
    "господину": "male", "госпоже": "female", "генерал-полковнику": None,
    "генерал-лейтенанту": None, "генерал-майору": None, "генерал-полковник": None,
    "counsellor": None, "counselor": None, "ayatollah": None, "hojatoleslam": None,
    "imam": None, "rev.": None, "reverend": None, "bishop": None, "archbishop": None,
}
# Letters after a British or Irish official's name ("Rt Hon Jack Straw MP"): not the name.
POSTNOMINALS = frozenset({"MP", "QC", "KC", "MSP", "MLA", "MEP", "TD", "KCMG", "CMG"})
NAME_PARTICLES = _set(
    "de del la las los da das do dos van von der den bin binti ibn al el y e le di du "
    "ter ten ould uulu kyzy"
)

# How a salutation begins, per language: splits "Dear Attorney General/ Estimada Señora
# Fiscal" into English and Spanish.
SALUTATION_OPENERS: dict[str, tuple[str, ...]] = {
    "en": ("dear", "your excellency", "your majesty", "your royal highness", "your highness",
           "your honour", "your honor", "sir", "madam"),
    "es": ("estimado", "estimada", "estimados", "señor", "señora", "sr", "sra", "excelentísimo",
           "excelentísima", "distinguido", "distinguida"),
    "fr": ("monsieur", "madame", "excellence", "votre excellence", "votre majesté",
           "monseigneur", "votre altesse"),
    "de": ("sehr geehrte", "sehr geehrter", "exzellenz", "majestät", "hochverehrter"),
    "pt": ("excelentíssimo", "excelentíssima", "prezado", "prezada", "senhor", "senhora"),
    "ru": ("уважаемый", "уважаемая", "уважаемые", "господин", "госпожа"),
    "it": ("egregio", "egregia", "gentile", "gentilissimo", "gentilissima"),
    "ky": ("урматтуу",),
}
SALUTATION_GENDER: dict[str, str] = {
    "mr": "male", "sir": "male", "madam": "female", "madame": "female", "ms": "female",
    "mrs": "female", "estimado": "male", "estimada": "female", "señor": "male",
    "señora": "female", "monsieur": "male", "sehr geehrter": "male",
    "sehr geehrte": "female", "уважаемый": "male", "уважаемая": "female",
}

# Country names that CLDR spells differently from UAs.
COUNTRY_ALIASES: dict[str, str] = {
    "kyrgyz republic": "KG", "turkey": "TR", "burma": "MM", "myanmar": "MM",
    "usa": "US", "u.s.a.": "US", "united states of america": "US", "uk": "GB",
    "great britain": "GB", "ivory coast": "CI", "cote d'ivoire": "CI",
    "côte d'ivoire": "CI", "democratic republic of the congo": "CD", "drc": "CD",
    "dr congo": "CD", "republic of the congo": "CG", "czech republic": "CZ",
    "russian federation": "RU", "republic of korea": "KR", "korea": "KR",
    "north korea": "KP", "iran (islamic republic of)": "IR", "viet nam": "VN",
    "lao pdr": "LA", "syrian arab republic": "SY", "the gambia": "GM",
    "united republic of tanzania": "TZ", "palestine": "PS", "hong kong": "HK",
    "democratic people's republic of korea": "KP", "dprk": "KP",
}

ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
    "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10,
}

# Words that open an organisation inside a run of words ("… Basik Embassy of Belarus …"),
# with the words that must follow them (empty: any word).
ORG_STARTS: dict[str, frozenset[str]] = {
    "embassy": frozenset(), "ministry": frozenset(), "office": frozenset({"of"}),
    "permanent": frozenset({"mission"}), "royal": frozenset({"embassy", "court"}),
    "mission": frozenset({"of"}), "ambassade": frozenset(), "botschaft": frozenset(),
    "embajada": frozenset(), "ministerio": frozenset(), "ministère": frozenset(),
    "ministerium": frozenset(), "посольство": frozenset(), "министерство": frozenset(),
}
# Words that begin a street name in one-line addresses: "Vul. Internatsianalnaya, 22".
STREET_PREFIXES = frozenset(
    ["ul", "vul", "ulitsa", "pr", "prospekt", "avenida", "av", "calle", "rue", "via", "str",
     "ул", "пр", "пер"]
)

# The first word of a title that only one language uses: "Gobernador Constitucional del
# Estado de México" in an English UA is a Spanish title. Words shared with English
# ("Director", "Minister", "General") are left out: such a title keeps the UA's language.
TITLE_LANGUAGE_WORDS: dict[str, frozenset[str]] = {
    "es": _set("presidente presidenta gobernador gobernadora secretario secretaria "
               "procurador procuradora fiscal ministro ministra jefe jefa juez jueza "
               "defensor defensora embajador embajadora alcalde alcaldesa"),
    "fr": _set("président présidente ministre procureur procureure ambassadeur "
               "ambassadrice maire garde"),
    "de": _set("präsident präsidentin bundespräsident bundeskanzler bundeskanzlerin "
               "ministerin generalstaatsanwalt generalstaatsanwältin botschafter "
               "botschafterin justizminister justizministerin"),
}
