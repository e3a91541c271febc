"""Round twenty-nine: a Malawian market story, a Tanzanian cashew blight, a Sierra Leonean
highway, a Liberian audit row, a Solomon Islands logging dispute, a Vanuatu wharf, a
Botswana foot-and-mouth outbreak and a Zambian payroll audit. Every sentence here is the
project's own, every name made up."""
from tests.quotes.reading import speaker_names, who


def test_however_between_the_name_and_its_verb():
    # West African and South Asian copy leave "however" unpunctuated: "Mrs. Koroma however added"
    text = ("The payment was delayed.\n"
            'Mrs. Adama Fofanah-Rogers however added that the contractor was also "behind schedule" before the delay.')
    assert who(text) == [("behind schedule", "Adama Fofanah-Rogers")]
    text = 'Officials said the money was gone. Mr Okafor however told reporters the audit was "incomplete".'
    assert who(text) == [("incomplete", "Okafor")]


def test_however_does_not_make_a_subject():
    text = 'Critics say the plan, however ambitious, is "unworkable".'
    assert who(text) == [("unworkable", "critics")]
    text = 'However much the council spends, "the roads will still flood," said Ana Ruiz, a resident.'
    assert who(text) == [("the roads will still flood,", "Ana Ruiz")]
    text = '"We will appeal," the lawyer said. The judge however was unmoved.'
    assert who(text) == [("We will appeal,", "the lawyer")]


def test_eng_with_its_full_stop_titles_an_engineer():
    text = ("The works stalled in June.\n"
            "The site engineer, Eng. Foday Momoh-Tucker, said the firm had not been paid.\n"
            '"We cannot continue to use our own money," Eng. Momoh-Tucker explained.')
    assert who(text) == [("We cannot continue to use our own money,", "Foday Momoh-Tucker")]
    text = ("The bridge collapsed.\nThe district engineer, Eng. Peter Twinamatsiko, who certified the works, "
            'said it was built for "normal flood levels".')
    assert who(text) == [("normal flood levels", "Peter Twinamatsiko")]


def test_eng_without_its_full_stop_is_a_name():
    text = 'The stall was closed.\n"We are ready," Eng Chee Wah said.'
    assert who(text) == [("We are ready,", "Eng Chee Wah")]
    text = 'The stall was closed.\n"We are ready," said Lim Eng Haw, a trader.'
    assert who(text) == [("We are ready,", "Lim Eng Haw")]
    text = 'The talks ended.\nEng Sopheap, a minister, said "we are ready".'
    assert speaker_names(text) == ["Eng Sopheap"]


def test_the_member_of_parliament_for_a_seat_then_the_name():
    # Pacific and African copy write the office in lower case: "the member of parliament for X, Hon. Y,"
    text = ("The ministry confirmed the letter.\n"
            'However, the member of parliament for East Tavula, Hon. Peter Kaoni, says the ministry has been "too slow".')
    assert who(text) == [("too slow", "Peter Kaoni")]
    text = ('The ministry confirmed the letter.\n'
            'The member of assembly for Nkoroi, Jane Mutheu, said the ward was "forgotten".')
    assert who(text) == [("forgotten", "Jane Mutheu")]


def test_parliament_for_is_no_seat_elsewhere():
    text = ('The session opened.\n'
            'The dissolution of parliament for the third time in a year, Ann Hosk said, was "a disgrace".')
    assert who(text) == [("a disgrace", "Ann Hosk")]
    text = 'The vote passed.\nA member of parliament for 20 years, Tom Birk said the rule was "long overdue".'
    assert who(text) == [("long overdue", "Tom Birk")]
    text = ('The vote passed.\nSpeaking at the opening of parliament for the new term, President Ann Hale '
            'said "we are ready".')
    assert who(text) == [("we are ready", "Ann Hale")]


def test_the_town_of_a_subject_is_where_it_is():
    # "in the city of X" inside a subject names where the speakers are, not a speaker
    text = ('Vendors at Kalinde Market in the city of Mzuwa have vowed to resist the plan, saying the new site '
            'is "a bush with no water".')
    assert who(text) == [("a bush with no water", "vendors at Kalinde Market in the city of Mzuwa")]


def test_the_town_of_after_a_comma_is_an_office():
    text = 'The market closed.\nAnn Hosk, the mayor of the city of Mzuwa, said the new site was "a bush".'
    assert who(text) == [("a bush", "Ann Hosk")]
    text = 'The market closed.\nTraders in the town of Kalemba said the new site was "a bush".'
    assert speaker_names(text) == ["traders in the town of Kalemba"]


def test_the_office_of_the_city_of_a_place():
    # "the mayor of the city of X": the office is the town's, its holder speaks
    text = 'The market closed.\nThe mayor of the city of Mzuwa, Ann Hosk, said the site was "a bush".'
    assert who(text) == [("a bush", "Ann Hosk")]
    text = 'The market closed.\nA spokesman for the district of Kalemba said it was "tired".'
    assert who(text) == [("tired", "a spokesman for the district of Kalemba")]
    text = 'The market closed.\nThe governor of the state of Westmark, Ann Hosk, said it was "tired".'
    assert who(text) == [("tired", "Ann Hosk")]


def test_the_town_of_does_not_take_a_name_that_speaks():
    text = 'The market closed.\nAnn Hosk, a critic of the city of Mzuwa, said the plan was "rushed".'
    assert who(text) == [("rushed", "Ann Hosk")]
    text = 'The market closed.\nSpeaking to the people of the town of Kalemba, Ann Hosk said the plan was "rushed".'
    assert who(text) == [("rushed", "Ann Hosk")]


def test_a_youth_is_a_described_speaker():
    text = ('The company denied it.\n"The law is there," Mr Peter Kaoni says.\n'
            "A youth from Varuna, who asked not to be named, says some young men now work for the company.\n"
            '"It is very hard in the village now," he says.')
    assert who(text)[-1] == ("It is very hard in the village now,", "a youth from Varuna")


def test_youth_before_a_role_or_a_name_stays_a_portfolio():
    text = 'The plan was launched.\nYouth Minister Ann Hosk said the scheme was "a lifeline".'
    assert who(text) == [("a lifeline", "Ann Hosk")]
    text = 'The plan was launched.\nYouth unemployment has risen to 30 percent, "a crisis," Tom Birk said.'
    assert who(text) == [("a crisis,", "Tom Birk")]


def test_a_group_along_a_road_or_a_coast():
    text = 'The road stalled.\nResidents along the Kambala highway said they were "tired of promises".'
    assert who(text) == [("tired of promises", "residents")]
    text = 'The catch fell.\nFishermen along the coast said the sea was "empty".'
    assert who(text) == [("empty", "fishermen")]


def test_along_with_keeps_the_name():
    text = 'The road stalled.\nAnn Hosk along with Tom Birk said the road was "a death trap".'
    assert who(text) == [("a death trap", "Tom Birk")]
    text = 'The road stalled.\nAlong the Kambala highway, traders said the road was "a death trap".'
    assert who(text) == [("a death trap", "traders")]
