"""Which words name the speaker (the mention) when the sentence around a quote is not
the plain "X said": datelines, round-up credits, asides and reported clauses. Sentences
we wrote; people and places made up."""
import pytest

from reader.quotes import extract_text


def mentions(text):
    ex = extract_text(text)
    out = []
    for q in ex.quotes:
        sp = ex.speaker_of(q)
        out.append((q.text(text), q.mention.text(text) if q.mention else None, sp.name if sp else None))
    return out


@pytest.mark.parametrize(
    "dateline",
    ["PORT TREVE (AP) —", "Port Treve (Reuters) -", "PORT TREVE, Kernow (AFP) –", "PORT TREVE —"],
)
def test_a_wire_dateline_is_not_the_subject(dateline):
    text = f'Ferry row\n{dateline} Mara Venn has taken a swipe at the board, saying that "bombastic claims" do harm.'
    assert mentions(text) == [("bombastic claims", "Mara Venn", "Mara Venn")]


def test_a_name_and_dashes_are_not_a_dateline():
    text = 'Ferry row\nMara Venn — the harbour master — said the plan was "a disgrace".'
    assert mentions(text) == [("a disgrace", "Mara Venn", "Mara Venn")]


def test_a_round_up_credits_the_source_after_the_dash():
    text = 'Polls tighten along the coast - Jory Keast: "Nobody should call this race yet."'
    assert mentions(text) == [("Nobody should call this race yet.", "Jory Keast", "Jory Keast")]


def test_more_from_a_source_credits_that_source():
    text = 'What it means for the vote - More from Keast: "Turnout decides everything."'
    assert mentions(text)[0][1:] == ("Keast", "Keast")


def test_that_opening_a_clause_is_not_part_of_the_name():
    text = 'The board was told that Tomas Quill said the pier "stays open".'
    assert mentions(text) == [("stays open", "Tomas Quill", "Tomas Quill")]


def test_a_writer_reporting_a_clause_is_not_replaced_by_its_subject():
    text = 'Her biographer, Ann Hosken, wrote that Venn "had a tin ear for the harbour".'
    assert mentions(text)[0][1] != "that Venn"


@pytest.mark.parametrize(
    "text",
    [
        'Mara Venn during a Sunday rally thanked the crews "for every crossing".',
        'Mara Venn, during a town hall in Port Treve, Kernow, said she was "going to fight".',
    ],
)
def test_a_phrase_after_a_preposition_is_not_the_subject(text):
    assert mentions(text)[0][1:] == ("Mara Venn", "Mara Venn")


def test_after_can_open_a_clause_with_its_own_subject():
    text = 'Tomas Quill said he was ready three days after Mara Venn told the board the plan was "dead".'
    assert mentions(text)[0][1:] == ("Mara Venn", "Mara Venn")


def test_words_in_a_that_clause_are_the_reporters_after_a_short_phrase():
    text = 'Mara Venn said in her opening remarks that the board should back "our oldest crossing".'
    assert mentions(text)[0][1:] == ("Mara Venn", "Mara Venn")


@pytest.mark.parametrize(
    "text, mention",
    [
        ('Mara Venn said that over the last week she has begun "to fix the ferry".', "Mara Venn"),
        ('Tomas Quill has railed against what he calls the "harbour cartel".', "Tomas Quill"),
        ('Mara Venn spoke on Monday, but she added that the vote was "close".', "she"),
    ],
)
def test_a_pronoun_inside_a_clause_its_named_subject_governs_is_that_subject(text, mention):
    assert mentions(text)[0][1] == mention


def test_the_one_told_is_never_the_speaker():
    text = 'Tomas Quill later on Thursday told Harbour Radio: "Both sides meet next week."'
    assert mentions(text)[0][1:] == ("Tomas Quill", "Tomas Quill")


def test_a_role_with_its_name_in_apposition_before_told():
    text = '"Positions will soften," the mayor\'s chief of staff, Ann Hosken, told Harbour Radio on Friday.'
    assert mentions(text)[0][1:] == ("the mayor's chief of staff, Ann Hosken", "Ann Hosken")


@pytest.mark.parametrize(
    "text, mention, speaker",
    [
        ('The summit met in Port Treve because, in Forbes\' words, "they are the busiest harbours on earth."', "Forbes", "Forbes"),
        ('The plan failed. In the words of one harbour official, "it was dead before it sailed."', "one harbour official", "one harbour official"),
        ('As the Gazette\'s Ann Hosken puts it, the board wants "an offer it cannot refuse."', "the Gazette's Ann Hosken", "Ann Hosken"),
        ('Jory Keast signed an order, while Mara Venn, the harbour master, proposed we "wake up and smell the salt."', "Mara Venn", "Mara Venn"),
    ],
)
def test_words_credited_without_a_verb_of_speech(text, mention, speaker):
    assert mentions(text)[-1][1:] == (mention, speaker)


