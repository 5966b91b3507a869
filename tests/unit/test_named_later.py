"""An anonymous titled source and the person the story later names under that title are
one party ("a local mayor said ..." then "the mayor, Shivan Ahmed, said ...")."""

from pipeline.domain.models import Actor
from pipeline.nlp.mentions import named_later


def _source(role: str, name: str) -> Actor:
    return Actor(f"source.{role}", name, "source", None, None)


def test_the_anonymous_mayor_is_the_mayor_named_later() -> None:
    named = Actor("person.ahmed", "mayor Shivan Ahmed", "person", None, None)
    assert named_later([_source("mayor", "local mayor"), named]) == {"source.mayor": named}
    comma = _source("mayor", "mayor, Shivan Ahmed")  # same id, the name given later
    assert named_later([_source("mayor", "local mayor"), comma]) == {"source.mayor": comma}


def test_no_merge_when_the_title_is_not_the_name_or_two_are_named() -> None:
    senior = Actor("person.doe", "Senior official John Doe", "person", None, None)
    assert named_later([_source("official", "local official"), senior]) == {}
    assert named_later([_source("mayor", "local mayor"),
                        Actor("person.a", "mayor Ali Ahmed", "person", None, None),
                        Actor("person.b", "mayor Omar Said", "person", None, None)]) == {}
    # plural sources are many people, not the one later named
    assert named_later([_source("resident", "Residents"),
                        Actor("person.c", "resident Ali Musa", "person", None, None)]) == {}


def test_a_titled_source_with_a_place_is_the_person_named_later_under_that_title() -> None:
    # "the mayor of a nearby district" names no one; "the mayor, Ali Hassan" is one person
    # whether the story's later form is a person or a titled source
    person = Actor("person.hassan", "mayor Ali Hassan", "official", None, None)
    titled = _source("mayor", "mayor, Ali Hassan")
    district = _source("mayor", "mayor of a nearby district")
    assert named_later([district, person, titled]) == {"source.mayor": person}
    # a capitalised title in front of a person's name: "Governor Musa Okello"
    governor = Actor("person.okello", "Governor Musa Okello", "person", None, None)
    assert named_later([_source("governor", "regional governor"), governor]) == {
        "source.governor": governor}
    # counter-examples: a phrase that names its own person is not anonymous, and a body
    # named with a capital is no person
    named_here = _source("governor", "governor of Lindi, Musa Okello")
    assert named_later([named_here, governor]) == {}
    body = Actor("org.lindi-council", "Lindi Council", "other", None, None)
    assert named_later([_source("lindi", "the lindi"), body]) == {}


def test_a_source_whose_id_names_its_institution_is_the_person_named_later() -> None:
    # "a hospital official" carries its institution in its id (source.hospital-official);
    # its title is still "official"
    named = Actor("person.musa", "official Ali Musa", "person", None, None)
    assert named_later([_source("hospital-official", "hospital official"), named]) == {
        "source.hospital-official": named}
