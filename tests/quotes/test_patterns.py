"""The engine on sentences we wrote: each attribution pattern news writing uses."""
import pytest

from reader.quotes import extract, extract_text
from reader.sources import parse_text


def quotes(text):
    ex = extract_text(text)
    out = []
    for q in ex.quotes:
        sp = ex.speaker_of(q)
        out.append({
            "text": q.text(text),
            "kind": q.kind,
            "speaker": sp.name if sp else None,
            "mention": q.mention.text(text) if q.mention else None,
            "cue": q.cue.text(text) if q.cue else None,
        })
    return out, ex


def one(text):
    qs, _ = quotes(text)
    assert len(qs) == 1, qs
    return qs[0]


@pytest.mark.parametrize(
    "text, speaker, cue",
    [
        ('"We will rebuild the harbour wall," Mara Venn said.', "Mara Venn", "said"),
        ('"We will rebuild the harbour wall," said Mara Venn.', "Mara Venn", "said"),
        ('Mara Venn said: "We will rebuild the harbour wall."', "Mara Venn", "said"),
        ('Mara Venn said that "the wall will stand".', "Mara Venn", "said"),
        ('Mara Venn, a marine engineer, said: "The wall will stand."', "Mara Venn", "said"),
        ('"The wall will stand," Mara Venn, a marine engineer, said.', "Mara Venn", "said"),
        ('The wall is "safe for a century", according to Mara Venn.', "Mara Venn", "according to"),
        ('Mara Venn told the Coastal Herald: "The wall will stand."', "Mara Venn", "told"),
        ('Speaking to the Coastal Herald, Mara Venn said: "The wall will stand."', "Mara Venn", "said"),
        ('Mara Venn added: "The wall will stand."', "Mara Venn", "added"),
        ('"The wall will stand for a century." – Mara Venn', "Mara Venn", "–"),
        ('Mara Venn quit the council, accusing the mayor of "wilful neglect".', "Mara Venn", "accusing"),
        # a weaker verb reporting speech when a that-clause follows it
        ('Mara Venn stated that the board "must not overreach".', "Mara Venn", "stated"),
        ('Mara Venn noted on Monday that the tide was "higher than ever".', "Mara Venn", "noted"),
        ('"Who signed this off?" Mara Venn questioned.', "Mara Venn", "questioned"),
        # the subject of the first of two joined clauses, adverb and all
        ('Mara Venn backed the wall, but now said it was "a costly mistake".', "Mara Venn", "said"),
        # the sentence before the quote, in the same paragraph, has someone speak
        ('Mara Venn said the repairs were on time. "We will finish by May."', "Mara Venn", "said"),
        ('"Fix the road first," the council statement read.', "the council statement", "read"),
        ('"We are delighted" with the ruling, said Mara Venn, who chairs the Harbour Trust, a charity.', "Mara Venn", "said"),
        ('"Why is he talking about tides?" reacted Mara Venn.', "Mara Venn", "reacted"),
        ('"We ask everyone," Mara Venn is quoted as saying.', "Mara Venn", "quoted as saying"),
        ('As Mara Venn, the trust\'s director, put it: "This ferry will not be sold."', "Mara Venn", "put it"),
        ('Mara Venn tells visitors that after forty years at sea, "it is time to rest."', "Mara Venn", "tells"),
        # words reported by someone else belong to the one reporting them
        ('Ona Brill said Mara Venn called on members to be "closely coordinated."', "Ona Brill", "said"),
        ('Cory Vance, 22, of Flint, Mich., said he would never back the "surprise" candidate.', "Cory Vance", "said"),
        ('Mara Venn, of Penzance, said the ferry was "a lifeline."', "Mara Venn", "said"),
        ('After the vote, Mara Venn shot back, "We chose to keep the ferry."', "Mara Venn", "shot"),
        ('But as Mara Venn pointed out, "The ferry has not sailed since May."', "Mara Venn", "pointed"),
        ('"We warned you," the Cornish senator and Liberal candidate said in a statement.', "the Cornish senator and Liberal candidate", "said"),
        ('The trust\'s chair, for example, said she would "support the plan" but not fund it.', "the trust's chair", "said"),
        ('Co-anchor Mara Venn, who was off-screen, then loudly asked, "Really?"', "Mara Venn", "asked"),
        ('But as the Penwith Gazette noted in an editorial, the mayor "has earned a few fans."', "Penwith Gazette", "noted"),
        ('"We are on track," Mara Venn, assistant secretary for ports, ferries, and harbours, said.', "Mara Venn", "said"),
        ('Mara Venn, meanwhile, who has no such backing, said the vote showed who was "ready to fight."', "Mara Venn", "said"),
        ('Mara Venn cited the closure of the yard as "a blow to the whole town."', "Mara Venn", "cited"),
        ('Governor Mara Venn has also called for "boots on the ground."', "Mara Venn", "called"),
        ('The row deepened, with Senator Mara Venn telling reporters the plan was "a disgrace".', "Mara Venn", "telling"),
    ],
)
def test_attribution_patterns(text, speaker, cue):
    q = one(text)
    assert q["speaker"] == speaker
    assert q["cue"] == cue