def test_names_after_a_dash_or_and_speak_in_an_absolute_clause():
    text = 'Both issued a statement – Mara Venn saying she was "very encouraged" and Jory Keast calling it a "great meeting".'
    assert [m[1:] for m in mentions(text)] == [("Mara Venn", "Mara Venn"), ("Jory Keast", "Jory Keast")]


def test_a_thing_called_the_name_is_nobodys_words():
    text = 'Both oppose an inflation formula called the "chained index" that would cut payments.'
    assert mentions(text) == [("chained index", None, None)]


def test_a_clause_between_two_quotes_names_the_first_ones_speaker():
    t = ("Harbour fees\n\n\u201cIt is not fair,\u201d Nadia Brenner said. \u201cYou doubled the fees\u201d to pay for the marina, "
         "she said, pointing to what the board calls \u201cmodernisation.\u201d\n")
    assert mentions(t)[1] == ("You doubled the fees", "she", "Nadia Brenner")


def test_a_clause_leading_into_the_next_quote_is_that_quotes_own():
    t = ("Harbour fees\n\nAt the meeting she called the plan \u201cbold\u201d and \u201cwell meant.\u201d "
         "(Even so, she also warned, \u201cNobody will pay these fees.\u201d)\n")
    got = mentions(t)
    assert got[1][0] == "well meant."
    assert t.index("she also") not in [q.mention.start for q in extract_text(t).quotes[:2] if q.mention]


@pytest.mark.parametrize("lead", ["The advert uses footage of Mara Quill asking,", "The clip shows Mara Quill saying on Tuesday,"])
def test_the_person_a_recording_shows_speaking_is_the_speaker(lead):
    t = f"Campaign\n\n{lead} \u201cWho will pay for the bridge?\u201d\n"
    assert mentions(t)[0][1:] == ("Mara Quill", "Mara Quill")


def test_a_speech_word_after_of_is_a_noun():
    t = "Campaign\n\nQuill sent a string of tweets on Friday saying the bridge was \u201ca vanity project.\u201d\n"
    assert mentions(t)[0][1] == "Quill"


def test_a_tail_after_a_quote_ending_in_an_inner_quote_names_its_speaker():
    t = ("Hearing\n\nSen. Ruth Alder scolded him: \u201cYou sold three products you called \u2018cures,\u2019\u201d she said. "
         "\u201cThey cure nothing.\u201d\n\nAlder later left the room.\n")
    assert [m[1] for m in mentions(t)] == ["she", "she"]


def test_the_place_a_crowd_moves_through_is_not_the_crowd():
    t = "Night march\n\nStudents marching through the old town chanted \u201cNo more fees!\u201d until midnight.\n"
    assert mentions(t)[0][1] == "Students"


def test_a_participle_describing_a_noun_is_not_a_verb_of_speech():
    t = ("Vote\n\nAfter a hastily called meeting, the harbour board issued a statement calling the sale "
         "\u201ca betrayal of the town.\u201d\n")
    assert mentions(t)[0][1] == "the harbour board"


def test_a_year_is_not_part_of_the_speakers_name():
    t = "Letters\n\nI hope in 2030 Wessex says, \u201cThank you, and goodbye.\u201d\n"
    assert mentions(t)[0][1] == "Wessex"


def test_a_label_before_a_colon_is_not_a_subject():
    t = ("Guide\n\nHarbour Rules Explained: Keeping \u201cthe quiet hours\u201d is one of the oldest duties of "
         "the Port Ellery harbour master.\n\nThe Port Ellery harbour master agreed.\n")
    assert mentions(t)[0][1] is None


def test_a_clause_set_before_the_subject_does_not_claim_the_main_clauses_quote():
    t = ("Ferry\n\nWhile she admitted the timetable was a problem, Okafor also noted several \u201cteething troubles\u201d "
         "on the new route.\n\nOkafor spoke on Monday.\n")
    assert mentions(t)[0][1] == "Okafor"
    t2 = "Ferry\n\nWhen the board noted the losses, Okafor boasted, \u201cWe sell out every crossing.\u201d\n"
    assert mentions(t2)[0][1] == "Okafor"


def test_a_party_word_before_claims_makes_it_a_noun():
    t = "Fact check\n\nThe site rated 40% of Liberal claims as \u201cmisleading\u201d last year.\n"
    assert mentions(t)[0][1:] == (None, None)


def test_a_quote_paragraph_after_a_clause_naming_its_subject_goes_to_that_name():
    t = ("Ferry\n\nAlthough she called the losses \u201cregrettable,\u201d Okafor kept her remarks to the timetable.\n\n"
         "\u201cEvery crossing will run on time from May.\u201d\n")
    assert mentions(t)[1][1:] == ("Okafor", "Okafor")


def test_to_call_a_meeting_is_not_speech():
    t = "Council\n\nThe rules let the mayor call a \u201cspecial session\u201d at a day's notice.\n"
    assert mentions(t)[0][1:] == (None, None)


