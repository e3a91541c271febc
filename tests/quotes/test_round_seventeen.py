"""Rules the seventeenth held-out round of articles (bench/round17 at first: a CBC News story
on a First Nation's water plant, an NPR web story from a radio piece, a Politico Europe
story on a packaging law, a Euronews strike story, an RNZ story on an iwi and a water take,
a Guardian Australia exclusive, a Conversation piece by an academic, a Texas Tribune story
on a groundwater bill) showed the engine lacked, each with a sentence where it must not
fire. Sentences we wrote; people, places and bodies made up."""
from .reading import speaker_names as speakers, who


def test_a_legislators_party_and_home_after_the_name_is_no_name():
    # "Rep. Lorena Castañeda-Whitt, D-Loma Verde, whose district …": the name is hers
    text = '"This is a grab," said Rep. Lena Ortiz-Pratt, D-Loma Verde, whose district includes two wells.'
    assert who(text) == [("This is a grab,", "Lena Ortiz-Pratt")]
    text = 'Sen. Ada Moss (R-Coldwater) said: "We will not vote for it."'
    assert speakers(text) == ["Ada Moss"]
    # the tag found alone as the subject ("…, R-Coldwater, who chairs …, said"): the name before it
    text = ('Sen. Maribel Ortiz-Kane, R-Coldwater, who chairs the Senate Water Committee, said in a '
            'statement that she had "real concerns about the scope" of the bill.')
    assert who(text) == [("real concerns about the scope", "Maribel Ortiz-Kane")]
    # a name that only opens with a capital and a hyphen stays a name
    text = '"We are ready," said Ray D-Angelo, the coach.'
    assert who(text)[0][1] == "Ray D-Angelo"


def test_a_maori_tribe_is_a_body_and_iwi_a_title():
    # "Iwi chair Mereana Hapakuku-Lane said Ngāti Pōrutu had not been consulted. "…," she said":
    # the tribe named after her is no she
    text = ('Iwi chair Mereana Tane-Lewis said Ngāti Horouta had not been consulted.\n'
            '"The river is our tupuna," she said.')
    assert who(text) == [("The river is our tupuna,", "Mereana Tane-Lewis")]
    text = '"We will go to court," said Ngāi Tamarau chair Hemi Walker.'
    assert speakers(text) == ["Hemi Walker"]
    # a surname that merely begins like the tribe's word stays a person
    text = 'Aroha Ngata said the hui was over.\n"We are done," she said.'
    assert who(text) == [("We are done,", "Aroha Ngata")]


def test_a_headlines_first_word_after_its_quote_is_no_speaker_when_the_body_never_names_it():
    # "'You don't sell your mother's cows': Drought pushes ranchers …": the quote is the body's
    text = ("'You don't sell your mother's cows': Drought pushes ranchers to sell herds\n"
            "Ranchers are selling cattle.\n"
            'Dale Rusk-Moore brought in 60 cows. "You don\'t sell your mother\'s cows," Rusk-Moore said.')
    assert who(text, heads=2)[0] == ("You don't sell your mother's cows", "Dale Rusk-Moore")
    # a name the body writes again keeps the headline's quote
    text = ("'We gave them the game': Whitely fumes after defeat\n"
            "The coach was angry.\n"
            'Lou Whitely was blunt. "We gave them the game," Whitely said.')
    assert who(text, heads=2)[0] == ("We gave them the game", "Lou Whitely")
    # and a headline's "Family says … 'strict but never unkind'" stays the family's
    text = ("Family says late teacher was 'strict but never unkind'\n"
            "Funeral set for April.\n"
            'In a statement, the family described him as "strict but never unkind".')
    assert who(text, heads=2)[0][1] is not None


