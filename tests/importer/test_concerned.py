"""The people concerned, read from a story, on sentences of real UA pages in the corpus."""

from __future__ import annotations

from tests.importer.corpus_score import CORPUS
from ua_letters.importer import import_bytes
from ua_letters.importer.concerned import people_in_story
from ua_letters.importer.lines import classify
from ua_letters.importer.storywords import STORY_WORDS, story_words

# tests/fixtures/import/corpus/39-uach-iran-fi-103-22-4.txt, its first paragraph (cut)
GROUP = (
    "At least seven individuals in Iran are under sentence of death in connection with "
    "nationwide protests, while dozens of others are at risk of being sentenced to death. "
    "Amid a spike in executions since late April, on 19 May, authorities arbitrarily "
    "executed tortured protesters Majid Kazemi, Saeed Yaghoubi and Saleh Mirhashemi in "
    "Esfahan, who were unjustly convicted and sentenced to death.\n\n"
    "Majid Kazemi, Saeed Yaghoubi and Saleh Mirhashemi were executed."
)
# 43-chinesepen-china-2014.txt: the letter's first paragraph (cut)
HONOURED = (
    "On 4 and 5 May 2014 a number of human rights defenders in Beijing were taken in for "
    "questioning by police. Human rights lawyer Mr Pu Zhiqiang, detained on charges of "
    "“causing a disturbance,” and Mr Hu Shigen are being held in at Beijing No.1 Detention "
    "Centre, while Messrs Xu Youyu and Hao Jian, and Ms Liang Xiaoyan and Ms Liu Di remain "
    "out of contact."
)
# 37-fr-acat-pakistan-2019-11.txt
GIVEN_NAMES = (
    "En 2014 un couple de chrétiens a été condamné à mort par un tribunal pakistanais pour "
    "avoir propagé de prétendus «blasphèmes». La Haute Cour de Lahore a entendu le couple "
    "en audition à la fin juin 2019. Shagufta Kausar et son mari Shafqat Masih ont été "
    "notamment défendus par l’avocat qui a fait acquitter Asia Bibi.\n\n"
    "Signez la lettre en faveur de Shagufta et Shafqat et envoyez-là à :"
)


def test_names_beside_a_group_they_are_not_all_of_are_left_out_and_said() -> None:
    found = people_in_story(classify(GROUP))
    assert found.names == []
    assert found.group == "At least seven individuals"
    assert "Majid Kazemi, Saeed Yaghoubi, Saleh Mirhashemi" in found.notes[0]


def test_honorifics_of_running_text_mark_people_named_once() -> None:
    found = people_in_story(classify(HONOURED))
    assert found.names == [
        "Pu Zhiqiang", "Hu Shigen", "Xu Youyu", "Hao Jian", "Liang Xiaoyan", "Liu Di",
    ]


def test_a_given_name_said_again_alone_names_the_person_again() -> None:
    found = people_in_story(classify(GIVEN_NAMES), "fr")
    assert found.names == ["Shagufta Kausar", "Shafqat Masih"]  # not "Asia Bibi", said once


def test_a_family_name_shared_with_another_person_is_not_enough() -> None:
    # 25-aiusa-belarus-85-21-update.txt
    text = (
        "Belarusian human rights defenders Ales Bialiatski, Valyantsin Stefanovich and "
        "Uladzimir Labkovich remain in pretrial detention. Nina Labkovich who was detained "
        "with them was released on July 23, 2021.\n\nAles Bialiatski, Valyantsin "
        "Stefanovich and Uladzimir Labkovich were arrested."
    )
    assert people_in_story(classify(text)).names == [
        "Ales Bialiatski", "Valyantsin Stefanovich", "Uladzimir Labkovich"]