def test_passive_accusation_names_no_speaker():
    q = one('The mayor has been accused of "wilful neglect" over the harbour.')
    assert q["speaker"] is None and q["mention"] is None


def test_is_said_to_be_names_no_speaker():
    q = one('The council is said to be "deeply divided" on the plan.')
    assert q["speaker"] is None


def test_colon_at_end_of_previous_paragraph_introduces_quote():
    text = 'Osric Penhallow, the harbour master, said:\n"We have never seen tides like these."'
    q = one(text)
    assert q["speaker"] == "Osric Penhallow"
    assert q["kind"] == "direct"


def test_paragraph_that_is_only_a_quote_continues_previous_speaker():
    text = (
        '"The tide came in fast," said Osric Penhallow.\n'
        '"We moved the boats to the upper slip before midnight."'
    )
    qs, _ = quotes(text)
    assert [q["speaker"] for q in qs] == ["Osric Penhallow", "Osric Penhallow"]


def test_interrupted_quote_both_pieces_belong_to_speaker():
    qs, _ = quotes('"The tide came in fast," she said, "and it did not stop."\n')
    assert len(qs) == 2
    assert qs[0]["mention"] == qs[1]["mention"] == "she"


def test_pronoun_resolves_to_most_recent_person_across_paragraphs():
    text = (
        "Harbour wall talks end\n"
        "Lowenna Treve chaired the meeting in Porthcarrow.\n"
        'Speaking afterwards, Treve said: "We were heard."\n'
        "The minutes will be published next week.\n"
        "Most Read\n"
        'She said the plan was "a start, not an end".\n'
    )
    art = parse_text(text)
    ex = extract(art)
    last = ex.quotes[-1]
    assert ex.speaker_of(last).name == "Lowenna Treve"
    assert last.mention.text(text) == "She"


def test_speakers_merge_short_forms_and_honorifics():
    text = (
        "Dame Lowenna Treve opened the session.\n"
        '"We were heard," Lowenna Treve said.\n'
        '"And we will be heard again," Treve added.'
    )
    _, ex = quotes(text)
    assert len(ex.speakers) == 1
    sp = ex.speakers[0]
    assert sp.name == "Lowenna Treve"
    assert "Treve" in sp.aliases
    assert len(sp.quotes) == 2


def test_anonymous_speakers_kept_apart_and_another_follows_one():
    text = (
        "One harbour official said the repairs were late.\n"
        'Another said the delay was "unacceptable".\n'
        'A source told the Herald: "Nobody wants to pay."\n'
        'A councillor said: "We will find the money."'
    )
    qs, ex = quotes(text)
    names = [s.name for s in ex.speakers]
    assert names == ["another harbour official", "a source", "a councillor"]
    assert all(s.anonymous for s in ex.speakers)


def test_partial_and_direct_kinds():
    qs, _ = quotes('Venn called the report "a whitewash".\nVenn said: "This report is a whitewash and everyone knows it."')
    assert [q["kind"] for q in qs] == ["partial", "direct"]


def test_role_tied_to_a_name_by_apposition_joins_that_speaker():
    text = (
        "Kerra Lusk, the harbour master, inspected the wall.\n"
        '"It will hold," the harbour master said.\n'
        '"It has held before," Lusk said.'
    )
    _, ex = quotes(text)
    assert [s.name for s in ex.speakers] == ["Kerra Lusk"]


def test_scare_quotes_have_no_speaker():
    q = one('The so-called "miracle cure" was sold at the market.')
    assert q["speaker"] is None and q["kind"] == "partial"


def test_show_titles_are_not_speech():
    qs, _ = quotes('"We will win," Venn said on Channel Nine\'s "Morning Harbour."')
    assert qs[0]["speaker"] == "Venn"
    assert qs[1]["speaker"] is None


def test_fragment_in_writers_sentence_is_its_subjects_words():
    q = one('Venn described the harbour plan as "a decade too late" for the fishing fleet.')
    assert q["speaker"] == "Venn" and q["kind"] == "partial"


def test_so_called_marks_a_scare_quote():
    q = one('Venn sold the so-called "miracle cure" at the market.')
    assert q["speaker"] is None