def test_the_spokesperson_is_the_one_introduced_before_not_one_named_later():
    text = ('A spokesperson for the minister said the levy was fair.\n'
            '"Everyone should contribute," the spokesperson said.\n'
            'The opposition\'s spokesperson, Tom Okafor-Reid, said the government had "ignored its own advice".\n'
            'The spokesperson for the minister said the government would "consider all feedback".')
    got = who(text)
    assert got[0][1] == got[2][1] == "a spokesperson for the minister"
    assert got[1][1] == "Tom Okafor-Reid"
    # the spokesperson named before the quote is still that person
    text = ('The council\'s spokesperson, Amy Lennox-Hart, declined to say more.\n'
            '"We have nothing to add," the spokesperson said.')
    assert who(text) == [("We have nothing to add,", "Amy Lennox-Hart")]
    # "the spokesperson for the minister" is no minister; "the minister" still is
    text = ('Housing Minister Carla Voss-Dane spoke on Tuesday.\n'
            '"We will build," the spokesperson for the minister said.')
    assert who(text)[0][1] != "Carla Voss-Dane"
    text = ('Housing Minister Carla Voss-Dane spoke on Tuesday.\n'
            '"We will build," the minister said.')
    assert who(text)[0][1] == "Carla Voss-Dane"


def test_a_quoted_subhead_is_the_speaker_whose_words_it_repeats_below():
    # CBC's "'Ten years is a long time'" between paragraphs: not the last speaker's speech
    text = ('A Borealis spokesperson said the firm had "met every obligation" under its contract.\n'
            "'Ten years is a long time'\n"
            'Sol Mandamin-Fry, the local MPP, was blunt.\n'
            '"Ten years is a long time to be told to wait," Mandamin-Fry said.')
    assert who(text)[1] == ("Ten years is a long time", "Sol Mandamin-Fry")
    # a quote-only line of sentences after "She tweeted:" is still her speech
    text = ('Senator Jacqui Barr-Lind has posted her position. She tweeted:\n'
            '"No deal until bills fall. Not next year. Now. #auspol"\n'
            'A spokesperson for the minister said talks would continue.')
    assert who(text)[0][1] == "Jacqui Barr-Lind"


def test_as_someone_put_it_outranks_a_clause_between():
    # "As Wrenfield-Obi put it to me when we were writing it up, "…"": his words, not ours
    text = ('Tomasz Obi-Lund led the review. As Obi-Lund put it to me when we were writing it up, '
            '"We are asking them to perform at 5am."')
    assert who(text)[0][1] == "Tomasz Obi-Lund"
    # an opening as-clause that is no "put it" leaves the cue after it to speak
    text = ('As Ada Lusk spoke to reporters, Tom Brill said: "She is wrong."')
    assert who(text)[0][1] == "Tom Brill"


def test_the_named_subject_of_an_as_clause_is_the_he_that_follows():
    # "As the health economist Hamish Nunn has argued, it leaves out … "…," he wrote"
    text = ('Jo Bell said the cost was "high".\n'
            'That figure deserves scrutiny. As the health economist Hamish Nunn has argued, it leaves '
            'out the costs. "The question is not whether we can afford it," he wrote in a paper.')
    assert who(text)[-1][1] == "Hamish Nunn"
    # a name after "the <role>" that is an object stays passed over
    text = ('Tom Pike said the club was "in shock".\n'
            'The news came days after it signed the striker Dean Mallory. "We will recover," he said.')
    assert who(text)[-1][1] == "Tom Pike"


def test_the_anonymous_source_said_again_is_the_one_described_in_full_before():
    # "an EU diplomat from one of the holdout countries said" … "the EU diplomat said"
    text = ('"It is not technical," an EU diplomat from one of the holdout countries said.\n'
            'Ambassadors meet on Thursday.\n'
            '"We need a date in the text," the EU diplomat said.')
    assert speakers(text) == ["an EU diplomat from one of the holdout countries"]
    # two sources described apart stay two
    text = ('"It is late," a source at the ministry said.\n'
            '"It is early," a source close to the president said.')
    assert len(speakers(text)) == 2