def test_a_name_and_others_is_a_person_concerned() -> None:
    # 41-eponymistuk-belarus-letter.txt and 45-nabnyc-mexico-atenco-letter.txt
    assert people_in_story(classify("Dear President Lukashenka\n\nZmitser Dashkevich and "
                                    "Others\n")).names == ["Zmitser Dashkevich"]
    letter = ("I must express my deep concern about the torture and sexual assault of "
              "Bárbara Italia Méndez and other women during their detention on 3 and 4 May "
              "2006 in San Salvador Atenco.")
    assert people_in_story(classify(letter)).names == ["Bárbara Italia Méndez"]
    # 12-khpg-kyrgyzstan-askarov.txt: "and other parts of" follows a place, not a person
    place = ("He has been documenting police ill-treatment of detainees in the village of "
             "Bazar Korgan and other parts of the Jalal-Abad region for several years.")
    assert people_in_story(classify(place)).names == []


def test_german_stories_count_only_the_set_phrases() -> None:
    # German capitalises every noun: read as English, page 28's banner gives a "person"
    page = (CORPUS / "28-de-kirchheim-eritrea-2025-09.txt").read_text(encoding="utf-8")
    assert not story_words("de").names_from_capitals
    assert people_in_story(classify(page), "en").names == ["Gib Gefangenen Hoffnung"]
    assert people_in_story(classify(page), "de").names == []
    saudi = (CORPUS / "31-de-kirchheim-saudi-2020-05.txt").read_text(encoding="utf-8")
    assert people_in_story(classify(saudi), "de").names == ["Waleed Abu al-Khair"]


def test_every_language_entry_compiles_and_unknown_languages_get_none() -> None:
    assert set(STORY_WORDS) >= {"en", "de", "fr", "es", "ru"}
    assert story_words("xx").names_from_capitals and story_words("xx").others == ()


def test_a_page_of_cases_headed_by_their_people() -> None:
    # 26-amnestycanterbury-belarus-chad.txt: two cases, each under its person's name; the
    # story's fuller form ("Baradine Berdei Targuio") wins over the heading's
    page = (CORPUS / "26-amnestycanterbury-belarus-chad.txt").read_text(encoding="utf-8")
    found = people_in_story(classify(page))
    assert found.names == ["Viktar Serhil", "Baradine Berdei Targuio"]
    assert "2 cases" in found.notes[0]  # two UAs on one page: the reader is told
    ua = import_bytes(page.encode("utf-8"), "26.txt")  # no official: a draft all the same
    assert ua.recipients == []
    assert any(n.field == "recipients" for n in ua.notices)


def test_case_headings_name_the_country_before_or_after_the_person() -> None:
    # 49- and 50-de-miesbach-*.txt: "Ammar al Baluchi - USA", "Saudi-Arabien: Waleed Abu
    # al-Khair" above German stories; German capitals alone would name no one
    for page, person in (("49-de-miesbach-usa-2017-10.txt", "Ammar al Baluchi"),
                         ("50-de-miesbach-saudi-2025-04.txt", "Waleed Abu al-Khair")):
        text = (CORPUS / page).read_text(encoding="utf-8")
        assert people_in_story(classify(text), "de").names == [person]


def test_people_listed_in_a_ready_letter() -> None:
    # 52-it-duepuntozeno-russia-pussy-riot.txt: the story names no one; the letter lists
    # the three women ("la situazione di Maria Alekhina, Ekaterina Samutsevich e Nadezhda
    # Tolokonnikova"); "Cattedrale di Cristo Salvatore", said once, is not a person
    page = (CORPUS / "52-it-duepuntozeno-russia-pussy-riot.txt").read_text(encoding="utf-8")
    assert people_in_story(classify(page), "it").names == [
        "Maria Alekhina", "Ekaterina Samutsevich", "Nadezhda Tolokonnikova"]


def test_a_capital_at_the_start_of_a_sentence_does_not_name_anyone_again() -> None:
    # the given-name rule looks inside sentences only: "New evidence" is no second "New York"
    text = ("Reporters of the New York Times were questioned for hours in the capital. New "
            "evidence shows that officials ordered the questioning.")
    assert people_in_story(classify(text)).names == []


def test_a_list_of_places_in_a_letter_is_no_list_of_people() -> None:
    text = ("Dear Minister,\n\nI am writing about the protests held in Novi Sad, Nova Gorica "
            "and Banja Luka last week, where hundreds of people were detained for hours.\n")
    assert people_in_story(classify(text)).names == []