def test_a_capital_opening_a_colon_intro_is_no_speaker_unless_the_article_names_it():
    t = "Hearing\n\nPartial record as follows:\n\n\u201cCHAIR: We will begin.\u201d\n"
    assert mentions(t)[0][1:] == (None, None)
    t2 = "Hearing\n\nThe chair turned to Okafor.\n\nOkafor replied at length:\n\n\u201cWe will begin.\u201d\n"
    assert mentions(t2)[0][1] == "Okafor"


@pytest.mark.parametrize("tail, mention", [("the article read.", "the article"), ("the letter states.", "the letter")])
def test_a_document_closing_the_sentence_speaks(tail, mention):
    t = f"Archive\n\n\u201cThe pier will reopen in spring,\u201d {tail}\n"
    assert mentions(t)[0][1] == mention


def test_a_date_like_number_in_a_role_does_not_hide_the_name():
    t = "Inquiry\n\n\u201cWe waited 20 years for this,\u201d said 7/7 survivor Ama Boateng.\n"
    assert mentions(t)[0][1:] == ("7/7 survivor Ama Boateng", "Ama Boateng")


def test_a_date_set_before_the_subject_of_a_colon_intro():
    t = "Record\n\nOn March 3, 2031, Okafor made the following remark:\n\n\u201cThe ferry is the town's lifeline.\u201d\n"
    assert mentions(t)[0][1] == "Okafor"


def test_a_horizontal_bar_credits_the_quote_before_it():
    t = ("Readers write\n\nWe asked readers about the ferry.\n\n"
         "\u201cThe crossing is our lifeline.\u201d \u2015 Ama Boateng\n"
         "\u201cFix the timetable first.\u201d\u2015 Tomas Quill\u00a0\n"
         "\u201cI have waited an hour every day.\u201d \u2015\u00a0Nadia Brenner.\n")
    assert [m[2] for m in mentions(t)] == ["Ama Boateng", "Tomas Quill", "Nadia Brenner"]


def test_as_someone_used_to_say_names_the_speaker():
    t = ("Benches\n\nIf a man sits on one for an hour, well, as my grandmother used to say, "
         "\u2018there are worse things to do on a Tuesday.\u2019\n")
    assert mentions(t)[0][1:] == ("my grandmother", "my grandmother")


def test_a_person_of_a_body_a_word_describes_speaks_not_the_body():
    t = "Border\n\nTrade is down. Sara Lind of the trade body Gränsrådet called the fees \u201ca classic own goal\u201d.\n"
    assert mentions(t)[0][1:] == ("Sara Lind of the trade body Gränsrådet", "Sara Lind")


def test_a_relative_clause_holding_a_quote_is_still_an_apposition():
    t = ("Earnings\n\nTamsin Gale of Hartwell Securities, who rates Kestrel \"underperform\", said the company had "
         "\"lost the plot\" on pricing.\n")
    got = mentions(t)
    assert got[0] == ("underperform", None, None)  # 'said the company had' is no inverted speaker
    assert got[1][1:] == ("Tamsin Gale of Hartwell Securities", "Tamsin Gale")


def test_asked_about_it_between_commas_is_an_apposition():
    t = "Final\n\nQuill, asked whether he had really put it that politely, laughed. \u2018Something like that.\u2019\n"
    assert mentions(t)[0][1] == "Quill"


def test_a_participle_aside_with_a_place_in_it_still_leaves_the_name_as_subject():
    t = ("Set\n\nLena Ruiz, speaking by phone from the office in Dry Fork, Nev., said she learned of it "
         "\u201cabout ten minutes before the world did.\u201d\n")
    assert mentions(t)[0][1] == "Lena Ruiz"


def test_a_short_phrase_before_a_colon_intros_subject():
    t = "Letters\n\nThat said, my late mother had a saying: \"Try taking it away.\"\n"
    assert mentions(t)[0][1] == "my late mother"


def test_a_colon_intros_sentence_opening_surname_speaks_when_the_article_names_her():
    t = ("Dam\n\nMayor Ana Ibarra met the governor on Monday.\n\nIbarra did not hide her frustration:\n\n"
         "\u201cThe water arrives once a week.\u201d\n")
    assert mentions(t)[0][1:] == ("Ibarra", "Ana Ibarra")


def test_as_someone_put_it_at_a_meeting_mid_sentence():
    t = ("Letters\n\nThe council cannot keep it open when, as the finance chief, Cllr Raj Bhandari, put it at the "
         "budget meeting, \"every pound we spend is a pound we cannot spend twice.\"\n")
    assert mentions(t)[0][1:] == ("the finance chief, Cllr Raj Bhandari", "Raj Bhandari")


def test_an_as_aside_between_a_name_and_its_verb():
    t = ("Dam\n\nHMZ, as the president is widely known, accused the opposition of \u201cfanning the flames\u201d.\n\n"
         "The president spoke in Monterrey.\n")
    assert mentions(t)[0][1] == "HMZ"