def test_definite_description_points_back_to_the_anonymous_one():
    text = (
        "A harbour staff member, who asked not to be named, said the budget was gone.\n"
        '"Nobody will admit it," the staff member said.'
    )
    _, ex = quotes(text)
    assert [(s.name, s.anonymous) for s in ex.speakers] == [("a harbour staff member", True)]


def test_he_never_points_to_an_organisation():
    text = (
        "Mayor Tamsin Kerrow opened the session.\n"
        '"The schedule will follow," the transport department said.\n'
        'Kerrow said she would ask again. "This isn\'t over," she said.'
    )
    qs, _ = quotes(text)
    assert qs[-1]["speaker"] == "Tamsin Kerrow"


def test_group_description_is_anonymous_and_whole():
    q = one("Crews on the Penwith ferry say they are 'ready to talk' about pay.")
    assert q["speaker"] == "Crews on the Penwith ferry"


@pytest.mark.parametrize(
    "text, speaker, mention",
    [
        ('Osric Penhallow went on to call the plan "a harbour folly".', "Osric Penhallow", "Osric Penhallow"),
        ('"The tide is turning," Harbour Gazette editor Mara Venn said.', "Mara Venn", "Harbour Gazette editor Mara Venn"),
        ("Venn's assertion that \"nobody checked\" was denied.", "Venn", "Venn"),
    ],
)
def test_more_ways_to_name_the_speaker(text, speaker, mention):
    q = one(text)
    assert (q["speaker"], q["mention"]) == (speaker, mention)


def test_relative_who_points_to_the_person_before_it():
    q = one('The plan came from Kerra Lusk, who warned that the wall "cannot hold another winter".')
    assert q["mention"] == "who" and q["speaker"] == "Kerra Lusk"


def test_the_role_joins_the_titled_name_used_earlier():
    text = (
        "First Minister Tamsin Kerrow visited the harbour on Monday.\n"
        '"We will rebuild it," the first minister said.\n'
        '"Every stone of it," Ms Kerrow added.'
    )
    _, ex = quotes(text)
    assert [s.name for s in ex.speakers] == ["Tamsin Kerrow"]


def test_a_paragraph_where_someone_speaks_leads_into_a_quote_only_paragraph():
    text = "Lowenna Treve continued her address to the harbour board.\n\"We cannot wait for another storm.\""
    q = one(text)
    assert q["speaker"] == "Lowenna Treve"


def test_a_word_opening_the_sentence_is_not_part_of_the_name():
    text = 'When Mara Venn spoke, she said: "The ferry will not be sold." Venn left.'
    _, ex = quotes(text)
    assert [s.name for s in ex.speakers] == ["Mara Venn"]


def test_a_dash_credit_paragraph_names_the_quote_paragraph_before_it():
    text = 'The harbour row goes on.\n"We will not sell the ferry. It is a lifeline."\n– Mara Venn, harbour master\nThe sale was halted.'
    qs, _ = quotes(text)
    assert [(q["text"], q["speaker"]) for q in qs] == [("We will not sell the ferry. It is a lifeline.", "Mara Venn")]


def test_a_sentence_opening_with_a_participle_continues_the_speaker():
    qs, _ = quotes('Mara Venn said the vote was "a farce." Adding, "We will appeal."')
    assert [q["speaker"] for q in qs] == ["Mara Venn", "Mara Venn"]


def test_a_book_title_inside_an_apposition_does_not_hide_the_subject():
    qs, _ = quotes('Mara Venn, the author of "Tidelines," said the days of "one shared story" are gone.')
    assert qs[1]["text"] == "one shared story" and qs[1]["speaker"] == "Mara Venn"


@pytest.mark.parametrize(
    "text, speaker",
    [
        ('Plaid Cymru leader Rhun ap Gwyndaf said the board had "lost the trust of patients".', "Rhun ap Gwyndaf"),
        ('Health Secretary Sian van der Berg, speaking in Cardiff, said: "Progress is being made."', "Sian van der Berg"),
        ('President Xi Wenming of the Pacific Council said the deal was "a new chapter".', "Xi Wenming"),
    ],
)
def test_names_with_particles_and_bodies_they_belong_to(text, speaker):
    assert one(text)["speaker"] == speaker


@pytest.mark.parametrize(
    "text",
    [
        'Mara Venn once acted in the movie "Sharks Over Penwith: Oh No!" for a week.',
        'Mara Venn wrote under the pseudonym "Captain Tide" for years.',
        'Mara Venn stars in "Girls, Girls, Girls" at the Harbour Theatre.',
    ],
)
def test_titles_and_names_in_quote_marks_are_nobody_s_words(text):
    assert one(text)["speaker"] is None
